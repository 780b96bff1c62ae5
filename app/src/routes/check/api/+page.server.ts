import { MAX_BATCH_ITEMS, maxBodyBytes } from '#lib/server/api/config.ts';
import { PROBLEMS } from '#lib/server/api/problem.ts';
import { settings } from '#lib/server/api/settings.ts';
import type { PageServerLoad } from './$types';

/** The limits this server runs with, so that the page says what the API does. */
export const load: PageServerLoad = () => ({
	limits: {
		maxTextBytes: settings.maxTextBytes,
		maxFileBytes: settings.maxFileBytes,
		maxBodyBytes: maxBodyBytes(settings),
		maxBatchItems: MAX_BATCH_ITEMS,
		timeBudgetMs: settings.timeBudgetMs,
		ratePerMinute: settings.ratePerMinute,
		rateBurst: settings.rateBurst
	},
	problems: Object.entries(PROBLEMS).map(([code, { status }]) => ({ code, status }))
});
