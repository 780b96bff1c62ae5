import type { Rule } from './types.ts';

const SEX_WORK =
	'(prostitution|sex work|selling sex|the sale of sex|commercial sex|the sex trade|the sex industry|sex trade|sex industry)';

/** Saying or implying that sex work IS trafficking, slavery, violence or exploitation by nature. */
export const equatesRules = [
	{
		id: 'sex-work-is-violence',
		category: 'equates',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			`${SEX_WORK} (is|are|was|remains|constitutes|equals|means|amounts to) (itself)? (inherently|intrinsically|always|fundamentally|essentially|by definition|by its nature|by nature)? (a|an)? (form|type|kind|system)? (of)? (violence|violent|slavery|exploitation|exploitative|abuse|abusive|rape|paid rape|trafficking|sexual exploitation|sexual violence|oppression|torture|degradation|degrading|harmful)`,
			`${SEX_WORK} (is|are) (inherently|intrinsically|by definition) (\\w)`,
			// "Prostitution is a lucrative form of oppression": one qualifier before "form of".
			`${SEX_WORK} (is|are|was|remains) (a|an) (\\w) (form|type|kind|system) of (violence|slavery|exploitation|abuse|rape|trafficking|sexual exploitation|sexual violence|oppression|torture)`,
			// "Like slavery, prostitution …", "institutions such as prostitution and slavery".
			`(like|as with|just like|much like) (slavery|rape|trafficking) ${SEX_WORK}`,
			`${SEX_WORK} (and|or) slavery`,
			`slavery (and|or) ${SEX_WORK}`,
			`(treat|treating|treats|treatment of|view|viewing|views|recognise|recognize|recognising|recognizing|define|defining|defines|see|seeing|sees) ${SEX_WORK} as (a|an)? (form|type|kind)? (of)? (violence|exploitation|sexual exploitation|slavery|abuse|trafficking|violence against women)`
		],
		sources: ['amnesty-2016-policy', 'nswp-2011-briefing-3', 'swan-position-statements'],
		unless: ['quotation', 'attribution', 'critique', 'negation', 'question', 'distinction', 'coerced-qualifier', 'minors']
	},
	{
		id: 'it-is-violence',
		category: 'equates',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'(it|this) (is|was) (itself)? (a|an)? (form|type|kind) of (violence|exploitation|sexual exploitation|slavery|abuse|violence against women)',
			'(institutionalised|institutionalized|organised|organized|commercialised|commercialized) (exploitation|violence|abuse|rape)',
			'(this|the|a)? (violent|exploitative|exploitive|abusive|predatory|degrading) (and violent|and exploitative|and exploitive|and abusive|and predatory|and degrading)? (industry|trade|business)',
			'(exploited|harmed|victimized|victimised|damaged|abused) by (prostitution|the sex trade|sex work|the sex industry)',
			'(buying and selling|buying|selling|sale|purchase|purchasing) of (human beings|humans|people|women and girls|women|bodies|persons|human bodies)'
		],
		sources: ['amnesty-2016-policy', 'nswp-2011-briefing-3'],
		nearby: { any: ['sex-industry'] },
		unless: ['quotation', 'attribution', 'critique', 'negation', 'question', 'distinction', 'coerced-qualifier', 'minors']
	},
	{
		id: 'no-difference-sex-work-trafficking',
		category: 'equates',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			"(no|little|hardly any|not much|no real|no meaningful|isn't much|is not much) (real)? difference between",
			'(two sides of the same coin|one and the same|the same thing|indistinguishable|inseparable)',
			"(cannot|can't|can not|impossible to) (be)? (separate|separated|distinguish|distinguished)",
			'(largely|substantially|heavily) overlap'
		],
		sources: ['nswp-2011-briefing-3', 'chuang-2014', 'millar-odoherty-2015'],
		// "The two largely overlap" often follows the sentence that names them.
		nearby: { all: ['sex-industry', 'trafficking'] },
		unless: ['quotation', 'attribution', 'critique', 'question']
	},
	{
		id: 'so-called-sex-work',
		category: 'equates',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'so called (\\w)? (sex work|sex workers|sex worker)',
			'what (is|are) (called|termed|euphemistically called) (sex work|sex workers)'
		],
		sources: ['nswp-terminology', 'amnesty-2016-policy'],
		unless: ['critique']
	},
	{
		id: 'scare-quoted-sex-work',
		category: 'equates',
		severity: 'warning',
		since: '0.1.0',
		patterns: ['sex (work|workers|worker)'],
		quotedOnly: true,
		sources: ['nswp-terminology'],
		unless: ['attribution', 'distinction']
	}
] as const satisfies readonly Rule[];
