import { z } from 'zod';
import { problemsOf, stringsOf, textFields } from '../form-fields.ts';
import { isTimeZone, zonedInstant } from './zoned-time.ts';

export const SESSION_FORMATS = ['on-site', 'online'] as const;
export const SESSION_LANGUAGES = ['en', 'fr', 'bilingual'] as const;
export type SessionLanguage = (typeof SESSION_LANGUAGES)[number];

/** The text fields of the session form, as posted (for filling the form back in after an error). */
export interface SessionFields {
	date: string;
	startTime: string;
	endTime: string;
	timeZone: string;
	format: string;
	venue: string;
	address: string;
	accessibility: string;
	onlineUrl: string;
	capacity: string;
	waitlist: boolean;
	language: string;
	agendaEn: string;
	agendaFr: string;
	/** Staff ids of the facilitators, and of those among them who are experiential co-facilitators. */
	facilitators: string[];
	experiential: string[];
}

/** What the service needs to schedule or change a session. */
export interface SessionInput {
	startsAt: Date;
	endsAt: Date;
	timeZone: string;
	venue: string;
	address: string;
	accessibility: string;
	onlineUrl: string | null;
	capacity: number;
	waitlist: boolean;
	language: SessionLanguage;
	agenda: { en?: string; fr?: string };
	facilitators: Array<{ staffUserId: string; experiential: boolean }>;
}

const SESSION_TEXT_FIELDS = [
	'date',
	'startTime',
	'endTime',
	'timeZone',
	'format',
	'venue',
	'address',
	'accessibility',
	'onlineUrl',
	'capacity',
	'language',
	'agendaEn',
	'agendaFr'
] as const satisfies ReadonlyArray<keyof SessionFields>;

export function sessionFieldsOf(form: FormData): SessionFields {
	return {
		...stringsOf(form, SESSION_TEXT_FIELDS),
		waitlist: form.get('waitlist') !== null,
		facilitators: textFields(form, 'facilitators'),
		experiential: textFields(form, 'experiential')
	};
}

const text = (max: number) => z.string().trim().max(max, 'too-long');

const schema = z.object({
	date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date-invalid'),
	startTime: z.string().regex(/^\d{2}:\d{2}$/, 'time-invalid'),
	endTime: z.string().regex(/^\d{2}:\d{2}$/, 'time-invalid'),
	timeZone: z.string().trim().refine(isTimeZone, 'zone-invalid'),
	format: z.enum(SESSION_FORMATS, 'choose'),
	venue: text(200),
	address: text(400),
	accessibility: text(2000),
	onlineUrl: text(500),
	capacity: z.coerce.number('capacity-invalid').int('capacity-invalid').min(1, 'capacity-invalid').max(1000, 'capacity-invalid'),
	waitlist: z.boolean(),
	language: z.enum(SESSION_LANGUAGES, 'choose'),
	agendaEn: text(20_000),
	agendaFr: text(20_000),
	facilitators: z.array(z.string().regex(/^[A-Za-z0-9]{8,64}$/, 'facilitator-needed')).max(20),
	experiential: z.array(z.string()).max(20)
});

export type SessionParse = { ok: true; input: SessionInput } | { ok: false; problems: Record<string, string> };

/** Read the session form: the input for the service, or a problem code for each field to fix. */
export function parseSessionForm(fields: SessionFields, now = new Date()): SessionParse {
	const parsed = schema.safeParse(fields);
	const problems = parsed.success ? {} : problemsOf(parsed.error);
	const data = parsed.success ? parsed.data : null;
	let startsAt: Date | null = null;
	let endsAt: Date | null = null;
	if (!problems['date'] && !problems['startTime'] && !problems['endTime'] && !problems['timeZone']) {
		startsAt = zonedInstant(fields.date, fields.startTime, fields.timeZone.trim());
		endsAt = zonedInstant(fields.date, fields.endTime, fields.timeZone.trim());
		if (!startsAt) problems['date'] = 'date-invalid';
		else if (!endsAt || endsAt <= startsAt) problems['endTime'] = 'end-before-start';
		else if (endsAt <= now) problems['date'] = 'in-the-past';
	}
	if (data) {
		if (data.format === 'on-site' && data.address === '') problems['address'] ??= 'address-needed';
		if (data.format === 'online') {
			const valid = URL.canParse(data.onlineUrl) && ['https:', 'http:'].includes(new URL(data.onlineUrl).protocol);
			if (!valid) problems['onlineUrl'] ??= 'url-invalid';
		}
		if (data.agendaEn === '' && data.agendaFr === '') problems['agendaEn'] ??= 'agenda-needed';
		if (data.facilitators.length === 0) problems['facilitators'] ??= 'facilitator-needed';
		else if (!data.experiential.some((id) => data.facilitators.includes(id))) problems['facilitators'] ??= 'experiential-needed';
	}
	if (!data || !startsAt || !endsAt || Object.keys(problems).length > 0) return { ok: false, problems };
	const unique = [...new Set(data.facilitators)];
	return {
		ok: true,
		input: {
			startsAt,
			endsAt,
			timeZone: data.timeZone,
			venue: data.format === 'on-site' ? data.venue : '',
			address: data.format === 'on-site' ? data.address : '',
			accessibility: data.accessibility,
			onlineUrl: data.format === 'online' ? data.onlineUrl : null,
			capacity: data.capacity,
			waitlist: data.waitlist,
			language: data.language,
			agenda: { ...(data.agendaEn && { en: data.agendaEn }), ...(data.agendaFr && { fr: data.agendaFr }) },
			facilitators: unique.map((staffUserId) => ({ staffUserId, experiential: data.experiential.includes(staffUserId) }))
		}
	};
}
