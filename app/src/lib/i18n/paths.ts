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
		['/learn/sources', { en: `${LEARN_PREFIX.en}/sources`, fr: `${LEARN_PREFIX.fr}/sources` }],
		['/events', { en: '/events', fr: '/evenements' }],
		['/trainings', { en: '/trainings', fr: '/formations' }],
		['/trainings/request', { en: '/trainings/request', fr: '/formations/demande' }],
		['/check', { en: '/check', fr: '/verifier' }],
		['/check/api', { en: '/check/api', fr: '/verifier/api' }]
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

const RULES_PREFIX: Record<Locale, string> = { en: '/check/rules', fr: '/verifier/regles' };

/**
 * The checker's rule pages: `/check/rules` and one page per rule, `/check/rules/<id>`. A rule id is
 * the same in every language (users name it in their settings and inline directives).
 */
export function rulePathEntries(ruleIds: readonly string[]): Array<[string, Record<Locale, string>]> {
	return [
		['/check/rules', { ...RULES_PREFIX }],
		...ruleIds.map((id): [string, Record<Locale, string>] => [
			`/check/rules/${id}`,
			{ en: `${RULES_PREFIX.en}/${id}`, fr: `${RULES_PREFIX.fr}/${id}` }
		])
	];
}

/** The public path of a canonical path in a language; unknown paths keep their shape under the prefix. */
export function localizePath(table: PathTable, canonical: string, locale: Locale): string {
	const [path = '', hash] = canonical.split('#');
	const localized =
		table.get(path)?.[locale] ?? localizeSection(path, locale) ?? underPrefix(table, path, locale) ?? (path === '/' ? '' : path);
	return `/${locale}${localized}${hash ? `#${hash}` : ''}`;
}

/**
 * A path below a page of the table keeps that page's localized prefix: with `/events` ↔
 * `/evenements`, `/events/forum-2027` is `/fr/evenements/forum-2027`. The longest prefix wins.
 * `reverse` matches a localized path and returns the canonical one.
 */
function underPrefix(table: PathTable, path: string, locale: Locale, reverse = false): string | undefined {
	let best: { from: string; to: string } | undefined;
	for (const [canonical, localized] of table) {
		const key = reverse ? localized[locale] : canonical;
		const target = reverse ? canonical : localized[locale];
		if (key === '' || key === '/home' || !path.startsWith(`${key}/`)) continue;
		if (!best || key.length > best.from.length) best = { from: key, to: target };
	}
	return best ? best.to + path.slice(best.from.length) : undefined;
}

/**
 * Paths served only without a language prefix: the API and the files robots read. Under a prefix
 * (`/en/api/v1/check`) they are not found, so that each has exactly one address.
 */
export function isUnprefixedOnly(canonical: string): boolean {
	return /^\/(?:api(?:\/|$)|healthz$|sitemap\.xml$|robots\.txt$)/.test(canonical);
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
	const below = underPrefix(table, rest, locale, true);
	if (below) return { locale, canonical: below };
	return { locale, canonical: rest === '' ? '/home' : rest };
}

/** Every public path of every page in the table, for the sitemap. */
export function allLocalizedPaths(table: PathTable): Array<Record<Locale, string>> {
	return [...table.keys()].map(
		(canonical) => Object.fromEntries(LOCALES.map((l) => [l, localizePath(table, canonical, l)])) as Record<Locale, string>
	);
}
