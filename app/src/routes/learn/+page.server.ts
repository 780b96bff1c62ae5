import type { Locale } from '#lib/i18n/locales.ts';
import { learnPages } from '#lib/server/content.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	const pages = learnPages(locale as Locale).map(({ id, title, description, readingMinutes, level, audience }) => ({
		id,
		title,
		description,
		readingMinutes,
		level,
		audience
	}));
	return { pages };
};
