import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../../test/open-test-db.ts';
import type { DbHandle } from '../db/client.ts';
import { serverSecret } from './secrets.ts';
import { ACCOUNT_POLICY, clearThrottle, lockedFor, pruneThrottle, recordFailure } from './throttle.ts';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDb();
}, 60_000);
afterAll(async () => {
	await handle.close();
});

const key = () => `account:${randomBytes(32).toString('hex')}`;
const t0 = new Date('2026-03-01T09:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('the login throttle in the database', () => {
	it('counts failures and locks at the limit for the lock period', async () => {
		const k = key();
		for (let i = 1; i < ACCOUNT_POLICY.limit; i++) {
			expect((await recordFailure(handle.db, k, ACCOUNT_POLICY, at(i))).failures).toBe(i);
			expect(await lockedFor(handle.db, [k], at(i))).toBe(0);
		}
		const locked = await recordFailure(handle.db, k, ACCOUNT_POLICY, at(ACCOUNT_POLICY.limit));
		expect(locked.lockedUntil).toEqual(at(ACCOUNT_POLICY.limit + 15));
		expect(await lockedFor(handle.db, [k], at(ACCOUNT_POLICY.limit + 1))).toBe(14 * 60_000);
		expect(await lockedFor(handle.db, [k], at(ACCOUNT_POLICY.limit + 15))).toBe(0);
	});

	it('counts every one of many concurrent failures', async () => {
		const k = key();
		await Promise.all(
			Array.from({ length: 12 }, () => recordFailure(handle.db, k, { limit: 100, windowMs: 60_000, lockMs: 60_000 }, t0))
		);
		expect((await recordFailure(handle.db, k, { limit: 100, windowMs: 60_000, lockMs: 60_000 }, t0)).failures).toBe(13);
	});

	it('starts a new window once the old one is over', async () => {
		const k = key();
		await recordFailure(handle.db, k, ACCOUNT_POLICY, at(0));
		await recordFailure(handle.db, k, ACCOUNT_POLICY, at(1));
		const fresh = await recordFailure(handle.db, k, ACCOUNT_POLICY, at(16));
		expect(fresh).toMatchObject({ failures: 1, windowStartedAt: at(16) });
	});

	it('reports the longest lock among several keys, and forgets a cleared key', async () => {
		const [a, b] = [key(), key()];
		for (let i = 0; i < ACCOUNT_POLICY.limit; i++) await recordFailure(handle.db, a, ACCOUNT_POLICY, at(0));
		expect(await lockedFor(handle.db, [a, b], at(5))).toBe(10 * 60_000);
		await clearThrottle(handle.db, a);
		expect(await lockedFor(handle.db, [a, b], at(5))).toBe(0);
	});

	it('prunes rows whose window and lock are both over', async () => {
		const [old, recent] = [key(), key()];
		await recordFailure(handle.db, old, ACCOUNT_POLICY, at(-120));
		await recordFailure(handle.db, recent, ACCOUNT_POLICY, at(0));
		await pruneThrottle(handle.db, at(5));
		expect((await recordFailure(handle.db, old, ACCOUNT_POLICY, at(5))).failures).toBe(1);
		expect((await recordFailure(handle.db, recent, ACCOUNT_POLICY, at(5))).failures).toBe(2);
	});
});

describe('the server secret', () => {
	it('is generated once and kept, unless AUTH_SECRET is configured', async () => {
		const first = await serverSecret(handle.db, undefined);
		expect(first.length).toBeGreaterThanOrEqual(32);
		expect(await serverSecret(handle.db, '')).toBe(first);
		const configured = 'x'.repeat(40);
		expect(await serverSecret(handle.db, configured)).toBe(configured);
		await expect(serverSecret(handle.db, 'too short')).rejects.toThrow(/at least 32/);
	});
});
