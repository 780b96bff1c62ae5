/**
 * The rule documentation, per rule and language, for the platform's rule pages and anyone who
 * documents the rules: `import { ruleDocs } from '@unconflate/analyzer/docs'`. Everything comes
 * from the rule data, the messages findings use, and the examples that `test/examples.test.ts`
 * runs through the analyzer, so the documentation says what the analyzer does.
 */
import { categoryMessages } from './messages/categories.ts';
import { ruleText } from './rule-text.ts';
import { examples, parseExample, type RuleExample } from './rules/examples.ts';
import { rules } from './rules/index.ts';
import type { Rule } from './rules/types.ts';
import { CATEGORIES, type Category, type Locale, type Severity } from './types.ts';

/** A category's name and what it covers, in one language. */
export interface CategoryDoc {
	id: Category;
	name: string;
	summary: string;
}

/** A stretch of an example's text, flagged by the rule or not: render flagged parts with `<mark>`. */
export interface ExamplePart {
	text: string;
	flagged: boolean;
}

/** One example: an English passage and, in the reader's language, why the rule flags it or not. */
export interface ExampleDoc {
	/** The passage as the analyzer reads it (English). */
	text: string;
	/** What the rule reports: 0-based UTF-16 offsets into `text`, end exclusive (none for clear examples). */
	spans: Array<{ start: number; end: number }>;
	/** `text` cut at the spans, in order; joined, the parts give `text` back. */
	parts: ExamplePart[];
	/** Why it is flagged or left alone. */
	why: string;
}

/** Everything a rule page shows, in one language. */
export interface RuleDoc {
	/** Stable rule id, never renamed (the same in every language). */
	id: string;
	category: CategoryDoc;
	severity: Severity;
	/** Version that added the rule. */
	since: string;
	/** Short name of the rule. */
	title: string;
	/** What a finding says. */
	message: string;
	/** Why, with the evidence. */
	explanation: string;
	/** Better wording (the term's alternatives) or advice. */
	suggestions: string[];
	/** When the term's words are fine, for rules based on a respectful-language term. */
	exceptions: string | undefined;
	/** Bibliography ids (packages/knowledge), the rule's then its term's. */
	sources: string[];
	examples: { flagged: ExampleDoc[]; clear: ExampleDoc[] };
}

/** Every rule id, in the order of the rules (by category). */
export const ruleIds: readonly string[] = rules.map((r) => r.id);

/** The ten categories in one language, in the order of LABELING.md. */
export function categoryDocs(locale: Locale): CategoryDoc[] {
	return CATEGORIES.map((id) => ({ id, ...categoryMessages[locale][id] }));
}

/** Every rule's documentation in one language, in the order of the rules. */
export function ruleDocs(locale: Locale): RuleDoc[] {
	return rules.map((rule) => docOf(rule, locale));
}

/** One rule's documentation, or undefined for an unknown id. */
export function ruleDoc(id: string, locale: Locale): RuleDoc | undefined {
	const rule = rules.find((r) => r.id === id);
	return rule && docOf(rule, locale);
}

function docOf(rule: Rule, locale: Locale): RuleDoc {
	const text = ruleText(rule, locale);
	const set = examples[rule.id as keyof typeof examples];
	return {
		id: rule.id,
		category: { id: rule.category, ...categoryMessages[locale][rule.category] },
		severity: rule.severity,
		since: rule.since,
		title: text.title,
		message: text.message,
		explanation: text.explanation,
		suggestions: [...text.suggestions],
		exceptions: text.exceptions,
		sources: [...text.sources],
		examples: {
			flagged: (set?.flagged ?? []).map((e) => exampleDoc(e, locale)),
			clear: (set?.clear ?? []).map((e) => exampleDoc(e, locale))
		}
	};
}

function exampleDoc(example: RuleExample, locale: Locale): ExampleDoc {
	const { text, spans } = parseExample(example.text);
	const parts: ExamplePart[] = [];
	let at = 0;
	for (const { start, end } of spans) {
		if (start > at) parts.push({ text: text.slice(at, start), flagged: false });
		parts.push({ text: text.slice(start, end), flagged: true });
		at = end;
	}
	if (at < text.length) parts.push({ text: text.slice(at), flagged: false });
	return { text, spans, parts, why: example.why[locale] };
}
