import type { Locale } from '#lib/i18n/locales.ts';
import { href } from '#lib/i18n/routes.ts';

const RULES_SEGMENT: Record<Locale, string> = { en: 'rules', fr: 'regles' };

/** A rule's documentation page: `/en/check/rules/<id>`, `/fr/verifier/regles/<id>`. */
export function rulePath(ruleId: string, locale: Locale): string {
	return `${href('/check', locale)}/${RULES_SEGMENT[locale]}/${encodeURIComponent(ruleId)}`;
}

/** A source's entry in the Learn bibliography (its anchor is `ref-<id>`, see References.svelte). */
export function sourcePath(sourceId: string, locale: Locale): string {
	return `${href('/learn/sources', locale)}#ref-${encodeURIComponent(sourceId)}`;
}
