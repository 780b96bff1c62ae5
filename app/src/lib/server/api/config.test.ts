import { describe, expect, it } from 'vitest';
import { API_DEFAULTS, apiConfig, maxBodyBytes, parseBytes } from './config.ts';

describe('API settings', () => {
	it('default to 1 MiB texts, 10 MiB files, a 5 s budget and 60 checks a minute, with CORS off', () => {
		expect(apiConfig({})).toEqual({
			maxTextBytes: 1024 * 1024,
			maxFileBytes: 10 * 1024 * 1024,
			timeBudgetMs: 5000,
			ratePerMinute: 60,
			rateBurst: 30,
			corsOrigins: []
		});
		expect(API_DEFAULTS.maxTextBytes).toBe(1024 * 1024);
	});

	it('read sizes in bytes or with K, M, G', () => {
		expect(parseBytes('X', '2048', 1)).toBe(2048);
		expect(parseBytes('X', '512K', 1)).toBe(512 * 1024);
		expect(parseBytes('X', '10MB', 1)).toBe(10 * 1024 * 1024);
		expect(parseBytes('X', '1g', 1)).toBe(1024 ** 3);
	});

	it('turn the rate limit off with 0 or off, and read an allow-list of origins', () => {
		expect(apiConfig({ API_RATE_LIMIT: 'off' }).ratePerMinute).toBe(0);
		expect(apiConfig({ API_RATE_LIMIT: '0' }).ratePerMinute).toBe(0);
		expect(apiConfig({ API_CORS_ORIGINS: 'https://a.example, http://localhost:8080' }).corsOrigins).toEqual([
			'https://a.example',
			'http://localhost:8080'
		]);
		expect(apiConfig({ API_CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
	});

	it('refuse malformed values, naming the variable', () => {
		expect(() => apiConfig({ API_MAX_TEXT_BYTES: 'lots' })).toThrow(/API_MAX_TEXT_BYTES/);
		expect(() => apiConfig({ API_TIME_BUDGET_MS: '-1' })).toThrow(/API_TIME_BUDGET_MS/);
		expect(() => apiConfig({ API_RATE_BURST: '0' })).toThrow(/API_RATE_BURST/);
		expect(() => apiConfig({ API_CORS_ORIGINS: 'https://a.example/path' })).toThrow(/API_CORS_ORIGINS/);
		expect(() => apiConfig({ API_CORS_ORIGINS: 'news.example' })).toThrow(/API_CORS_ORIGINS/);
	});

	it('read request bodies large enough for a file or an escaped text', () => {
		expect(maxBodyBytes({ maxTextBytes: 1000, maxFileBytes: 10_000 })).toBe(10_000 + 65536);
		expect(maxBodyBytes({ maxTextBytes: 100_000, maxFileBytes: 10_000 })).toBe(200_000 + 65536);
	});
});
