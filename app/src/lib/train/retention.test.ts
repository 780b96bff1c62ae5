import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_MONTHS, parseRetentionMonths } from './retention.ts';

describe('the registration retention setting', () => {
	it('keeps registrations six months after their session unless told otherwise', () => {
		expect(parseRetentionMonths(undefined)).toBe(DEFAULT_RETENTION_MONTHS);
		expect(parseRetentionMonths('')).toBe(6);
		expect(parseRetentionMonths(' 12 ')).toBe(12);
	});

	it('can be turned off, and refuses values that are not a number of months', () => {
		expect(parseRetentionMonths('off')).toBeNull();
		expect(parseRetentionMonths('0')).toBeNull();
		for (const bad of ['-1', '1.5', 'six', '121', '12m']) {
			expect(() => parseRetentionMonths(bad), bad).toThrow(/REGISTRATION_RETENTION_MONTHS/);
		}
	});
});
