import { getLocale } from '#lib/paraglide/runtime.js';
import { error, fail } from '@sveltejs/kit';
import { registrationForm, fieldsOf } from '#lib/events/registration-form.ts';
import { problemsOf } from '#lib/form-fields.ts';
import { formatSpan } from '#lib/format.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { href } from '#lib/i18n/routes.ts';
import { getDb } from '#lib/server/db/index.ts';
import { mailContext, sendRegistrationEmail } from '#lib/server/registration-emails.ts';
import { log } from '#lib/server/log.ts';
import { eventBySlug, occupancy, pick, programmeOf, register, RegistrationError } from '#lib/server/events.service.ts';
import type { Actions, PageServerLoad } from './$types';

async function published(slug: string) {
	const db = await getDb();
	const event = await eventBySlug(db, slug);
	// Drafts do not exist for the public; cancelled events stay, saying so.
	if (!event || event.status === 'draft') error(404, 'No such event');
	return { db, event };
}

export const load: PageServerLoad = async ({ params, parent, url }) => {
	const { locale } = await parent();
	const lang = locale as Locale;
	const { db, event } = await published(params.slug);
	const [{ confirmed, waitlisted }, programme] = await Promise.all([occupancy(db, event.id), programmeOf(db, event.id)]);
	const speakerName = new Map(programme.speakers.map((s) => [s.id, s.name]));
	const placesLeft = event.capacity === null ? null : Math.max(0, event.capacity - confirmed);
	return {
		slug: event.slug,
		kind: event.kind,
		unlisted: event.visibility === 'unlisted',
		cancelled: event.status === 'cancelled',
		title: pick(event.title, lang),
		summary: pick(event.summary, lang),
		when: formatSpan(event.startsAt, event.endsAt, event.timeZone, lang),
		venue: event.venue,
		address: event.address,
		online: Boolean(event.onlineUrl),
		accessibility: pick(event.accessibility, lang),
		capacity: event.capacity,
		placesLeft,
		waitlisted,
		waitlist: event.waitlist,
		registrationOpen: event.registrationOpen && event.status === 'published' && event.endsAt.getTime() > Date.now(),
		programme: programme.items.map((item) => ({
			id: item.id,
			when: formatSpan(item.startsAt, item.endsAt, event.timeZone, lang),
			title: pick(item.title, lang),
			room: item.room,
			speakers: item.speakerIds.flatMap((id) => speakerName.get(id) ?? [])
		})),
		speakers: programme.speakers.map((s) => ({ id: s.id, name: s.name, affiliation: s.affiliation, bio: pick(s.bio, lang) })),
		calendarPath: href(`/events/${event.slug}/calendar.ics`, lang),
		erased: url.searchParams.has('erased')
	};
};

export const actions: Actions = {
	register: async ({ params, request }) => {
		const { db, event } = await published(params.slug);
		let form: FormData;
		try {
			form = await request.formData();
		} catch {
			return fail(400, { problem: 'unreadable', fields: null, problems: {} });
		}
		const fields = fieldsOf(form);
		const parsed = registrationForm.safeParse(fields);
		// Whatever goes wrong, the form comes back filled in: nothing typed is lost.
		if (!parsed.success) return fail(400, { problem: null, fields, problems: problemsOf(parsed.error) });
		const locale = getLocale() as Locale;
		try {
			const { registration, manageToken } = await register(db, event.id, { ...parsed.data, locale });
			// The confirmation (with the private link) goes through the mail layer. The registration
			// stands even if writing the email fails, and the page shows the link too.
			try {
				await sendRegistrationEmail(await mailContext(), event, registration, manageToken);
			} catch (e) {
				log.error({ err: e instanceof Error ? e.name : 'unknown' }, 'registration confirmation not written');
			}
			return {
				registered: registration.status,
				managePath: href(`/events/${event.slug}/registration/${manageToken}`, locale)
			};
		} catch (e) {
			if (e instanceof RegistrationError)
				return fail(e.code === 'not-found' ? 404 : 409, { problem: e.code, fields, problems: {} });
			throw e;
		}
	}
};
