import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../server/auth/audit.ts';
import { auditActionName, roleName, staffProblem } from './text.ts';

const messages = (locale: string) =>
	JSON.parse(readFileSync(new URL(`../../../messages/${locale}.json`, import.meta.url), 'utf8')) as Record<string, string>;

describe('staff area words', () => {
	it('exist in English and French for every staff message', () => {
		const staffKeys = (locale: string) =>
			Object.keys(messages(locale))
				.filter((key) => key.startsWith('staff_'))
				.sort();
		expect(staffKeys('fr')).toEqual(staffKeys('en'));
		const fr = messages('fr');
		for (const key of staffKeys('en')) expect(fr[key], key).toBeTruthy();
	});

	it('name every audited action and every role', () => {
		for (const action of AUDIT_ACTIONS) expect(auditActionName(action), action).not.toBe(action);
		expect(roleName('coordinator', 'fr')).toBe('coordination');
		expect(roleName('admin', 'en')).toBe('admin');
	});

	it('explain every refusal of the accounts service', () => {
		const codes = [
			'invalid-email',
			'invalid-name',
			'invalid-role',
			'email-taken',
			'invalid-link',
			'too-short',
			'too-long',
			'not-found',
			'last-admin',
			'self',
			'wrong-password',
			'throttled'
		];
		const fallback = staffProblem('no-such-code');
		for (const code of codes) expect(staffProblem(code), code).not.toBe(fallback);
	});
});
