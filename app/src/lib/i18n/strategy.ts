import { defineCustomClientStrategy, defineCustomServerStrategy } from '#lib/paraglide/runtime.js';
import { isLocale } from './locales.ts';

/** The language of a public path: its first segment when that is a supported language. */
export function localeOfPath(pathname: string): 'en' | 'fr' | undefined {
	const first = pathname.split('/')[1];
	return isLocale(first) ? first : undefined;
}

// Paraglide's own URL strategy would redirect every unknown path into a language prefix; here a
// path without a prefix (`/`, `/sitemap.xml`, `/api/…`) is legitimate, so the prefix is read directly.
defineCustomServerStrategy('custom-path', {
	getLocale: (request) => (request ? localeOfPath(new URL(request.url).pathname) : undefined)
});
defineCustomClientStrategy('custom-path', {
	getLocale: () => localeOfPath(location.pathname),
	setLocale: () => {}
});
