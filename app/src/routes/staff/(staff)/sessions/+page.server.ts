import { getLocale } from '#lib/paraglide/runtime.js';
import { formatSpan } from '#lib/format.ts';
import { requireStaff } from '#lib/server/auth/require.ts';
import { pick } from '#lib/server/events.service.ts';
import { listSessions, seesAllSessions } from '#lib/server/sessions.service.ts';
import { trainContext, viewerOf } from '../../train.ts';
import type { PageServerLoad } from './$types';

/** Sessions: every one for coordinators and admins, a facilitator's own for a facilitator. */
export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event, 'staff');
	const { db } = await trainContext();
	const past = event.url.searchParams.get('show') === 'all';
	const sessions = await listSessions(db, viewerOf(staff), { upcoming: !past });
	// The page's language (the URL's), which may differ from the staff member's email language.
	const locale = getLocale();
	return {
		all: seesAllSessions(viewerOf(staff)),
		past,
		sessions: sessions.map((s) => ({
			id: s.id,
			title: pick(s.title, locale).text,
			organisation: s.organisation,
			when: formatSpan(s.startsAt, s.endsAt, s.timeZone, locale),
			cancelled: s.status === 'cancelled',
			online: s.online,
			capacity: s.capacity,
			confirmed: s.confirmed,
			waitlisted: s.waitlisted
		}))
	};
};
