import type { Rule } from './types.ts';

/**
 * Trafficking presented as (almost) only sexual. Besides this sentence-level rule, the document
 * signal in `signals.ts` flags a text that discusses trafficking only in sexual terms and names no
 * other industry (rule `trafficking-only-sexual`).
 */
export const sexOnlyRules = [
	{
		id: 'trafficking-as-sexual-by-definition',
		category: 'sex-only',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'(human)? trafficking (is|means|involves) (mostly|mainly|primarily|largely|predominantly|essentially|overwhelmingly)? (about|for)? (sex|sexual exploitation|prostitution|forced prostitution)',
			'(most|the majority of|the vast majority of|nearly all|almost all) (trafficking|trafficked people|trafficking victims|victims of trafficking|victims of human trafficking) (is|are|involve|involves)? (for)? (sex|sexual|sexually|prostitution)',
			'(primarily|mainly|mostly|largely|predominantly|overwhelmingly) (for)? (the)? (purposes|purpose) of (illicit|commercial)? (sexual|sex|prostitution)'
		],
		sources: ['ilo-2022-global-estimates', 'chuang-2014'],
		document: { none: ['labour'] },
		unless: ['quotation', 'attribution', 'critique', 'negation', 'distinction']
	},
	{
		id: 'trafficking-only-sexual',
		category: 'sex-only',
		severity: 'info',
		since: '0.1.0',
		// Anchors the document signal (see signals.ts): the first mention of trafficking.
		patterns: ['(sex|human|child)? traffick*'],
		sources: ['ilo-2022-global-estimates', 'chuang-2014', 'gfems-terminology'],
		unless: []
	}
] as const satisfies readonly Rule[];
