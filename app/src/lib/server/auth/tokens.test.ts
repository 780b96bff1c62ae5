import { describe, expect, it } from 'vitest';
import { hashToken, isTokenShaped, keyedHash, newToken } from './tokens.ts';

describe('secret tokens', () => {
	it('are 256-bit URL-safe strings, different every time', () => {
		const tokens = new Set(Array.from({ length: 1000 }, newToken));
		expect(tokens.size).toBe(1000);
		for (const token of tokens) {
			expect(isTokenShaped(token)).toBe(true);
			expect(Buffer.from(token, 'base64url')).toHaveLength(32);
		}
	});

	it('are stored as a hash that does not contain the token', () => {
		const token = newToken();
		expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
		expect(hashToken(token)).toBe(hashToken(token));
		expect(hashToken(token)).not.toContain(token);
		expect(hashToken(token)).not.toBe(hashToken(newToken()));
	});

	it('refuses values that are not shaped like a token before any look-up', () => {
		for (const value of ['', 'short', `${newToken()}x`, `${newToken().slice(0, 42)}!`, null, 42, undefined]) {
			expect(isTokenShaped(value)).toBe(false);
		}
	});

	it('keys address hashes on the server secret', () => {
		expect(keyedHash('secret-a', '192.0.2.1')).toBe(keyedHash('secret-a', '192.0.2.1'));
		expect(keyedHash('secret-a', '192.0.2.1')).not.toBe(keyedHash('secret-b', '192.0.2.1'));
		expect(keyedHash('secret-a', '192.0.2.1')).not.toContain('192.0.2.1');
	});
});
