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

/**
 * "Monday, March 1, 2027, 10:00 a.m. – 1:00 p.m. PST": an event's span in its own time zone, with
 * the zone named so that no one arrives an hour off.
 */
export function formatSpan(start: Date, end: Date, timeZone: string, locale: Locale): string {
	const format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {
		dateStyle: 'full',
		timeStyle: 'short',
		timeZone
	});
	const range = format.formatRange(start, end);
	const zone = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { timeZone, timeZoneName: 'short' })
		.formatToParts(start)
		.find((part) => part.type === 'timeZoneName')?.value;
	return zone ? `${range} (${zone})` : range;
}
