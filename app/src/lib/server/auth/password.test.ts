import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, PASSWORD_MAX, PASSWORD_MIN, verifyPassword } from './password.ts';

describe('passwords', () => {
	it('are hashed with Argon2id at m=19 MiB, t=2, p=1 and a fresh salt', async () => {
		const a = await hashPassword('correct horse battery staple');
		const b = await hashPassword('correct horse battery staple');
		expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(a).not.toBe(b);
		expect(await verifyPassword({ hash: a, password: 'correct horse battery staple' })).toBe(true);
		expect(await verifyPassword({ hash: a, password: 'correct horse battery stapler' })).toBe(false);
	});

	it('treats differently composed accents as the same password', async () => {
		const stored = await hashPassword('mot de passe très très long');
		expect(await verifyPassword({ hash: stored, password: 'mot de passe tre\u0300s tre\u0300s long' })).toBe(true);
	});

	it('answers false for a malformed stored hash instead of throwing', async () => {
		expect(await verifyPassword({ hash: 'not a hash', password: 'whatever it is here' })).toBe(false);
	});

	it('asks only for length: 15 characters or more, any characters', () => {
		expect(passwordProblem('a'.repeat(PASSWORD_MIN - 1))).toBe('too-short');
		expect(passwordProblem('a'.repeat(PASSWORD_MIN))).toBeNull();
		expect(passwordProblem('🙂'.repeat(PASSWORD_MIN))).toBeNull();
		expect(passwordProblem('a'.repeat(PASSWORD_MAX + 1))).toBe('too-long');
	});
});
