/**
 * Rate limits as token buckets, one per client key, in memory. A bucket holds up to `burst` tokens
 * and refills at `perMinute`; a request takes `cost` tokens or is refused with the seconds to wait.
 * The caller chooses the key; the API hashes the client's address with a key made at start, so
 * that not even this map holds addresses (nothing is logged or written anywhere).
 *
 * Memory stays bounded: buckets are kept in least-recently-used order and the oldest are dropped
 * beyond `maxClients` (a dropped bucket comes back full, the same as a bucket left alone long enough).
 */
export interface TokenBucketOptions {
	/** Tokens added per minute. */
	perMinute: number;
	/** Bucket size: what a client may spend at once. */
	burst: number;
	/** Buckets kept at most (default 50,000). */
	maxClients?: number;
	/** Milliseconds, monotonic (default performance.now). */
	now?: () => number;
}

export type Take = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

interface Bucket {
	tokens: number;
	at: number;
}

export class TokenBuckets {
	readonly #perMs: number;
	readonly #burst: number;
	readonly #maxClients: number;
	readonly #now: () => number;
	readonly #buckets = new Map<string, Bucket>();

	constructor({ perMinute, burst, maxClients = 50_000, now = () => performance.now() }: TokenBucketOptions) {
		if (!(perMinute > 0) || !(burst >= 1)) throw new Error('a token bucket needs perMinute > 0 and burst >= 1');
		this.#perMs = perMinute / 60_000;
		this.#burst = burst;
		this.#maxClients = maxClients;
		this.#now = now;
	}

	/** Buckets held now. */
	get size(): number {
		return this.#buckets.size;
	}

	/** Take `cost` tokens from `key`'s bucket; a cost above the bucket's size counts as the size. */
	take(key: string, cost = 1): Take {
		const now = this.#now();
		const need = Math.min(Math.max(cost, 0), this.#burst);
		const bucket = this.#buckets.get(key) ?? { tokens: this.#burst, at: now };
		bucket.tokens = Math.min(this.#burst, bucket.tokens + (now - bucket.at) * this.#perMs);
		bucket.at = now;
		// Re-inserted so that the map's order is least recently used first.
		this.#buckets.delete(key);
		this.#buckets.set(key, bucket);
		for (const oldest of this.#buckets.keys()) {
			if (this.#buckets.size <= this.#maxClients) break;
			this.#buckets.delete(oldest);
		}
		if (bucket.tokens >= need) {
			bucket.tokens -= need;
			return { ok: true, remaining: Math.floor(bucket.tokens) };
		}
		return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((need - bucket.tokens) / this.#perMs / 1000)) };
	}
}
