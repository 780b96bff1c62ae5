import { pathEntries } from 'virtual:unconflate/paths';
import type { Locale } from './locales.ts';
import { allLocalizedPaths, delocalizePath, localizePath, type PathTable } from './paths.ts';

/** The path table of this build (fixed pages plus the Learn pages found in content). */
export const paths: PathTable = new Map(pathEntries);

/** `/learn/quiz` → `/fr/apprendre/quiz`. Anchors are kept. */
export function href(canonical: string, locale: Locale): string {
	return localizePath(paths, canonical, locale);
}

/** `/fr/apprendre/quiz` → `{ locale: 'fr', canonical: '/learn/quiz' }`; null without a language prefix. */
export function route(pathname: string) {
	return delocalizePath(paths, pathname);
}

export function sitemapPaths() {
	return allLocalizedPaths(paths);
}
