import type { Category, Severity, StrengthKind, Syntax } from '@unconflate/analyzer';
import type { Locale } from '#lib/i18n/locales.ts';
import { m } from '#lib/paraglide/messages.js';

type Message = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

const CATEGORY: Record<Category, Message> = {
	equates: m.check_category_equates,
	lumps: m.check_category_lumps,
	indicators: m.check_category_indicators,
	'no-agency': m.check_category_no_agency,
	'sex-only': m.check_category_sex_only,
	numbers: m.check_category_numbers,
	migration: m.check_category_migration,
	'raids-as-rescue': m.check_category_raids,
	demand: m.check_category_demand,
	'stigma-terms': m.check_category_stigma
};

const SEVERITY: Record<Severity, Message> = {
	error: m.check_severity_error,
	warning: m.check_severity_warning,
	info: m.check_severity_info
};

const STRENGTH: Record<StrengthKind, Message> = {
	distinction: m.check_strength_distinction,
	'labour-trafficking-named': m.check_strength_labour,
	'coercion-defined': m.check_strength_coercion,
	'self-identification': m.check_strength_self_identification,
	'cited-source': m.check_strength_cited_source
};

const SYNTAX: Record<Syntax, Message> = {
	text: m.check_syntax_text,
	markdown: m.check_syntax_markdown,
	html: m.check_syntax_html
};

/** The category's name for readers, in a language (the page's when none is given). */
export const categoryLabel = (category: Category, locale?: Locale) => CATEGORY[category]({}, { locale });
export const severityLabel = (severity: Severity, locale?: Locale) => SEVERITY[severity]({}, { locale });
export const strengthLabel = (kind: StrengthKind, locale?: Locale) => STRENGTH[kind]({}, { locale });
export const syntaxLabel = (syntax: Syntax, locale?: Locale) => SYNTAX[syntax]({}, { locale });
