/**
 * Case tables, one entry per rule (STYLE.md #5): texts the rule flags, with the exact span it
 * must point at, and texts it must leave alone. Tests check rule ids and offsets, never wording.
 * The texts are written for these tests (not taken from the corpus).
 */
export interface RuleCases {
	flagged: Array<{ text: string; at: string; syntax?: 'text' | 'markdown' | 'html' }>;
	clear: string[];
}

export const cases: Record<string, RuleCases> = {
	'sex-work-is-violence': {
		flagged: [
			{ text: 'Prostitution is a form of violence against women.', at: 'Prostitution is a form of violence' },
			{ text: 'We hold that sex work is inherently exploitative.', at: 'sex work is inherently exploitative' },
			{ text: 'In the end, the sex trade is a brutal form of slavery.', at: 'the sex trade is a brutal form of slavery' },
			{ text: 'As with slavery, prostitution will one day be abolished.', at: 'As with slavery, prostitution' },
			{ text: 'Our fight is against prostitution and slavery in all their forms.', at: 'prostitution and slavery' }
		],
		clear: [
			'Prostitution is not violence; violence against sex workers is.',
			'Critics claim that prostitution is violence.',
			'Forced prostitution is a form of violence.',
			'Sex work is not slavery, and treating it as slavery helps no one.',
			'Prostitution is a legal form of work in New Zealand.'
		]
	},
	'it-is-violence': {
		flagged: [
			{
				text: 'I have thought a lot about prostitution. I believe it is a form of violence against women.',
				at: 'it is a form of violence against women'
			}
		],
		clear: [
			'Sex workers face violence from some clients. It is a form of violence that police must take seriously, said the report.'
		]
	},
	'no-difference-sex-work-trafficking': {
		flagged: [
			{ text: 'There is no real difference between prostitution and sex trafficking.', at: 'no real difference between' }
		],
		clear: ['There is a clear difference between sex work and human trafficking.']
	},
	'so-called-sex-work': {
		flagged: [{ text: 'So-called sex work is never safe.', at: 'So-called sex work' }],
		clear: ['Sex work is work, according to the workers themselves.']
	},
	'scare-quoted-sex-work': {
		flagged: [{ text: 'They call it “sex work” but it is abuse.', at: 'sex work' }],
		clear: ['Sex workers organise for labour rights.']
	},
	'ordinary-work-as-trafficking-sign': {
		flagged: [
			{
				text: 'Signs of human trafficking at hotels:\n- The guest carries multiple cell phones\n- Excessive amounts of condoms in the room',
				at: 'multiple cell phones'
			}
		],
		clear: [
			'Signs of human trafficking include confiscated passports and threats against family members.',
			'Many sex workers carry condoms for their health.'
		]
	},
	'trafficking-joined-with-sex-work': {
		flagged: [
			{ text: 'The city must end sex trafficking and prostitution.', at: 'sex trafficking and prostitution' },
			{
				text: 'Laws against buying sex have reduced sex slavery and trafficking, and prostitution with them.',
				at: 'sex slavery and trafficking'
			}
		],
		clear: [
			'Sex work and trafficking are different things: one is work, the other a crime.',
			'Researchers warn against conflating prostitution and trafficking.'
		]
	},
	'trafficking-legality': {
		flagged: [
			{
				text: 'The legality of human trafficking differs across Europe: in Germany, prostitution is legal.',
				at: 'legality of human trafficking'
			},
			{ text: 'Voting for legal brothels would legalize sex trafficking.', at: 'legalize sex trafficking' }
		],
		clear: [
			'No country has legalized human trafficking; some have decriminalized sex work.',
			'The legality of sex work differs across Europe, while trafficking is a crime everywhere.'
		]
	},
	'sex-industry-called-trafficking': {
		flagged: [{ text: 'The sex trafficking industry is booming in our city.', at: 'sex trafficking industry' }],
		clear: ['The sex industry employs dancers, escorts and webcam performers.']
	},
	'sex-work-as-euphemism': {
		flagged: [
			{
				text: 'Prostitution is just a euphemism for sex trafficking.',
				at: 'Prostitution is just a euphemism for sex trafficking'
			}
		],
		clear: ['Prostitution is the legal term in the Criminal Code.']
	},
	'sex-work-linked-to-trafficking': {
		flagged: [
			{
				text: 'Prostitution is inextricably linked to human trafficking.',
				at: 'Prostitution is inextricably linked to human trafficking'
			}
		],
		clear: ['Prostitution is not inextricably linked to human trafficking, researchers found.']
	},
	'migrant-sex-workers-presumed-trafficked': {
		flagged: [
			{ text: 'Police found foreign women working in the brothel, all of them trafficking victims.', at: 'foreign women' }
		],
		clear: [
			'Foreign women working in the brothel told police they had been threatened and their passports taken.',
			'Migrant sex workers report that raids led to deportation.'
		]
	},
	'smuggling-as-trafficking': {
		flagged: [{ text: 'The border plan targets smuggling and trafficking alike.', at: 'smuggling and trafficking' }],
		clear: ['Trafficking is not the same as smuggling: smuggling is a crime against a border.']
	},
	'prostituted-persons': {
		flagged: [{ text: 'Services for prostituted women are underfunded.', at: 'prostituted women' }],
		clear: ['Services for sex workers are underfunded.']
	},
	'victims-of-prostitution': {
		flagged: [{ text: 'The fund supports victims of prostitution.', at: 'victims of prostitution' }],
		clear: ['The fund supports victims of forced prostitution and other crimes.']
	},
	'no-one-chooses': {
		flagged: [
			{ text: 'No woman chooses prostitution.', at: 'No woman chooses prostitution' },
			{ text: 'Even if a woman consents to prostitution, she is still its victim.', at: 'Even if a woman consents' },
			{ text: 'Regardless of consent, everyone in prostitution is exploited.', at: 'Regardless of consent' }
		],
		clear: [
			'No woman chooses to be assaulted at work, and sex workers are no exception.',
			'Abolitionists say no woman chooses prostitution, a claim sex workers dispute.',
			'Even if a client agrees to the price, the sex worker can still refuse a booking.'
		]
	},
	'all-sex-workers-victims': {
		flagged: [{ text: 'All prostitutes are victims.', at: 'All prostitutes are victims' }],
		clear: ['Not all sex workers are victims of trafficking.']
	},
	'choice-called-a-myth': {
		flagged: [{ text: 'The idea that prostitution is a free choice is a myth.', at: 'prostitution is a free choice' }],
		clear: ['For many, sex work is a choice made among limited options.']
	},
	'sex-workers-presumed-exploited': {
		flagged: [{ text: 'Women in the sex trade are usually exploited and damaged.', at: 'are usually exploited' }],
		clear: ['Workers on the farm were usually exploited by the recruiter, who took their passports.']
	},
	'rescue-from-sex-work': {
		flagged: [{ text: 'Volunteers rescue women from prostitution every week.', at: 'rescue women from prostitution' }],
		clear: ['Outreach workers support women who choose to leave sex work.']
	},
	'unsourced-trafficking-figure': {
		flagged: [{ text: 'There are 27 million sex trafficking victims today.', at: '27 million' }],
		clear: [
			'According to the ILO, 27.6 million people were in forced labour in 2021.',
			'Police laid charges under section 279.01 of the Criminal Code.',
			'Two sex workers were assaulted last week.'
		]
	},
	'epidemic-framing': {
		flagged: [{ text: 'Sex trafficking is the fastest growing criminal industry.', at: 'fastest growing criminal industry' }],
		clear: ['Critics call the “epidemic” of trafficking a moral panic.']
	},
	'sporting-event-trafficking-myth': {
		flagged: [{ text: 'Thousands of women are trafficked to the Super Bowl every year.', at: 'Super Bowl' }],
		clear: ['Studies found no increase in trafficking during the Super Bowl; the claim is a myth.']
	},
	'raid-framed-as-rescue': {
		flagged: [{ text: 'Police raided three massage parlours and rescued 12 women.', at: 'rescued' }],
		clear: [
			'Police raided three massage parlours; sex workers said the raid left them without income.',
			'Firefighters rescued 12 people from the building.'
		]
	},
	'sting-as-anti-trafficking': {
		flagged: [{ text: 'The sting targeted men buying sex to fight human trafficking.', at: 'sting' }],
		clear: [
			'The sting found no trafficking, critics said.',
			'The operation freed farm workers held by a labour trafficker who took their passports.'
		]
	},
	'sting-called-trafficking': {
		flagged: [{ text: 'A sex trafficking sting led to the arrest of 40 men seeking prostitutes.', at: 'sex trafficking sting' }],
		clear: ['Anti-trafficking raids harm migrant sex workers.']
	},
	'trafficking-as-sexual-by-definition': {
		flagged: [{ text: 'Human trafficking is mostly about sex.', at: 'Human trafficking is mostly about sex' }],
		clear: [
			'Human trafficking is mostly about sex, some assume; in fact most forced labour is in farming, factories and domestic work.'
		]
	},
	'trafficking-only-sexual': {
		flagged: [
			{
				text: 'We fight sex trafficking in our city. Sex trafficking victims are sold in brothels and on the street every night.',
				at: 'sex trafficking'
			}
		],
		clear: [
			'We fight human trafficking in every industry, from farms and fishing boats to brothels. Forced labour is the largest part of it.'
		]
	},
	'prostitute-for-adults': {
		flagged: [{ text: 'A prostitute was robbed downtown.', at: 'prostitute' }],
		clear: ['A sex worker was robbed downtown.', '“I am a prostitute,” she said, “and proud of it.”']
	},
	'slur-for-sex-workers': {
		flagged: [{ text: 'The article called them hookers.', at: 'hookers' }],
		clear: ['The article called them sex workers.']
	},
	'client-slang': {
		flagged: [{ text: 'Police arrested several johns.', at: 'johns' }],
		clear: ['John Smith, a client, was interviewed.']
	},
	'pimp-for-third-parties': {
		flagged: [{ text: 'Her pimp drove her to appointments.', at: 'pimp' }],
		clear: ['Her driver took her to appointments.']
	},
	'commercial-sex-worker': {
		flagged: [{ text: 'Commercial sex workers were surveyed.', at: 'Commercial sex workers' }],
		clear: ['Sex workers were surveyed.']
	},
	'sex-slave-label': {
		flagged: [{ text: 'The paper described the workers as sex slaves.', at: 'sex slaves' }],
		clear: ['The paper described the workers as people who had been trafficked.']
	},
	'modern-slavery-for-trafficking': {
		flagged: [{ text: 'Modern slavery is on the rise.', at: 'Modern slavery' }],
		clear: ['Human trafficking is a crime defined in the Criminal Code.']
	},
	'exploitation-hub': {
		flagged: [{ text: 'The mayor called the spa an exploitation hub.', at: 'exploitation hub' }],
		clear: ['The mayor called the spa a workplace.']
	},
	'child-prostitute': {
		flagged: [{ text: 'The girl was described as a child prostitute.', at: 'child prostitute' }],
		clear: ['The girl was a victim of child sexual exploitation.']
	},
	'prostitute-for-minors': {
		flagged: [{ text: 'The 15-year-old was called a prostitute by the officer.', at: 'prostitute' }],
		clear: ['The 15-year-old was sexually exploited.']
	},
	'child-prostitution': {
		flagged: [{ text: 'The ring profited from child prostitution.', at: 'child prostitution' }],
		clear: ['She spoke to the Special Rapporteur on the sale of children, child prostitution and child pornography.']
	},
	'child-pornography': {
		flagged: [{ text: 'He was charged over child pornography found on his laptop.', at: 'child pornography' }],
		clear: ['He was charged over child sexual abuse material found on his laptop.']
	},
	'demand-drives-trafficking': {
		flagged: [{ text: 'Demand for paid sex fuels sex trafficking.', at: 'Demand for paid sex' }],
		clear: ['There is no evidence that demand for paid sex drives trafficking.']
	},
	'buyers-called-perpetrators': {
		flagged: [
			{ text: 'The campaign names sex buyers as the perpetrators of prostitution.', at: 'sex buyers as the perpetrators' }
		],
		clear: ['Sex buyers are clients, and most are not perpetrators of any crime.']
	},
	'decriminalisation-increases-trafficking': {
		flagged: [{ text: 'Legalized prostitution leads to more human trafficking.', at: 'Legalized prostitution' }],
		clear: ['Decriminalization of sex work did not increase trafficking, the review found no evidence of it.']
	}
};
