import type { Reroute } from '@sveltejs/kit/hooks';
import '#lib/i18n/strategy.ts';
import { isUnprefixedOnly } from '#lib/i18n/paths.ts';
import { route } from '#lib/i18n/routes.ts';

/** `/fr/apprendre/quiz` renders the route `/learn/quiz`; paths without a language are left alone. */
export const reroute: Reroute = ({ url }) => {
	if (url.pathname === '/' || url.pathname.startsWith('/_app/')) return url.pathname;
	const canonical = route(url.pathname)?.canonical;
	// `/en/api/…` is not the API: left as it is, it matches no route and is not found.
	return canonical && !isUnprefixedOnly(canonical) ? canonical : url.pathname;
};
