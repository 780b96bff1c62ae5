import { describe, expect, it } from 'vitest';
import { afterSignIn, hasSessionCookie, signInLocation } from './require.ts';

describe('after signing in', () => {
	it('returns to the staff page the reader came from', () => {
		expect(afterSignIn('/en/staff/users', 'en')).toBe('/en/staff/users');
		expect(afterSignIn('/fr/personnel/journal?before=20', 'fr')).toBe('/fr/personnel/journal?before=20');
	});

	it('never leaves the staff area or the site (no open redirect)', () => {
		for (const next of [
			null,
			'',
			'//evil.example',
			'https://evil.example/en/staff',
			'/en/learn',
			'/en/staffing',
			'/en/staff/../learn',
			'/en/staff//evil.example',
			'/en/staff/sign-in'
		]) {
			expect(afterSignIn(next, 'en'), String(next)).toBe('/en/staff');
		}
		expect(afterSignIn('javascript:alert(1)', 'fr')).toBe('/fr/personnel');
	});
});

describe('the sign-in redirect', () => {
	it('keeps the page to come back to for reads only, in the reader language', () => {
		expect(signInLocation(new URL('http://x/fr/personnel/utilisateurs'))).toBe(
			`/fr/personnel/connexion?next=${encodeURIComponent('/fr/personnel/utilisateurs')}`
		);
		expect(signInLocation(new URL('http://x/en/staff/users?/invite'), 'POST')).toBe('/en/staff/sign-in');
	});

	it('looks for the session only when its cookie is there', () => {
		expect(hasSessionCookie(null)).toBe(false);
		expect(hasSessionCookie('other=1')).toBe(false);
		expect(hasSessionCookie('a=1; unconflate.session_token=abc.def')).toBe(true);
		expect(hasSessionCookie('__Secure-unconflate.session_token=abc.def')).toBe(true);
	});
});
