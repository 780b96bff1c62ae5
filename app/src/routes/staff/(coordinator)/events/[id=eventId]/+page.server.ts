import { error, fail, redirect } from '@sveltejs/kit';
import {
	EVENT_FIELDS,
	eventInput,
	honorariumForm,
	parseEvent,
	parseSession,
	SESSION_FIELDS,
	SPEAKER_FIELDS,
	speakerForm,
	speakerOf
} from '#lib/convene/event-form.ts';
import { problemsOf, stringsOf } from '#lib/form-fields.ts';
import { utcToZoned } from '#lib/convene/zoned-time.ts';
import { formatSpan } from '#lib/format.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { href } from '#lib/i18n/routes.ts';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { getDb } from '#lib/server/db/index.ts';
import { mailContext, sendCancellationEmails } from '#lib/server/registration-emails.ts';
import {
	addProgrammeItem,
	addSpeaker,
	cancelEvent,
	deleteProgrammeItem,
	deleteSpeaker,
	eventById,
	honorariaOf,
	occupancy,
	pick,
	programmeOf,
	recordHonorarium,
	slugTaken,
	updateEvent,
	updateProgrammeItem,
	updateSpeaker
} from '#lib/server/events.service.ts';
import { field, formOf } from '../../../form.ts';
import type { Actions, PageServerLoad } from './$types';

async function find(id: string) {
	const db = await getDb();
	const event = await eventById(db, id);
	// Workshops are Train's: they are managed with their requests, not here.
	if (!event || event.kind === 'workshop') error(404, m.convene_event_not_found());
	return { db, event };
}

export const load: PageServerLoad = async (req) => {
	requireStaff(req, 'coordinator');
	const { db, event } = await find(req.params.id);
	const locale = getLocale() as Locale;
	const [programme, honoraria, counts] = await Promise.all([
		programmeOf(db, event.id),
		honorariaOf(db, event.id),
		occupancy(db, event.id)
	]);
	const speakerName = new Map(programme.speakers.map((s) => [s.id, s.name]));
	return {
		event: {
			id: event.id,
			slug: event.slug,
			status: event.status,
			title: pick(event.title, locale),
			when: formatSpan(event.startsAt, event.endsAt, event.timeZone, locale),
			timeZone: event.timeZone,
			publicPath: href(`/events/${event.slug}`, locale)
		},
		fields: {
			kind: event.kind,
			slug: event.slug,
			titleEn: event.title.en ?? '',
			titleFr: event.title.fr ?? '',
			summaryEn: event.summary.en ?? '',
			summaryFr: event.summary.fr ?? '',
			accessibilityEn: event.accessibility.en ?? '',
			accessibilityFr: event.accessibility.fr ?? '',
			startsAt: utcToZoned(event.startsAt, event.timeZone),
			endsAt: utcToZoned(event.endsAt, event.timeZone),
			timeZone: event.timeZone,
			venue: event.venue,
			address: event.address,
			onlineUrl: event.onlineUrl ?? '',
			capacity: event.capacity === null ? '' : String(event.capacity),
			waitlist: event.waitlist ? 'on' : '',
			registrationOpen: event.registrationOpen ? 'on' : ''
		},
		counts,
		capacity: event.capacity,
		sessions: programme.items.map((s) => ({
			id: s.id,
			title: pick(s.title, locale),
			when: formatSpan(s.startsAt, s.endsAt, event.timeZone, locale),
			room: s.room,
			speakers: s.speakerIds.flatMap((id) => speakerName.get(id) ?? []),
			speakerIds: s.speakerIds,
			fields: {
				titleEn: s.title.en ?? '',
				titleFr: s.title.fr ?? '',
				startsAt: utcToZoned(s.startsAt, event.timeZone),
				endsAt: utcToZoned(s.endsAt, event.timeZone),
				room: s.room
			}
		})),
		speakers: honoraria.speakers.map((s) => ({
			id: s.id,
			name: s.name,
			affiliation: s.affiliation,
			bioEn: s.bio.en ?? '',
			bioFr: s.bio.fr ?? '',
			community: s.community,
			owed: s.honorariumOwed,
			paid: s.honorariumPaid,
			paidOn: s.paidOn ?? ''
		})),
		honoraria: { owed: honoraria.owed, paid: honoraria.paid, due: honoraria.due },
		notice: req.url.searchParams.get('notice')
	};
};

