import { z } from 'zod';
import { problemsOf } from '../form-fields.ts';
import { isTimeZone, zonedToUtc } from './zoned-time.ts';

export const EVENT_FIELDS = [
	'kind',
	'slug',
	'titleEn',
	'titleFr',
	'summaryEn',
	'summaryFr',
	'accessibilityEn',
	'accessibilityFr',
	'startsAt',
	'endsAt',
	'timeZone',
	'venue',
	'address',
	'onlineUrl',
	'capacity',
	'waitlist',
	'registrationOpen'
] as const;

const text = (max: number) => z.string().trim().max(max, 'too-long');

const eventFields = z.object({
	kind: z.enum(['conference', 'forum', 'training'], 'kind'),
	slug: z
		.string()
		.trim()
		.toLowerCase()
		.max(80, 'too-long')
		.regex(/^([a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'slug'),
	titleEn: text(200),
	titleFr: text(200),
	summaryEn: text(4000),
	summaryFr: text(4000),
	accessibilityEn: text(4000),
	accessibilityFr: text(4000),
	startsAt: z.string().trim(),
	endsAt: z.string().trim(),
	timeZone: z.string().trim().refine(isTimeZone, 'time-zone'),
	venue: text(200),
	address: text(400),
	onlineUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'online-url' }).max(2000, 'too-long')], 'online-url'),
	capacity: z
		.string()
		.trim()
		.regex(/^(\d{1,6})?$/, 'capacity')
		.transform((v) => (v === '' ? null : Number(v)))
		.refine((v) => v === null || v > 0, 'capacity'),
	waitlist: z.boolean(),
	registrationOpen: z.boolean()
});

/** Checks across fields (a title in one language at least, times that exist and follow each other), run even when a field failed, so that every problem shows at once. */
function spanProblems(
	fields: { titleEn: string; titleFr: string; startsAt: string; endsAt: string },
	timeZone: string,
	problems: Record<string, string>
) {
	if (!fields.titleEn.trim() && !fields.titleFr.trim()) problems['titleEn'] ??= 'title-missing';
	if (!isTimeZone(timeZone.trim())) return { startsAt: null, endsAt: null };
	const startsAt = zonedToUtc(fields.startsAt.trim(), timeZone.trim());
	const endsAt = zonedToUtc(fields.endsAt.trim(), timeZone.trim());
	if (!startsAt) problems['startsAt'] ??= 'time';
	if (!endsAt) problems['endsAt'] ??= 'time';
	else if (startsAt && endsAt <= startsAt) problems['endsAt'] ??= 'ends-before';
	return { startsAt, endsAt };
}

const both = (en: string, fr: string) => ({ ...(en && { en }), ...(fr && { fr }) });

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Record<string, string> };

/** An event as organisers describe it: bilingual texts (one language is enough), times in its own zone. */
export function parseEvent(input: ReturnType<typeof eventInput>) {
	const base = eventFields.safeParse(input);
	const problems = base.success ? {} : problemsOf(base.error);
	const { startsAt, endsAt } = spanProblems(input, input.timeZone, problems);
	if (!base.success || !startsAt || !endsAt || Object.keys(problems).length > 0) return { ok: false as const, problems };
	const f = base.data;
	return {
		ok: true as const,
		value: {
			kind: f.kind,
			slug: f.slug || slugify(f.titleEn || f.titleFr) || 'event',
			title: both(f.titleEn, f.titleFr),
			summary: both(f.summaryEn, f.summaryFr),
			accessibility: both(f.accessibilityEn, f.accessibilityFr),
			startsAt,
			endsAt,
			timeZone: f.timeZone,
			venue: f.venue,
			address: f.address,
			onlineUrl: f.onlineUrl || null,
			capacity: f.capacity,
			waitlist: f.waitlist,
			registrationOpen: f.registrationOpen
		}
	};
}

/** The fields ready for Zod: checkboxes become booleans. */
export const eventInput = (fields: Record<(typeof EVENT_FIELDS)[number], string>) => ({
	...fields,
	waitlist: fields.waitlist === 'on',
	registrationOpen: fields.registrationOpen === 'on'
});

/** "Provincial Conference 2027" → "provincial-conference-2027"; accents dropped. */
export function slugify(title: string): string {
	return title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
}

export const SESSION_FIELDS = ['titleEn', 'titleFr', 'startsAt', 'endsAt', 'room'] as const;

const sessionFields = z.object({
	titleEn: text(300),
	titleFr: text(300),
	startsAt: z.string().trim(),
	endsAt: z.string().trim(),
	room: text(120),
	speakers: z.array(z.coerce.number('unreadable').int('unreadable').positive('unreadable'), 'unreadable').max(50, 'unreadable')
});

/** A programme session in the event's zone; `speakers` are ids from the event's speakers. */
export function parseSession(input: z.input<typeof sessionFields>, timeZone: string) {
	const base = sessionFields.safeParse(input);
	const problems = base.success ? {} : problemsOf(base.error);
	const { startsAt, endsAt } = spanProblems(input, timeZone, problems);
	if (!base.success || !startsAt || !endsAt || Object.keys(problems).length > 0) return { ok: false as const, problems };
	const f = base.data;
	return {
		ok: true as const,
		value: { title: both(f.titleEn, f.titleFr), startsAt, endsAt, room: f.room, speakerIds: [...new Set(f.speakers)] }
	};
}

/** Money typed as "250", "250.5" or "1 250,00" → cents; null when it is not an amount. */
export function parseMoney(raw: string): number | null {
	const text = raw.replace(/[\s\u00a0\u202f$]/g, '').replace(',', '.');
	if (text === '') return 0;
	if (!/^\d{1,7}(\.\d{1,2})?$/.test(text)) return null;
	return Math.round(Number(text) * 100);
}

export const SPEAKER_FIELDS = ['name', 'affiliation', 'bioEn', 'bioFr', 'community', 'owed'] as const;

export const speakerForm = z.object({
	name: z.string().trim().min(1, 'name-missing').max(120, 'too-long'),
	affiliation: text(200),
	bioEn: text(2000),
	bioFr: text(2000),
	community: z.boolean(),
	owed: z.string().transform((v, ctx) => {
		const cents = parseMoney(v);
		if (cents === null) ctx.addIssue({ code: 'custom', message: 'money' });
		return cents ?? 0;
	})
});

/** A speaker as the programme stores it, from the speaker form (the honorarium apart). */
export function speakerOf(s: Omit<z.output<typeof speakerForm>, 'owed'>) {
	return {
		name: s.name,
		affiliation: s.affiliation,
		bio: { ...(s.bioEn && { en: s.bioEn }), ...(s.bioFr && { fr: s.bioFr }) },
		community: s.community
	};
}

export const honorariumForm = z.object({
	owed: z.string().transform((v, ctx) => {
		const cents = parseMoney(v);
		if (cents === null) ctx.addIssue({ code: 'custom', message: 'money' });
		return cents ?? 0;
	}),
	paid: z.string().transform((v, ctx) => {
		const cents = parseMoney(v);
		if (cents === null) ctx.addIssue({ code: 'custom', message: 'money' });
		return cents ?? 0;
	}),
	paidOn: z.union([z.literal(''), z.iso.date('date')])
});
