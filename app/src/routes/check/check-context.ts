import type { Locale } from '#lib/i18n/locales.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { settings } from '#lib/server/api/settings.ts';
import type { CheckContext } from '#lib/server/check-page.service.ts';

/**
 * How the page's server side runs a check: in the page's language, within the API's time budget
 * (API_TIME_BUDGET_MS), and stopped when the reader leaves.
 */
export function checkContext(request: Request): CheckContext {
	return {
		locale: getLocale() as Locale,
		signal: AbortSignal.any([request.signal, AbortSignal.timeout(settings.timeBudgetMs)])
	};
}
