import type { Rule } from './types.ts';

const SEX_WORK = '(prostitution|sex work|the sex trade|sex trade|commercial sex|the sex industry|sex industry|paid sex)';
const JOIN = '(and|or|/|&|and/or|along with|as well as)';

/** Joining sex work and trafficking into one problem, or using the words interchangeably. */
export const lumpsRules = [
	{
		id: 'trafficking-joined-with-sex-work',
		category: 'lumps',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			`(sex|human|sexual)? (trafficking) ${JOIN} ${SEX_WORK}`,
			`${SEX_WORK} ${JOIN} (sex|human)? trafficking`,
			`(sex|sexual) slavery ${JOIN} (sex|human)? trafficking`,
			`(sex|human)? trafficking ${JOIN} (sex|sexual) slavery`
		],
		sources: ['nswp-2011-briefing-3', 'swan-position-statements', 'gaatw-2007-collateral-damage'],
		unless: ['quotation', 'attribution', 'critique', 'distinction', 'negation', 'legal-name']
	},
	{
		// Trafficking is a crime everywhere: weighing its "legality" or "legalisation" only makes
		// sense when it stands for prostitution.
		id: 'trafficking-legality',
		category: 'lumps',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'(legality|legal status|legalisation|legalization|decriminalisation|decriminalization|regulation) of (sex|human)? trafficking',
			'(legalise|legalize|legalising|legalizing|legalised|legalized|decriminalise|decriminalize|decriminalising|decriminalizing|decriminalised|decriminalized) (sex|human)? trafficking'
		],
		sources: ['nswp-2011-briefing-3', 'un-palermo-protocol'],
		nearby: { any: ['sex-industry'] },
		unless: ['quotation', 'attribution', 'critique', 'negation', 'question']
	},
	{
		id: 'sex-industry-called-trafficking',
		category: 'lumps',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'sex trafficking (industry|trade|business|market|economy)',
			'the trafficking (industry|trade) (of|in) (women|sex)'
		],
		sources: ['nswp-2011-briefing-3', 'tara-burns-media-guide'],
		unless: ['quotation', 'attribution', 'critique']
	},
	{
		id: 'sex-work-as-euphemism',
		category: 'lumps',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			`${SEX_WORK} (is|can be|may be|is often|is just|is merely|is really|is simply)? (a|an|just a|another)? (euphemism|cover|front|code word|code|synonym|word|name|label|mask) for (sex|human)? trafficking`,
			'(call|calls|called|label|labels|labelled|labeled) it (prostitution|sex work)',
			'(known|referred to|described|mislabelled|mislabeled|disguised|passed off) as (prostitution|sex work)',
			'(for|with) the (purpose|purposes|aim) of (labor|labour|work)? (and|or)? (prostitution|sex work)'
		],
		sources: ['nswp-2011-briefing-3', 'tara-burns-media-guide'],
		nearby: { any: ['trafficking'] },
		unless: ['quotation', 'attribution', 'critique', 'negation', 'distinction']
	},
	{
		id: 'sex-work-linked-to-trafficking',
		category: 'lumps',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			`${SEX_WORK} (is|are)? (inextricably|intrinsically|inherently|closely|directly|deeply|intimately|strongly)? (linked|tied|connected|related|bound up|intertwined) (to|with) (sex|human)? trafficking`,
			`(sex|human)? trafficking (is|are)? (inextricably|intrinsically|inherently|closely|directly|deeply|intimately|strongly)? (linked|tied|connected|related|intertwined) (to|with) ${SEX_WORK}`,
			`${SEX_WORK} (and|&) (sex|human)? trafficking (go hand in hand|are linked|are connected|are intertwined|overlap)`
		],
		sources: ['nswp-2011-briefing-3', 'millar-odoherty-2015'],
		unless: ['quotation', 'attribution', 'critique', 'negation', 'distinction', 'question']
	}
] as const satisfies readonly Rule[];
