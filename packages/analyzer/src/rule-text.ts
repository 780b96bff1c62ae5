import { terms } from '@unconflate/knowledge';
import { en } from './messages/en.ts';
import { fr } from './messages/fr.ts';
import type { RuleMessages } from './messages/types.ts';
import type { Rule } from './rules/types.ts';
import type { Locale } from './types.ts';

const MESSAGES: Record<Locale, Record<string, RuleMessages>> = { en, fr };
const termsById = new Map(terms.map((t) => [t.id, t]));

/**
 * What every finding of a rule says, in one language. Findings and the rule pages
 * (`@unconflate/analyzer/docs`) both read it here, so the two never disagree.
 */
export interface RuleText {
	title: string;
	message: string;
	explanation: string;
	/** The term's alternatives when the rule has a term, otherwise the rule's advice. */
	suggestions: readonly string[];
	/** The rule's sources, then its term's. */
	sources: readonly string[];
	/** When the term's words are fine (quotation, statute, self-identification), if the term says. */
	exceptions: string | undefined;
}

const ruleTexts = new Map<string, RuleText>();

/** A rule's text in a language: built once per rule and locale, then shared (do not edit it). */
export function ruleText(rule: Rule, locale: Locale): RuleText {
	const key = `${locale}:${rule.id}`;
	let cached = ruleTexts.get(key);
	if (!cached) {
		const text = MESSAGES[locale][rule.id] ?? MESSAGES.en[rule.id];
		const term = rule.term ? termsById.get(rule.term) : undefined;
		cached = {
			title: text?.title ?? rule.id,
			message: text?.message ?? rule.id,
			explanation: text?.explanation ?? '',
			suggestions: term ? term.alternatives[locale] : (text?.advice ?? []),
			sources: [...new Set([...rule.sources, ...(term?.sources ?? [])])],
			exceptions: term?.exceptions?.[locale]
		};
		ruleTexts.set(key, cached);
	}
	return cached;
}
