import { error } from '@sveltejs/kit';
import { findSource, type Source } from '@unconflate/knowledge';
import type { Locale } from '#lib/i18n/locales.ts';
import { findPage, neighbours } from '#lib/server/content.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, parent }) => {
	const { locale } = await parent();
	const page = findPage('learn', params.page, locale as Locale);
	if (!page) error(404, 'Not found');
	const { previous, next } = neighbours(page);
	const references = page.citations.map((id) => findSource(id)).filter((s): s is Source => s !== undefined);
	return {
		page,
		references,
		previous: previous && { id: previous.id, title: previous.title },
		next: next && { id: next.id, title: next.title }
	};
};
