import { describe, expect, it } from 'vitest';
import { ACCOUNT_POLICY, afterFailure, lockRemaining, throttleKeys, type ThrottleState } from './throttle.ts';

const t0 = new Date('2026-01-01T10:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const MINUTE = 60_000;

function fail(times: number, start: ThrottleState | null = null, at: (i: number) => Date = () => t0) {
	let state = start;
	for (let i = 0; i < times; i++) state = afterFailure(state, at(i), ACCOUNT_POLICY);
	return state;
}

describe('the login throttle policy', () => {
	it('does not lock before the limit', () => {
		const state = fail(ACCOUNT_POLICY.limit - 1);
		expect(state?.failures).toBe(ACCOUNT_POLICY.limit - 1);
		expect(lockRemaining(state, t0)).toBe(0);
	});

	it('locks at the limit for the lock period, then lets the key try again', () => {
		const state = fail(ACCOUNT_POLICY.limit);
		expect(lockRemaining(state, t0)).toBe(ACCOUNT_POLICY.lockMs);
		expect(lockRemaining(state, later(ACCOUNT_POLICY.lockMs - MINUTE))).toBe(MINUTE);
		expect(lockRemaining(state, later(ACCOUNT_POLICY.lockMs))).toBe(0);
	});

	it('starts counting again once the window has passed', () => {
		const state = fail(ACCOUNT_POLICY.limit - 1);
		const next = afterFailure(state, later(ACCOUNT_POLICY.windowMs), ACCOUNT_POLICY);
		expect(next.failures).toBe(1);
		expect(next.windowStartedAt).toEqual(later(ACCOUNT_POLICY.windowMs));
		expect(lockRemaining(next, later(ACCOUNT_POLICY.windowMs))).toBe(0);
	});

	it('counts failures spread within the window together', () => {
		const state = fail(ACCOUNT_POLICY.limit, null, (i) => later(i * 3 * MINUTE));
		expect(lockRemaining(state, later(12 * MINUTE))).toBeGreaterThan(0);
	});

	it('keys on the typed email however it is written, and on the address only as a keyed hash', () => {
		const a = throttleKeys('secret', ' Someone@Example.org ', '192.0.2.7');
		const b = throttleKeys('secret', 'someone@example.org', '192.0.2.7');
		expect(a).toEqual(b);
		expect(a.account).toMatch(/^account:[0-9a-f]{64}$/);
		expect(a.client).toMatch(/^client:[0-9a-f]{64}$/);
		expect(`${a.account}${a.client}`).not.toContain('example');
		expect(`${a.account}${a.client}`).not.toContain('192.0.2.7');
		expect(throttleKeys('secret', 'x@example.org', null).client).toBeNull();
	});
});
