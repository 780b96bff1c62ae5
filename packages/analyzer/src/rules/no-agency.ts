import type { Rule } from './types.ts';

/** Denying adult sex workers' agency or their own names for their lives. */
export const noAgencyRules = [
	{
		id: 'prostituted-persons',
		category: 'no-agency',
		severity: 'info',
		since: '0.1.0',
		patterns: ['prostituted (women|woman|persons|person|people|individuals)', 'women in prostitution', 'people in prostitution'],
		term: 'prostituted-women',
		sources: ['nordic-model-now-terminology'],
		unless: ['quotation', 'minors']
	},
	{
		id: 'victims-of-prostitution',
		category: 'no-agency',
		severity: 'info',
		since: '0.1.0',
		patterns: [
			'(victims|victim|survivors|survivor) of (prostitution|the sex trade|the sex industry)',
			'sex trade (victims|survivors)',
			'prostitution (survivors|survivor|victims)'
		],
		term: 'victims-of-prostitution',
		sources: [],
		unless: ['quotation', 'minors', 'coerced-qualifier']
	},
	{
		id: 'no-one-chooses',
		category: 'no-agency',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'(no|few) (woman|women|one|girl|girls|person|people|sex worker|sex workers) (really|truly|freely|actually)? (choose|chooses|chose|want|wants|would choose|would want|grows up wanting|dreams of) (prostitution|sex work|this life|this work|this|it|to sell sex|to sell her body|to sell their bodies|to be a prostitute|to be prostituted|to enter prostitution|to do this|the sex trade|to become a prostitute)',
			'nobody (really|truly|freely|actually)? (chooses|wants|would choose|would want) (prostitution|sex work|this life|this|it|to sell sex|to be a prostitute)',
			'(prostitution|sex work|selling sex|it) (is|was) (not|never|rarely|hardly) (really)? (a|an)? (real|true|free|genuine|informed|meaningful)? choice',
			'(myth|lie|illusion|fiction) (that|of) (prostitution|sex work|selling sex) (is a|as a)? (choice|free choice|job|work)',
			'(myth|lie|illusion|fiction) of (the)? (happy|willing) (hooker|prostitute|sex worker)',
			'(choice|consent) (is|was) (an)? (illusion|myth)',
			"(cannot|can't|could not|couldn't) (really|truly|meaningfully)? consent",
			'(not|never|rarely|seldom|no) (really)? (willing|consenting|voluntary|free) (participants|adults|women|workers|choice)',
			'(not|never|rarely|seldom) (\\w)? (\\w)? (by|out of|of their own) (choice|free will|volition)',
			// Consent granted only to be dismissed: "even if she consents…", "regardless of the label…".
			'(even if|even when|even though|whether or not) (\\w)? (\\w)? (consent|consents|consented)',
			'(regardless|irrespective) of (\\w)? (\\w)? (label|labels|consent|choice|choices|whether)'
		],
		sources: ['amnesty-2016-policy', 'swan-position-statements'],
		sentence: { any: ['sex-industry'] },
		unless: ['quotation', 'attribution', 'critique', 'minors', 'coerced-qualifier']
	},
	{
		id: 'all-sex-workers-victims',
		category: 'no-agency',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'(all|most|every|virtually all|nearly all|almost all|the vast majority of|the majority of) (prostitutes|sex workers|women in prostitution|prostituted women|women who sell sex|people who sell sex) (are|were|is|have been) (victims|trafficked|exploited|coerced|forced|enslaved|abused)',
			'(every|each) (prostitute|sex worker) (is|was) (a)? (victim|trafficked|exploited|coerced|forced)'
		],
		sources: ['nswp-2011-briefing-3', 'amnesty-2016-policy'],
		unless: ['quotation', 'attribution', 'critique', 'negation', 'distinction', 'question', 'minors']
	},
	{
		id: 'choice-called-a-myth',
		category: 'no-agency',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'(prostitution|sex work|selling sex) (is|was) (a|an)? (free|personal|real|genuine|rational|informed)? (choice|job|career|profession)'
		],
		sources: ['amnesty-2016-policy', 'swan-position-statements'],
		sentence: { any: ['falsehood'] },
		unless: ['quotation', 'attribution', 'minors']
	},
	{
		id: 'sex-workers-presumed-exploited',
		category: 'no-agency',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'(are|were|is|was) (usually|mostly|almost always|invariably|always|nearly always|typically|generally|all|inevitably|necessarily) (exploited|victims|trafficked|coerced|controlled|abused|damaged|vulnerable)'
		],
		sources: ['nswp-2011-briefing-3', 'amnesty-2016-policy'],
		document: { any: ['sex-industry'] },
		sentence: { none: ['coercion', 'labour'] },
		unless: ['quotation', 'attribution', 'critique', 'negation', 'distinction', 'minors']
	},
	{
		id: 'rescue-from-sex-work',
		category: 'no-agency',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'(rescue|rescued|rescues|rescuing|save|saved|saving|free|freed|freeing) (\\w)? (women|girls|them|sex workers|prostitutes|her|people) from (prostitution|the sex trade|the sex industry|sex work|the streets|brothels|the life)'
		],
		term: 'rescue',
		sources: ['swan-journalist-resources', 'lam-2018-behind-the-rescue'],
		unless: ['quotation', 'attribution', 'critique', 'minors', 'coerced-qualifier', 'self-identification']
	}
] as const satisfies readonly Rule[];
