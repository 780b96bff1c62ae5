import { pages, questions } from 'virtual:unconflate/content';
import type { Page } from '#lib/content/collection.ts';
import type { Locale } from '#lib/i18n/locales.ts';

/** Learn pages in one language, in reading order. */
export function learnPages(locale: Locale): Page[] {
	return pages.filter((p) => p.section === 'learn' && p.locale === locale);
}

export function findPage(section: Page['section'], id: string, locale: Locale): Page | undefined {
	return pages.find((p) => p.section === section && p.id === id && p.locale === locale);
}

/** The pages before and after this one in the Learn sequence. */
export function neighbours(page: Page): { previous?: Page; next?: Page } {
	const list = learnPages(page.locale);
	const i = list.findIndex((p) => p.id === page.id);
	return { previous: list[i - 1], next: list[i + 1] };
}

export { questions };
