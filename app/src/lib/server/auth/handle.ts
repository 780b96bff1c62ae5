import { redirect } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';
import { currentStaff } from './accounts.service.ts';
import { decide, isStaffRoute } from './guard.ts';
import { getAccounts } from './index.ts';
import { applySetCookie, hasSessionCookie, signInLocation } from './require.ts';

const READS = new Set(['GET', 'HEAD']);

/**
 * The staff area's guard, applied to every request before any load or action runs. It reads the
 * session only on staff routes (public pages never touch it and never set a cookie), then:
 * signed-out readers of a guarded page go to sign in; the wrong role gets 403 — a form post at
 * once, a page through the staff layout (so the reader gets the site's error page in their
 * language), where each load's own requireStaff() check also stops it. Staff pages are never
 * cached and never indexed.
 */
export const handleStaff: Handle = async ({ event, resolve }) => {
	const routeId = event.route.id;
	event.locals.staff = null;
	event.locals.forbidden = false;
	if (!isStaffRoute(routeId)) return resolve(event);

	const cookieHeader = event.request.headers.get('cookie');
	if (hasSessionCookie(cookieHeader)) {
		const { staff, setCookie } = await currentStaff(await getAccounts(), cookieHeader ?? '');
		event.locals.staff = staff;
		applySetCookie(event.cookies, setCookie);
	}

	const decision = decide(routeId, event.locals.staff?.role ?? null);
	if (decision === 'sign-in') redirect(303, signInLocation(event.url, event.request.method));
	if (decision === 'forbidden') {
		if (!READS.has(event.request.method)) {
			return new Response('Forbidden. / Accès refusé.', {
				status: 403,
				headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
			});
		}
		event.locals.forbidden = true;
	}

	const response = await resolve(event);
	response.headers.set('cache-control', 'no-store');
	response.headers.set('x-robots-tag', 'noindex, nofollow');
	return response;
};
