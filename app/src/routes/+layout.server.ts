import { QUICK_EXIT_URL } from '$app/env/private';
import { LOCALES, type Locale } from '#lib/i18n/locales.ts';
import { href, route } from '#lib/i18n/routes.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ url }) => {
	const locale = getLocale() as Locale;
	const current = route(url.pathname);
	// Staff links carry their token in the query (invitations, resets): switching language keeps it.
	const search = current?.canonical.startsWith('/staff/') ? url.search : '';
	const alternates = current
		? (Object.fromEntries(LOCALES.map((l) => [l, href(current.canonical, l) + search])) as Record<Locale, string>)
		: null;
	return { locale, alternates, quickExitUrl: QUICK_EXIT_URL, origin: url.origin };
};
