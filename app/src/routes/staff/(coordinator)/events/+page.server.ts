import type { Locale } from '#lib/i18n/locales.ts';
import { formatSpan } from '#lib/format.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { getDb } from '#lib/server/db/index.ts';
import { organiserEvents, pick } from '#lib/server/events.service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireStaff(event, 'coordinator');
	const locale = getLocale() as Locale;
	const rows = await organiserEvents(await getDb());
	return {
		events: rows.map((e) => ({
			id: e.id,
			kind: e.kind,
			status: e.status,
			title: pick(e.title, locale),
			when: formatSpan(e.startsAt, e.endsAt, e.timeZone, locale),
			capacity: e.capacity,
			confirmed: e.confirmed,
			waitlisted: e.waitlisted
		}))
	};
};
