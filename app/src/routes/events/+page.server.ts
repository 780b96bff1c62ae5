import { formatSpan } from '#lib/format.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { getDb } from '#lib/server/db/index.ts';
import { pick, upcomingEvents } from '#lib/server/events.service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	const lang = locale as Locale;
	const events = await upcomingEvents(await getDb());
	return {
		events: events.map((e) => ({
			slug: e.slug,
			kind: e.kind,
			title: pick(e.title, lang),
			summary: pick(e.summary, lang),
			when: formatSpan(e.startsAt, e.endsAt, e.timeZone, lang),
			where: e.onlineUrl && !e.venue ? null : e.venue,
			online: Boolean(e.onlineUrl)
		}))
	};
};
