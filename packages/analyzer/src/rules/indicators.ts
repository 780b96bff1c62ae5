import type { Rule } from './types.ts';

/**
 * Ordinary features of adult sex work presented as signs of trafficking. Only in a text that talks
 * of trafficking and of signs or indicators: describing where sex workers work is not a finding.
 */
export const indicatorRules = [
	{
		id: 'ordinary-work-as-trafficking-sign',
		category: 'indicators',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'(multiple|several|many|two|more than one|numerous|second|a second) (\\w)? (cell|mobile)? (phone|phones|cellphones)',
			'(pays|paid|paying|pay) (in|with)? cash',
			'(escorts|brings|bringing|brought) (various|several|multiple|different|many) (men|visitors|guests|people)',
			'(visit|visits|visiting|visited) (repeatedly|frequently|often)',
			'(excessive|large|unusual) (amounts|amount|number|numbers|quantities|quantity) of (sex paraphernalia|condoms|lubricant|cash)',
			'(hotel|motel) (room)? (key|keys) (cards)?',
			'(several|multiple|many) (hotel|motel) (key|keys|rooms)',
			'(large amounts of|lots of|large sums of|wads of|carries|carrying|carry) cash',
			'(condoms|lubricant)',
			'(ads|adverts|advertisements|advertising|listings|ad) (for|of) (sexual|escort|adult|massage) services',
			'(online|internet) (ads|adverts|advertisements|advertising|listings)',
			'(men|males|male visitors|visitors|clients|people) (visit|visits|visiting|coming and going|come and go|arriving)',
			'(short|frequent|brief) visits',
			'(high volume|a lot|lots|large number|large numbers) of (visitors|men|male visitors|foot traffic|traffic)',
			'(several|multiple|many) (women|females|girls) (living|live|lives|staying|residing) (at|in) (the same)?',
			'(women|people) of foreign nationalities',
			'(move|moves|moved|moving) from one (brothel|place|location|city) to another',
			'(sell|sells|selling) sex (on the street|in brothels)',
			'(expensive|new|designer) (clothes|clothing|things|items|jewellery|jewelry|gifts)',
			'(sexualised|sexualized|provocative|revealing) (clothing|clothes|dress|outfits)',
			'(works|working|work) (late|long hours|at night)'
		],
		sources: ['swan-journalist-resources', 'swan-myths-toolkit', 'stoptheraids-dos-donts'],
		// A list of "signs" in a text about trafficking or the sex industry.
		document: { all: ['signs'], any: ['trafficking', 'sex-industry', 'sexual'] },
		unless: ['quotation', 'critique', 'negation', 'attribution']
	}
] as const satisfies readonly Rule[];
