// Settings of the HTTP API (/api/v1), from environment variables. Pure, so that src/env.ts (which
// validates them when the app starts), the production server (server/index.ts, for the request body
// limit) and the tests read them the same way.

const KIB = 1024;
const MIB = 1024 * KIB;

export const API_DEFAULTS = {
	maxTextBytes: MIB,
	maxFileBytes: 10 * MIB,
	timeBudgetMs: 5000,
	ratePerMinute: 60,
	rateBurst: 30
} as const;

/** Texts in one batch request. */
export const MAX_BATCH_ITEMS = 100;

/** `1048576`, `1024K`, `1M`, `10MB` → bytes. */
export function parseBytes(name: string, value: string | undefined, fallback: number): number {
	if (value === undefined || value.trim() === '') return fallback;
	const match = /^\s*(\d+)\s*([kmg]?)i?b?\s*$/i.exec(value);
	const bytes = match ? Number(match[1]) * ({ '': 1, k: KIB, m: MIB, g: 1024 * MIB }[match[2]?.toLowerCase() ?? ''] ?? 1) : NaN;
	if (!Number.isSafeInteger(bytes) || bytes <= 0)
		throw new Error(`${name} must be a size in bytes such as 1048576, 1024K or 10M (got "${value}")`);
	return bytes;
}

/** A whole number ≥ `min`, or the fallback when unset. */
export function parseCount(name: string, value: string | undefined, fallback: number, min = 1): number {
	if (value === undefined || value.trim() === '') return fallback;
	const n = Number(value.trim());
	if (!Number.isSafeInteger(n) || n < min) throw new Error(`${name} must be a whole number of at least ${min} (got "${value}")`);
	return n;
}

/** Requests per minute per client: a number, or 0 / `off` for no limit. */
export function parseRate(name: string, value: string | undefined, fallback: number): number {
	if (value !== undefined && value.trim().toLowerCase() === 'off') return 0;
	return parseCount(name, value, fallback, 0);
}

/**
 * The origins whose pages may call the API from a browser (CORS), comma-separated, or `*` for
 * any. Unset: none (the API still answers programs and our own pages).
 */
export function parseOrigins(name: string, value: string | undefined): readonly string[] {
	if (value === undefined || value.trim() === '') return [];
	const origins = value
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	for (const origin of origins) {
		if (origin === '*') continue;
		let parsed: URL | undefined;
		try {
			parsed = new URL(origin);
		} catch {
			parsed = undefined;
		}
		if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin)
			throw new Error(`${name} must list origins such as https://news.example (scheme and host, no path); got "${origin}"`);
	}
	return origins;
}

export interface ApiConfig {
	/** Largest text, in UTF-8 bytes (JSON `text`, or each batch item). */
	maxTextBytes: number;
	/** Largest uploaded file, in bytes. */
	maxFileBytes: number;
	/** Time budget of one request's analysis. */
	timeBudgetMs: number;
	/** Token bucket per client: tokens per minute (0: no limit) and bucket size. */
	ratePerMinute: number;
	rateBurst: number;
	corsOrigins: readonly string[];
}

/** The API's settings from an environment (process.env). Throws naming the variable when one is malformed. */
export function apiConfig(env: Record<string, string | undefined>): ApiConfig {
	return {
		maxTextBytes: parseBytes('API_MAX_TEXT_BYTES', env['API_MAX_TEXT_BYTES'], API_DEFAULTS.maxTextBytes),
		maxFileBytes: parseBytes('API_MAX_FILE_BYTES', env['API_MAX_FILE_BYTES'], API_DEFAULTS.maxFileBytes),
		timeBudgetMs: parseCount('API_TIME_BUDGET_MS', env['API_TIME_BUDGET_MS'], API_DEFAULTS.timeBudgetMs),
		ratePerMinute: parseRate('API_RATE_LIMIT', env['API_RATE_LIMIT'], API_DEFAULTS.ratePerMinute),
		rateBurst: parseCount('API_RATE_BURST', env['API_RATE_BURST'], API_DEFAULTS.rateBurst),
		corsOrigins: parseOrigins('API_CORS_ORIGINS', env['API_CORS_ORIGINS'])
	};
}

/**
 * The largest request body the API reads: a file upload with its multipart envelope, or a JSON
 * text (escapes can double its size) and its fields. A batch shares the same limit.
 */
export function maxBodyBytes(config: Pick<ApiConfig, 'maxTextBytes' | 'maxFileBytes'>): number {
	return Math.max(config.maxFileBytes, 2 * config.maxTextBytes) + 64 * KIB;
}
