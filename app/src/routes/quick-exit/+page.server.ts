import { error } from '@sveltejs/kit';
import type { Locale } from '#lib/i18n/locales.ts';
import { findPage } from '#lib/server/content.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	const page = findPage('pages', 'quick-exit', locale as Locale);
	if (!page) error(404, 'Not found');
	return { page };
};
