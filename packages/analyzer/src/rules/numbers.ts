import type { Rule } from './types.ts';

/** Figures about trafficking with no source nearby, epidemic framing, and well-known myths. */
export const numbersRules = [
	{
		id: 'unsourced-trafficking-figure',
		category: 'numbers',
		severity: 'warning',
		since: '0.1.0',
		// Figures that size a phenomenon (thousands, millions, shares), not counts of one event or ages.
		patterns: [
			'\\L',
			'\\d (million|millions|billion|billions|thousand|thousands)',
			'\\d (percent|per cent)',
			'\\%',
			'(millions|thousands|hundreds of thousands|tens of thousands) of',
			'(one|two|three|four|five|nine) (in|out of) (\\d|two|three|four|five|ten)'
		],
		sources: ['swan-journalist-resources', 'stoptheraids-dos-donts', 'statcan-tip-2023'],
		sentence: { any: ['trafficking', 'sex-industry'] },
		nearby: { none: ['source', 'critique'] },
		unless: ['quotation', 'critique', 'legal-name', 'legal-context']
	},
	{
		id: 'epidemic-framing',
		category: 'numbers',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'(fastest|fast) growing (criminal|crime|illegal|illicit)? (industry|industries|enterprise|enterprises|business|businesses|crime|crimes|activity|activities|trade|market)',
			'(second|third) (largest|biggest|most profitable|most lucrative) (criminal|illegal|illicit)? (industry|enterprise|business|crime|activity|trade|market)',
			'(epidemic|epidemics|pandemic)',
			'staggering (number|numbers|figure|figures|\\d)',
			'(skyrocketing|skyrocketed|exploding|exploded|exploded)'
		],
		sources: ['gaatw-cost-of-a-rumour', 'swan-myths-toolkit', 'chuang-2014'],
		sentence: { any: ['trafficking', 'sex-industry'] },
		unless: ['quotation', 'critique', 'attribution', 'negation']
	},
	{
		id: 'sporting-event-trafficking-myth',
		category: 'numbers',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'super bowl',
			'world cup',
			'(olympics|olympic games|grand prix|big game)',
			'(major|big|large) (sporting|sports) events?'
		],
		sources: ['gaatw-cost-of-a-rumour', 'woodhull-fact-checked'],
		sentence: { any: ['trafficking'] },
		nearby: { none: ['critique'] },
		unless: ['quotation', 'critique', 'attribution', 'negation', 'distinction']
	}
] as const satisfies readonly Rule[];
