import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-bucket.ts';

/** A clock the test moves by hand. */
function clock() {
	let now = 0;
	return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('token buckets', () => {
	it('let a client spend its burst at once, then refuse with the seconds to wait', () => {
		const time = clock();
		const buckets = new TokenBuckets({ perMinute: 60, burst: 3, now: time.now });
		expect([1, 2, 3].map(() => buckets.take('a').ok)).toEqual([true, true, true]);
		expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
	});

	it('refill at the configured rate, never beyond the burst', () => {
		const time = clock();
		const buckets = new TokenBuckets({ perMinute: 6, burst: 2, now: time.now }); // one token every 10 s
		buckets.take('a', 2);
		expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
		time.advance(4000);
		expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 6 });
		time.advance(6000);
		expect(buckets.take('a')).toEqual({ ok: true, remaining: 0 });
		time.advance(3_600_000);
		expect(buckets.take('a')).toEqual({ ok: true, remaining: 1 });
	});

	it('keep one bucket per client', () => {
		const buckets = new TokenBuckets({ perMinute: 60, burst: 1, now: clock().now });
		expect(buckets.take('a').ok).toBe(true);
		expect(buckets.take('a').ok).toBe(false);
		expect(buckets.take('b').ok).toBe(true);
	});

	it('charge a cost above the burst as the whole burst, so that it can still pass', () => {
		const buckets = new TokenBuckets({ perMinute: 60, burst: 5, now: clock().now });
		expect(buckets.take('a', 50)).toEqual({ ok: true, remaining: 0 });
		expect(buckets.take('a', 50).ok).toBe(false);
	});

	it('hold at most maxClients buckets, dropping the least recently used', () => {
		const buckets = new TokenBuckets({ perMinute: 60, burst: 1, maxClients: 2, now: clock().now });
		buckets.take('a');
		buckets.take('b');
		buckets.take('a'); // a is now the most recent
		buckets.take('c'); // drops b
		expect(buckets.size).toBe(2);
		expect(buckets.take('a').ok).toBe(false); // still spent
		expect(buckets.take('b').ok).toBe(true); // dropped, so back full
	});

	it('refuse settings that would never let a request through', () => {
		expect(() => new TokenBuckets({ perMinute: 0, burst: 1 })).toThrow(/perMinute/);
		expect(() => new TokenBuckets({ perMinute: 1, burst: 0 })).toThrow(/burst/);
	});
});
