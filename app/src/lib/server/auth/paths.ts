import type { Locale } from '../../i18n/locales.ts';
import { localizeSection } from '../../i18n/sections.ts';

/** A staff page's path in a language: `/staff/users` → `/fr/personnel/utilisateurs`. */
export function staffPath(canonical: string, locale: Locale): string {
	return `/${locale}${localizeSection(canonical, locale) ?? canonical}`;
}
