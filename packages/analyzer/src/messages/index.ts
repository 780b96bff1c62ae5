import type { Locale } from '../types.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import type { RuleMessages } from './types.ts';

const MESSAGES: Record<Locale, Record<string, RuleMessages>> = { en, fr };

/** What a rule's findings say in a language (message, explanation, advice); undefined for an unknown rule. */
export function ruleMessages(ruleId: string, locale: Locale = 'en'): RuleMessages | undefined {
	return MESSAGES[locale][ruleId];
}
