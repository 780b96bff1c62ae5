import type { Locale } from '../i18n/locales.ts';

// The events section's prefix in each language, as in the path table (i18n/paths.ts); kept here
// so that server jobs (reminders) build links without the build's virtual path module.
const EVENTS: Record<Locale, string> = { en: '/events', fr: '/evenements' };

/** A session's public page, or a page under it: `/fr/evenements/atelier-…/calendar.ics`. */
export function eventPath(slug: string, locale: Locale, rest = ''): string {
	return `/${locale}${EVENTS[locale]}/${slug}${rest}`;
}
