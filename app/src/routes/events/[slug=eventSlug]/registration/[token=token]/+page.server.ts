import { getLocale } from '#lib/paraglide/runtime.js';
import { error, redirect } from '@sveltejs/kit';
import { formatSpan } from '#lib/format.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { href } from '#lib/i18n/routes.ts';
import { getDb } from '#lib/server/db/index.ts';
import { mailContext, sendPromotionEmail } from '#lib/server/registration-emails.ts';
import {
	cancelRegistration,
	deleteRegistration,
	eventBySlug,
	pick,
	registrationByToken,
	type Event,
	type Registration
} from '#lib/server/events.service.ts';
import { log } from '#lib/server/log.ts';
import type { Actions, PageServerLoad } from './$types';

// The private link sent to the person who registered: whoever holds it sees and changes this one
// registration, nothing else. The page is never indexed or cached.
async function find(slug: string, token: string) {
	const db = await getDb();
	const [event, registration] = await Promise.all([eventBySlug(db, slug), registrationByToken(db, token)]);
	if (!event || !registration || registration.eventId !== event.id) error(404, 'No such registration');
	return { db, event, registration };
}

export const load: PageServerLoad = async ({ params, parent, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	const { locale } = await parent();
	const lang = locale as Locale;
	const { event, registration } = await find(params.slug, params.token);
	return {
		event: {
			title: pick(event.title, lang),
			when: formatSpan(event.startsAt, event.endsAt, event.timeZone, lang),
			place: [event.venue, event.address].filter(Boolean).join(', '),
			// The online link is for people with a place only.
			onlineUrl: registration.status === 'confirmed' ? event.onlineUrl : null,
			path: href(`/events/${event.slug}`, lang),
			calendarPath: href(`/events/${event.slug}/calendar.ics`, lang)
		},
		registration: {
			name: registration.name,
			email: registration.email,
			status: registration.status,
			displayName: registration.displayName,
			pronouns: registration.pronouns,
			accessibilityNeeds: registration.accessibilityNeeds,
			dietaryNeeds: registration.dietaryNeeds
		}
	};
};

/** A place freed here went to the first person waiting: tell them (the cancellation stands either way). */
async function tellPromoted(event: Event, promoted: Registration | null) {
	if (!promoted) return;
	try {
		await sendPromotionEmail(await mailContext(), event, promoted);
	} catch (e) {
		log.error({ err: e instanceof Error ? e.name : 'unknown' }, 'waitlist promotion email not written');
	}
}

export const actions: Actions = {
	cancel: async ({ params, url }) => {
		const { db, registration, event } = await find(params.slug, params.token);
		const { promoted } = await cancelRegistration(db, registration.id);
		await tellPromoted(event, promoted);
		redirect(303, url.pathname);
	},
	erase: async ({ params }) => {
		const { db, registration, event } = await find(params.slug, params.token);
		const { promoted } = await deleteRegistration(db, registration.id);
		await tellPromoted(event, promoted);
		const locale = getLocale() as Locale;
		redirect(303, `${href(`/events/${event.slug}`, locale)}?erased=1`);
	}
};