const done = (url: URL, notice: string, anchor = ''): never => redirect(303, `${url.pathname}?notice=${notice}${anchor}`);

export const actions: Actions = {
	save: async (req) => {
		requireStaff(req, 'coordinator');
		const { db, event } = await find(req.params.id);
		const form = await formOf(req.request);
		if (!form)
			return fail(400, { action: 'save' as const, fields: null, problems: { form: 'unreadable' } as Record<string, string> });
		const fields = stringsOf(form, EVENT_FIELDS);
		const parsed = parseEvent(eventInput(fields));
		if (!parsed.ok) return fail(400, { action: 'save' as const, fields, problems: parsed.problems });
		if (await slugTaken(db, parsed.value.slug, event.id))
			return fail(400, { action: 'save' as const, fields, problems: { slug: 'slug-taken' } as Record<string, string> });
		// A cancelled event stays closed whatever the box says.
		const registrationOpen = event.status === 'cancelled' ? false : parsed.value.registrationOpen;
		await updateEvent(db, event.id, { ...parsed.value, registrationOpen });
		done(req.url, 'saved');
	},

	publish: async (req) => {
		requireStaff(req, 'coordinator');
		const { db, event } = await find(req.params.id);
		if (event.status !== 'draft')
			return fail(409, { action: 'publish' as const, problems: { form: 'not-draft' } as Record<string, string> });
		await updateEvent(db, event.id, { status: 'published' });
		done(req.url, 'published');
	},

	cancel: async (req) => {
		requireStaff(req, 'coordinator');
		const { db, event } = await find(req.params.id);
		const form = await formOf(req.request);
		if (!form || field(form, 'confirm') !== 'yes')
			return fail(400, { action: 'cancel' as const, problems: { form: 'confirm-cancel' } as Record<string, string> });
		if (event.status === 'cancelled') done(req.url, 'cancelled');
		const people = await cancelEvent(db, event.id);
		// Everyone with a place or waiting is told, in their language.
		await sendCancellationEmails(await mailContext(), event, people);
		done(req.url, 'cancelled');
	},

	addSession: async (req) => {
		requireStaff(req, 'coordinator');
		const { db, event } = await find(req.params.id);
		const form = await formOf(req.request);
		if (!form)
			return fail(400, {
				action: 'addSession' as const,
				session: null,
				problems: { form: 'unreadable' } as Record<string, string>
			});
		const session = stringsOf(form, SESSION_FIELDS);
		const speakers = form.getAll('speakers').filter((v): v is string => typeof v === 'string');
		const parsed = parseSession({ ...session, speakers }, event.timeZone);
		if (!parsed.ok) return fail(400, { action: 'addSession' as const, session, problems: parsed.problems });
		const known = new Set((await programmeOf(db, event.id)).speakers.map((s) => s.id));
		await addProgrammeItem(db, event.id, { ...parsed.value, speakerIds: parsed.value.speakerIds.filter((id) => known.has(id)) });
		done(req.url, 'session-added', '#programme-title');
	},

	updateSession: async (req) => {
		requireStaff(req, 'coordinator');
		const { db, event } = await find(req.params.id);
		const form = await formOf(req.request);
		const id = Number(form ? field(form, 'session') : '');
		if (!form || !Number.isInteger(id))
			return fail(400, {
				action: 'updateSession' as const,
				id: null,
				session: null,
				problems: { form: 'unreadable' } as Record<string, string>
			});
		const session = stringsOf(form, SESSION_FIELDS);
		const speakers = form.getAll('speakers').filter((v): v is string => typeof v === 'string');
		const parsed = parseSession({ ...session, speakers }, event.timeZone);
		if (!parsed.ok) return fail(400, { action: 'updateSession' as const, id, session, problems: parsed.problems });
		const known = new Set((await programmeOf(db, event.id)).speakers.map((s) => s.id));
		const item = { ...parsed.value, speakerIds: parsed.value.speakerIds.filter((s) => known.has(s)) };
		if (!(await updateProgrammeItem(db, event.id, id, item)))
			return fail(404, {
				action: 'updateSession' as const,
				id,
				session,
				problems: { form: 'not-found' } as Record<string, string>
			});
		done(req.url, 'session-saved', '#programme-title');
	},

	deleteSession: async (req) => {
		requireStaff(req, 'coordinator');
		const { db, event } = await find(req.params.id);
		const form = await formOf(req.request);
		const id = Number(form ? field(form, 'session') : '');
		if (!Number.isInteger(id) || !(await deleteProgrammeItem(db, event.id, id)))
			return fail(404, { action: 'deleteSession' as const, problems: { form: 'not-found' } as Record<string, string> });
		done(req.url, 'session-deleted', '#programme-title');
	},

	addSpeaker: async (req) => {
		requireStaff(req, 'coordinator');
		const { db, event } = await find(req.params.id);
		const form = await formOf(req.request);
		if (!form)
			return fail(400, {
				action: 'addSpeaker' as const,
				speaker: null,
				problems: { form: 'unreadable' } as Record<string, string>
			});
		const speaker = stringsOf(form, SPEAKER_FIELDS);
		const parsed = speakerForm.safeParse({ ...speaker, community: speaker.community === 'on' });
		if (!parsed.success) return fail(400, { action: 'addSpeaker' as const, speaker, problems: problemsOf(parsed.error) });
		await addSpeaker(db, event.id, { ...speakerOf(parsed.data), honorariumOwed: parsed.data.owed });
		done(req.url, 'speaker-added', '#speakers-title');
	},

	updateSpeaker: async (req) => {
		requireStaff(req, 'coordinator');
		const { db, event } = await find(req.params.id);
		const form = await formOf(req.request);
		const id = Number(form ? field(form, 'speaker') : '');
		if (!form || !Number.isInteger(id))
			return fail(400, {
				action: 'updateSpeaker' as const,
				id: null,
				speaker: null,
				problems: { form: 'unreadable' } as Record<string, string>
			});
		const speaker = stringsOf(form, SPEAKER_FIELDS);
		const parsed = speakerForm.omit({ owed: true }).safeParse({ ...speaker, community: speaker.community === 'on' });
		if (!parsed.success) return fail(400, { action: 'updateSpeaker' as const, id, speaker, problems: problemsOf(parsed.error) });
		if (!(await updateSpeaker(db, event.id, id, speakerOf(parsed.data))))
			return fail(404, {
				action: 'updateSpeaker' as const,
				id,
				speaker,
				problems: { form: 'not-found' } as Record<string, string>
			});
		done(req.url, 'speaker-saved', '#speakers-title');
	},

	deleteSpeaker: async (req) => {
		requireStaff(req, 'coordinator');
		const { db, event } = await find(req.params.id);
		const form = await formOf(req.request);
		const id = Number(form ? field(form, 'speaker') : '');
		if (!Number.isInteger(id) || !(await deleteSpeaker(db, event.id, id)))
			return fail(404, { action: 'deleteSpeaker' as const, problems: { form: 'not-found' } as Record<string, string> });
		done(req.url, 'speaker-deleted', '#speakers-title');
	},

	honorarium: async (req) => {
		requireStaff(req, 'coordinator');
		const { db, event } = await find(req.params.id);
		const form = await formOf(req.request);
		const id = Number(form ? field(form, 'speaker') : '');
		if (!form || !Number.isInteger(id))
			return fail(400, {
				action: 'honorarium' as const,
				id: null,
				values: null,
				problems: { form: 'unreadable' } as Record<string, string>
			});
		const values = stringsOf(form, ['owed', 'paid', 'paidOn'] as const);
		const parsed = honorariumForm.safeParse(values);
		if (!parsed.success) return fail(400, { action: 'honorarium' as const, id, values, problems: problemsOf(parsed.error) });
		const { owed, paid, paidOn } = parsed.data;
		if (!(await recordHonorarium(db, event.id, id, { owed, paid, paidOn: paidOn || null })))
			return fail(404, { action: 'honorarium' as const, id, values, problems: { form: 'not-found' } as Record<string, string> });
		done(req.url, 'honorarium-saved', '#honoraria-title');
	}
};
