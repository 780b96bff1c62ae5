// The API's settings as this server runs with them (validated in src/env.ts when it starts), the
// worker pool sized for them, and the per-client rate limit.
import {
	API_CORS_ORIGINS,
	API_MAX_FILE_BYTES,
	API_MAX_TEXT_BYTES,
	API_RATE_BURST,
	API_RATE_LIMIT,
	API_TIME_BUDGET_MS
} from '$app/env/private';
import { configureCheckPool } from '../check/pool.ts';
import { maxBodyBytes, type ApiConfig } from './config.ts';
import { TokenBuckets } from './token-bucket.ts';

export const settings: ApiConfig = {
	maxTextBytes: API_MAX_TEXT_BYTES,
	maxFileBytes: API_MAX_FILE_BYTES,
	timeBudgetMs: API_TIME_BUDGET_MS,
	ratePerMinute: API_RATE_LIMIT,
	rateBurst: API_RATE_BURST,
	corsOrigins: API_CORS_ORIGINS
};

export const bodyLimit = maxBodyBytes(settings);

configureCheckPool({ budgetMs: settings.timeBudgetMs });

/** Null when the rate limit is off (API_RATE_LIMIT=0). */
export const buckets =
	settings.ratePerMinute > 0 ? new TokenBuckets({ perMinute: settings.ratePerMinute, burst: settings.rateBurst }) : null;
