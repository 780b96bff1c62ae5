import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { loginThrottle } from '../db/schema.ts';
import { keyedHash } from './tokens.ts';

/**
 * Login throttling against password guessing, per account and per client address
 * (https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#login-throttling).
 * Failures are counted in the database, so every server process sees the same counts. After
 * `limit` failures within `windowMs`, the key is locked for `lockMs`: no password is even checked
 * until then. The account key is the typed email, whether or not such an account exists, so the
 * lock says nothing about who has an account. Keys are HMACs under the server's secret: neither
 * the email typed nor the address is stored.
 */
export interface ThrottlePolicy {
	limit: number;
	windowMs: number;
	lockMs: number;
}

const MINUTE = 60_000;

/** Five wrong passwords for one email within 15 minutes lock it for 15 minutes. */
export const ACCOUNT_POLICY: ThrottlePolicy = { limit: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

/**
 * One address may fail more often (colleagues behind one office router share it), but a single
 * machine trying many accounts is slowed down all the same.
 */
export const CLIENT_POLICY: ThrottlePolicy = { limit: 30, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

export interface ThrottleState {
	failures: number;
	windowStartedAt: Date;
	lockedUntil: Date | null;
}

/** The state after one more failure (the rule the SQL below applies atomically). */
export function afterFailure(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleState {
	const fresh = !state || state.windowStartedAt.getTime() <= now.getTime() - policy.windowMs;
	const failures = fresh ? 1 : state.failures + 1;
	const windowStartedAt = fresh ? now : state.windowStartedAt;
	const lockedUntil = failures >= policy.limit ? new Date(now.getTime() + policy.lockMs) : (state?.lockedUntil ?? null);
	return { failures, windowStartedAt, lockedUntil };
}

/** Milliseconds until the lock lifts, or 0 when not locked. */
export function lockRemaining(state: Pick<ThrottleState, 'lockedUntil'> | null, now: Date): number {
	if (!state?.lockedUntil) return 0;
	return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

/** The keys one sign-in attempt counts against. */
export function throttleKeys(secret: string, email: string, clientAddress: string | null) {
	return {
		account: `account:${keyedHash(secret, normalizeEmail(email))}`,
		client: clientAddress ? `client:${keyedHash(secret, clientAddress)}` : null
	};
}

/** The longest remaining lock among the keys (0 when none is locked). */
export async function lockedFor(db: Database, keys: readonly string[], now: Date): Promise<number> {
	if (keys.length === 0) return 0;
	const rows = await db
		.select({ lockedUntil: loginThrottle.lockedUntil })
		.from(loginThrottle)
		.where(inArray(loginThrottle.key, [...keys]));
	return Math.max(0, ...rows.map((row) => lockRemaining(row, now)));
}

/** Count one failure against a key, atomically (concurrent failures are all counted). */
export async function recordFailure(db: Database, key: string, policy: ThrottlePolicy, now: Date): Promise<ThrottleState> {
	// Timestamps go in as ISO strings with a cast: both drivers then read them the same way.
	const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
	const cutoff = at(new Date(now.getTime() - policy.windowMs));
	const fresh = sql`"login_throttle"."window_started_at" <= ${cutoff}`;
	const failures = sql`case when ${fresh} then 1 else "login_throttle"."failures" + 1 end`;
	const [row] = await db
		.insert(loginThrottle)
		.values({
			key,
			failures: 1,
			windowStartedAt: now,
			lockedUntil: policy.limit <= 1 ? new Date(now.getTime() + policy.lockMs) : null
		})
		.onConflictDoUpdate({
			target: loginThrottle.key,
			set: {
				failures,
				windowStartedAt: sql`case when ${fresh} then ${at(now)} else "login_throttle"."window_started_at" end`,
				lockedUntil: sql`case when (${failures}) >= ${policy.limit} then ${at(new Date(now.getTime() + policy.lockMs))} else "login_throttle"."locked_until" end`
			}
		})
		.returning();
	if (!row) throw new Error('login_throttle upsert returned no row');
	return { failures: row.failures, windowStartedAt: row.windowStartedAt, lockedUntil: row.lockedUntil };
}

/** Forget a key's failures (after a successful sign-in or a password reset). */
export async function clearThrottle(db: Database, key: string): Promise<void> {
	await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

/** Remove rows whose window and lock are both over, so the table stays small. */
export async function pruneThrottle(
	db: Database,
	now: Date,
	policies: readonly ThrottlePolicy[] = [ACCOUNT_POLICY, CLIENT_POLICY]
) {
	const longest = Math.max(...policies.map((p) => Math.max(p.windowMs, p.lockMs)));
	const cutoff = new Date(now.getTime() - longest).toISOString();
	await db.execute(
		sql`delete from login_throttle where window_started_at < ${cutoff}::timestamptz and (locked_until is null or locked_until < ${now.toISOString()}::timestamptz)`
	);
}
