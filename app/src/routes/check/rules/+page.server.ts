import { categoryDocs, ruleDocs } from '@unconflate/analyzer/docs';
import type { Locale } from '#lib/i18n/locales.ts';
import type { PageServerLoad } from './$types';

/** Every rule of the checker, by category, in the reader's language. */
export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	const rules = ruleDocs(locale as Locale);
	const categories = categoryDocs(locale as Locale)
		.map((category) => ({
			...category,
			rules: rules
				.filter((r) => r.category.id === category.id)
				.map(({ id, title, message, severity }) => ({ id, title, message, severity }))
		}))
		.filter((c) => c.rules.length > 0);
	return { categories };
};
