/** The languages a reader can choose, in the order the switcher shows them. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
	return value === 'en' || value === 'fr';
}

/** The other language, for a two-language switcher. */
export function otherLocale(locale: Locale): Locale {
	return locale === 'en' ? 'fr' : 'en';
}
