import { error, redirect, type Cookies } from '@sveltejs/kit';
import { parseSetCookieHeader, toCookieOptions } from 'better-auth/cookies';
import { localeOfPath } from '#lib/i18n/strategy.ts';
import { m } from '#lib/paraglide/messages.js';
import type { Staff } from './accounts.service.ts';
import { allows, type StaffGroup } from './guard.ts';
import { staffPath } from './paths.ts';

/**
 * The check every staff load and action makes first (the server hook has already made it for
 * the whole request, see handle.ts): returns the signed-in staff member, sends a signed-out
 * reader to sign in, answers 403 to the wrong role.
 */
export function requireStaff(event: { locals: App.Locals; url: URL }, group: Exclude<StaffGroup, 'anonymous'>): Staff {
	const staff = event.locals.staff;
	if (!staff) redirect(303, signInLocation(event.url));
	if (!allows(group, staff.role)) error(403, m.staff_forbidden_text());
	return staff;
}

/** The sign-in page in the reader's language, coming back to this page afterwards (GET only). */
export function signInLocation(url: URL, method = 'GET'): string {
	const locale = localeOfPath(url.pathname) ?? 'en';
	const signIn = staffPath('/staff/sign-in', locale);
	return method === 'GET' ? `${signIn}?next=${encodeURIComponent(url.pathname + url.search)}` : signIn;
}

/**
 * Where to go after signing in: `next` when it is a page of the staff area on this site (never
 * another site: no open redirect), else the dashboard.
 */
export function afterSignIn(next: string | null, locale: 'en' | 'fr'): string {
	const home = staffPath('/staff', locale);
	if (!next || !/^\/(en\/staff|fr\/personnel)(\/[A-Za-z0-9\-_/?=&%.]*)?$/.test(next) || /\/\/|\.\./.test(next)) return home;
	if (/\/(sign-in|connexion)(\?|$)/.test(next)) return home;
	return next;
}

/** Pass better-auth's Set-Cookie (session set, refreshed or cleared) on to SvelteKit's cookies. */
export function applySetCookie(cookies: Cookies, setCookie: string): void {
	if (!setCookie) return;
	for (const [name, attributes] of parseSetCookieHeader(setCookie)) {
		cookies.set(name, attributes.value, { ...toCookieOptions(attributes), path: attributes.path || '/' });
	}
}

/** Whether a request carries a staff session cookie at all (public pages never look further). */
export function hasSessionCookie(cookieHeader: string | null): boolean {
	return cookieHeader !== null && cookieHeader.includes('unconflate.session_token=');
}
