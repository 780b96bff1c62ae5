import type { Syntax } from '@unconflate/analyzer';

/** A passage to try the checker on: written for this page in our own words, in English (the language checked). */
export interface Example {
	id: 'news' | 'policy' | 'careful' | 'critique';
	syntax: Syntax;
	text: string;
}

export const EXAMPLES: readonly Example[] = [
	{
		id: 'news',
		syntax: 'text',
		text:
			'Police raided three massage parlours downtown on Friday and rescued 14 women from the sex trade. ' +
			'Officers said human trafficking and prostitution go hand in hand, and that no woman chooses to sell sex. ' +
			'Up to 10,000 girls are trafficked into the city every year, and demand from johns fuels the trade.'
	},
	{
		id: 'policy',
		syntax: 'text',
		text:
			'The city will fund a new task force against prostitution and human trafficking. ' +
			'Hotel staff will be trained to report the signs of trafficking, such as guests who advertise online, ' +
			'pay in cash or carry condoms.'
	},
	{
		id: 'careful',
		syntax: 'text',
		text:
			'Human trafficking means recruiting, moving or holding a person by force, fraud or coercion in order to exploit them, ' +
			'and most of it happens in farming, construction, fishing and domestic work. ' +
			'Adult sex work is the consensual exchange of sexual services for money. ' +
			"Sex workers' organisations say that treating the two as the same makes it harder to find people who are actually trafficked."
	},
	{
		id: 'critique',
		syntax: 'text',
		text:
			'Some campaigners claim that "prostitution is modern slavery" and that every sex worker is a victim. ' +
			'Researchers who interviewed sex workers heard something else: most chose the work, and what harmed them most was policing. ' +
			'Critics say these campaigns blur the line between sex work and trafficking.'
	}
];

export function exampleById(id: string): Example | undefined {
	return EXAMPLES.find((example) => example.id === id);
}
