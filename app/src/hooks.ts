import type { Reroute } from '@sveltejs/kit/hooks';
import '#lib/i18n/strategy.ts';
import { route } from '#lib/i18n/routes.ts';

/** `/fr/apprendre/quiz` renders the route `/learn/quiz`; paths without a language are left alone. */
export const reroute: Reroute = ({ url }) => {
	if (url.pathname === '/' || url.pathname.startsWith('/_app/')) return url.pathname;
	return route(url.pathname)?.canonical ?? url.pathname;
};
