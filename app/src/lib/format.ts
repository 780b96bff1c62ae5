import type { Locale } from './i18n/locales.ts';

/** "28 November 2026" / "28 novembre 2026", from an ISO date, without time-zone drift. */
export function formatDate(iso: string, locale: Locale): string {
	return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${iso}T00:00:00Z`)
	);
}

export function formatNumber(value: number, locale: Locale, digits = 1): string {
	return new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: digits }).format(value);
}
