import { getLocale } from '#lib/paraglide/runtime.js';
import { fail } from '@sveltejs/kit';
import { formatSpan } from '#lib/format.ts';
import { href } from '#lib/i18n/routes.ts';
import { requireStaff } from '#lib/server/auth/require.ts';
import { pick } from '#lib/server/events.service.ts';
import { checkIn, seesAllSessions, sessionFor, sessionRegistrations } from '#lib/server/sessions.service.ts';
import { field, formOf } from '../../../form.ts';
import { orNotFound, trainContext, viewerOf } from '../../../train.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event, 'staff');
	const viewer = viewerOf(staff);
	const { db, origin } = await trainContext();
	const session = await orNotFound(() => sessionFor(db, viewer, event.params.id));
	const people = await sessionRegistrations(db, session);
	// Counted from the registrations already loaded: no second query.
	const counts = {
		confirmed: people.filter((r) => r.status === 'confirmed').length,
		waitlisted: people.filter((r) => r.status === 'waitlisted').length
	};
	const locale = getLocale();
	const e = session.event;
	return {
		session: {
			id: e.id,
			title: pick(e.title, locale).text,
			organisation: session.request?.organisation ?? null,
			requestId: session.request?.id ?? null,
			when: formatSpan(e.startsAt, e.endsAt, e.timeZone, locale),
			timeZone: e.timeZone,
			venue: e.venue,
			address: e.address,
			onlineUrl: e.onlineUrl,
			accessibility: pick(e.accessibility, locale).text,
			capacity: e.capacity,
			waitlist: e.waitlist,
			language: session.language,
			agenda: { en: e.summary.en ?? '', fr: e.summary.fr ?? '' },
			cancelled: e.status === 'cancelled',
			cancelReason: session.cancelReason,
			registrationOpen: e.registrationOpen && e.status === 'published',
			links: { en: origin + href(`/events/${e.slug}`, 'en'), fr: origin + href(`/events/${e.slug}`, 'fr') }
		},
		facilitators: session.facilitators,
		counts,
		canManage: seesAllSessions(viewer),
		notice: event.url.searchParams.get('notice'),
		registrations: people.map((r) => ({
			id: r.id,
			name: r.name,
			displayName: r.displayName,
			pronouns: r.pronouns,
			accessibilityNeeds: r.accessibilityNeeds,
			dietaryNeeds: r.dietaryNeeds,
			status: r.status,
			locale: r.locale,
			checkedIn: r.checkedInAt !== null
		}))
	};
};

export const actions: Actions = {
	checkin: async (event) => {
		const staff = requireStaff(event, 'staff');
		const form = await formOf(event.request);
		if (!form) return fail(400, { problem: 'unreadable' });
		const { db } = await trainContext();
		const present = field(form, 'present') === 'yes';
		const done = await orNotFound(() => checkIn(db, viewerOf(staff), event.params.id, field(form, 'registration'), present));
		if (!done) return fail(400, { problem: 'checkin-failed' });
		return { checked: field(form, 'registration'), present };
	}
};
