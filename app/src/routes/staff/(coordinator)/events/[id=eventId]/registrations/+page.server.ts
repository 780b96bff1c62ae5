import { error, fail, redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/i18n/locales.ts';
import { formatSpan } from '#lib/format.ts';
import { includesFolded } from '#lib/search-text.ts';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { getDb } from '#lib/server/db/index.ts';
import { mailContext, sendPromotionEmail } from '#lib/server/registration-emails.ts';
import {
	cancelRegistration,
	eventById,
	pick,
	registrationById,
	registrationsOf,
	setCheckedIn
} from '#lib/server/events.service.ts';
import { field, formOf } from '../../../../form.ts';
import type { Actions, PageServerLoad } from './$types';

async function find(id: string) {
	const db = await getDb();
	const event = await eventById(db, id);
	if (!event || event.kind === 'workshop') error(404, m.convene_event_not_found());
	return { db, event };
}

/**
 * The check-in list: one line per person, a button to mark them present (a plain form: it works on
 * a phone at the door, with or without JavaScript), and a search by name that is a GET form.
 */
export const load: PageServerLoad = async (req) => {
	requireStaff(req, 'coordinator');
	const { db, event } = await find(req.params.id);
	const locale = getLocale() as Locale;
	const q = (req.url.searchParams.get('q') ?? '').trim().slice(0, 100);
	const all = await registrationsOf(db, event.id);
	// Accents and case ignored: "Helene" typed at the door finds "Hélène".
	const shown = q ? all.filter((r) => includesFolded(`${r.name} ${r.displayName} ${r.email}`, q)) : all;
	return {
		event: {
			id: event.id,
			title: pick(event.title, locale),
			when: formatSpan(event.startsAt, event.endsAt, event.timeZone, locale)
		},
		// Counted from the registrations already loaded: no second query.
		counts: {
			confirmed: all.filter((r) => r.status === 'confirmed').length,
			waitlisted: all.filter((r) => r.status === 'waitlisted').length,
			present: all.filter((r) => r.checkedInAt).length,
			capacity: event.capacity
		},
		q,
		registrations: shown.map((r) => ({
			id: r.id,
			name: r.name,
			displayName: r.displayName,
			pronouns: r.pronouns,
			email: r.email,
			status: r.status,
			accessibilityNeeds: r.accessibilityNeeds,
			dietaryNeeds: r.dietaryNeeds,
			locale: r.locale,
			present: r.checkedInAt !== null
		})),
		notice: req.url.searchParams.get('notice')
	};
};

const back = (url: URL, notice: string, anchor = ''): never =>
	redirect(
		303,
		`${url.pathname}?${new URLSearchParams({ ...(url.searchParams.get('q') ? { q: url.searchParams.get('q') ?? '' } : {}), notice })}${anchor}`
	);

export const actions: Actions = {
	checkIn: async (req) => {
		requireStaff(req, 'coordinator');
		const { db, event } = await find(req.params.id);
		const form = await formOf(req.request);
		const id = form ? field(form, 'registration') : '';
		const present = form ? field(form, 'present') : '';
		if (!/^[0-9a-f-]{36}$/.test(id) || (present !== 'yes' && present !== 'no'))
			return fail(400, { problem: 'unreadable' as const });
		if (!(await setCheckedIn(db, event.id, id, present === 'yes'))) return fail(404, { problem: 'not-found' as const });
		back(req.url, present === 'yes' ? 'checked-in' : 'unchecked', `#r-${id}`);
	},

	cancel: async (req) => {
		requireStaff(req, 'coordinator');
		const { db, event } = await find(req.params.id);
		const form = await formOf(req.request);
		const id = form ? field(form, 'registration') : '';
		const registration = /^[0-9a-f-]{36}$/.test(id) ? await registrationById(db, event.id, id) : undefined;
		if (!registration) return fail(404, { problem: 'not-found' as const });
		const { promoted } = await cancelRegistration(db, registration.id);
		// The freed place goes to the first person waiting, who is told by email.
		await sendPromotionEmail(await mailContext(), event, promoted);
		back(req.url, promoted ? 'cancelled-promoted' : 'cancelled');
	}
};
