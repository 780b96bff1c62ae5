import { error } from '@sveltejs/kit';
import { ruleDoc, ruleIds } from '@unconflate/analyzer/docs';
import { findSource, type Source } from '@unconflate/knowledge';
import type { Locale } from '#lib/i18n/locales.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, parent }) => {
	const { locale } = await parent();
	const rule = ruleDoc(params.rule, locale as Locale);
	if (!rule) error(404, 'Not found');
	const sources = rule.sources.map((id) => findSource(id)).filter((s): s is Source => s !== undefined);
	const at = ruleIds.indexOf(rule.id);
	const neighbour = (id: string | undefined) => (id ? { id, title: ruleDoc(id, locale as Locale)?.title ?? id } : undefined);
	return {
		rule,
		sources: sources.map(({ id, title, authors, publisher, year }) => ({ id, title, authors, publisher, year })),
		previous: neighbour(ruleIds[at - 1]),
		next: neighbour(ruleIds[at + 1])
	};
};
