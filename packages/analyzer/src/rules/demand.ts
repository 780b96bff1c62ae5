import type { Rule } from './types.ts';

/** Claiming that demand for paid sex between adults drives trafficking, as a reason to criminalise sex work or clients. */
export const demandRules = [
	{
		id: 'demand-drives-trafficking',
		category: 'demand',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'demand (for|of) (paid|commercial|purchased)? (sex|sexual services|prostitution|sex work|prostituted women|women)',
			'(end|ending|reduce|reducing|tackle|tackling|combat|combating|curb|curbing|address|addressing|target|targeting|targetting|shrink|shrinking) (the)? demand',
			'(end demand|demand reduction|demand side)',
			'sex (buyers|purchasers|buyer|purchaser)',
			'(buying|purchasing|purchase|purchases) (of)? (sex|sexual services|sexual acts)',
			'(paying|pay|pays|paid) for sex',
			'(meet|meets|meeting|satisfy|satisfies|supply|fuel|fuels|fuelling|fueling|feed|feeds|feeding|create|creates|drive|drives|capitalize on|capitalise on) (the|that|this)? demand',
			'(nordic|swedish|equality|abolitionist) (model|approach|law)',
			'(criminalise|criminalize|criminalising|criminalizing|criminalised|criminalized|penalise|penalize|penalising|penalizing|ban|bans|banning|outlaw|outlawing) (the)? (purchase|purchasing|buying|buyers|clients|johns|demand)'
		],
		sources: ['argento-2020', 'crago-2021', 'amnesty-2016-policy', 'platt-2018'],
		nearby: { any: ['trafficking'] },
		unless: ['quotation', 'attribution', 'critique', 'negation', 'distinction', 'question']
	},
	{
		id: 'buyers-called-perpetrators',
		category: 'demand',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'(sex buyers|buyers of sex|buyers|johns|clients|purchasers|men who buy sex|men who pay for sex) (\\w)? (as|are|were|is)? (the)? (perpetrators|exploiters|abusers|traffickers|predators|rapists)'
		],
		sources: ['amnesty-2016-policy', 'platt-2018'],
		nearby: { any: ['sex-industry'] },
		unless: ['quotation', 'critique', 'negation', 'distinction', 'minors']
	},
	{
		id: 'decriminalisation-increases-trafficking',
		category: 'demand',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'(legalized|legalised|decriminalized|decriminalised|legal|regulated) (prostitution|sex work|sex industry|sex industries|brothels)',
			'(legalization|legalisation|decriminalization|decriminalisation|legalizing|legalising|decriminalizing|decriminalising) (of)? (prostitution|sex work)?',
			'(legalized|legalised|decriminalized|decriminalised) (or|and) (legalized|legalised|decriminalized|decriminalised) (prostitution|sex work)'
		],
		sources: ['amnesty-2016-policy', 'platt-2018', 'nswp-2011-briefing-3'],
		sentence: { all: ['trafficking', 'increase'] },
		unless: ['quotation', 'attribution', 'critique', 'negation', 'distinction', 'question']
	}
] as const satisfies readonly Rule[];
