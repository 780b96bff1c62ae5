import { LOCALES, isLocale, type Locale } from './locales.ts';
import { delocalizeSection, localizeSection } from './sections.ts';

/**
 * Localized URLs. Route folders carry no language: `/learn/what-is-sex-work` is the canonical
 * route, served at `/en/learn/what-is-sex-work` and `/fr/apprendre/travail-du-sexe`. The table
 * maps each canonical path to the path after the language prefix in each language.
 */
export type PathTable = ReadonlyMap<string, Readonly<Record<Locale, string>>>;

/** A Learn page's slug in each language (from its front-matter). */
export interface LearnSlugs {
	id: string;
	slugs: Record<Locale, string>;
}

const LEARN_PREFIX: Record<Locale, string> = { en: '/learn', fr: '/apprendre' };

/** Build the table from the fixed pages and the Learn pages found in content. */
export function createPathTable(learnPages: readonly LearnSlugs[], staticPages: readonly LearnSlugs[]): PathTable {
	const table = new Map<string, Record<Locale, string>>([
		['/home', { en: '', fr: '' }],
		['/learn', { en: LEARN_PREFIX.en, fr: LEARN_PREFIX.fr }],
		['/learn/quiz', { en: `${LEARN_PREFIX.en}/quiz`, fr: `${LEARN_PREFIX.fr}/quiz` }],
		['/learn/sources', { en: `${LEARN_PREFIX.en}/sources`, fr: `${LEARN_PREFIX.fr}/sources` }]
	]);
	for (const page of learnPages) {
		table.set(`/learn/${page.id}`, {
			en: `${LEARN_PREFIX.en}/${page.slugs.en}`,
			fr: `${LEARN_PREFIX.fr}/${page.slugs.fr}`
		});
	}
	for (const page of staticPages) {
		table.set(`/${page.id}`, { en: `/${page.slugs.en}`, fr: `/${page.slugs.fr}` });
	}
	return table;
}

/** The public path of a canonical path in a language; unknown paths keep their shape under the prefix. */
export function localizePath(table: PathTable, canonical: string, locale: Locale): string {
	const [path = '', hash] = canonical.split('#');
	const localized = table.get(path)?.[locale] ?? localizeSection(path, locale) ?? (path === '/' ? '' : path);
	return `/${locale}${localized}${hash ? `#${hash}` : ''}`;
}

/** Where a public path points: its language and canonical route, or null without a language prefix. */
export function delocalizePath(table: PathTable, pathname: string): { locale: Locale; canonical: string } | null {
	const match = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
	if (!match || !isLocale(match[1])) return null;
	const locale = match[1];
	const rest = (match[2] ?? '').replace(/\/$/, '');
	for (const [canonical, localized] of table) {
		if (localized[locale] === rest) return { locale, canonical };
	}
	const section = delocalizeSection(rest, locale);
	if (section) return { locale, canonical: section };
	return { locale, canonical: rest === '' ? '/home' : rest };
}

/** Every public path of every page in the table, for the sitemap. */
export function allLocalizedPaths(table: PathTable): Array<Record<Locale, string>> {
	return [...table.keys()].map(
		(canonical) => Object.fromEntries(LOCALES.map((l) => [l, localizePath(table, canonical, l)])) as Record<Locale, string>
	);
}
