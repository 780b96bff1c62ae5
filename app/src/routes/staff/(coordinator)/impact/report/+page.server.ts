import { filterQuery, isFiltered, readFilter } from '#lib/evaluation/filter.ts';
import { buildReport } from '#lib/evaluation/report.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { getDb } from '#lib/server/db/index.ts';
import { responsesFor } from '#lib/server/evaluation.service.ts';
import type { PageServerLoad } from './$types';

/** The printable report for funders: the same figures as the impact page, with its filters. */
export const load: PageServerLoad = async (event) => {
	requireStaff(event, 'coordinator');
	const filter = readFilter(event.url.searchParams);
	const { instrument, responses, sessions } = await responsesFor(await getDb(), {
		...filter,
		instrumentId: filter.instrument || undefined
	});
	const locale = getLocale() as Locale;
	const years = sessions
		.map((s) => s.heldOn?.slice(0, 4))
		.filter((y): y is string => Boolean(y))
		.sort();
	return {
		query: filterQuery(filter, { search: false }),
		filtered: isFiltered(filter),
		scope: {
			sessions: sessions.length,
			organisations: new Set(sessions.map((s) => s.organisation).filter(Boolean)).size,
			sectors: [...new Set(sessions.map((s) => s.sector).filter(Boolean))].sort(),
			from: years[0] ?? null,
			to: years.at(-1) ?? null
		},
		instrument: { title: instrument.title[locale], version: instrument.version },
		generated: new Date().toISOString().slice(0, 10),
		report: buildReport(instrument, responses, locale)
	};
};
