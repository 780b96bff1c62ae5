import type { Cookies } from '@sveltejs/kit';

// The device token of a dialogue's participant: set only when someone joins, kept for 60 days.
// httpOnly so that no script can read it; one cookie per dialogue.
const name = (code: string) => `dialogue-${code}`;

export function deviceToken(cookies: Cookies, code: string): string | undefined {
	return cookies.get(name(code));
}

export function rememberDevice(cookies: Cookies, code: string, token: string, secure: boolean): void {
	cookies.set(name(code), token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: 60 * 24 * 3600 });
}
