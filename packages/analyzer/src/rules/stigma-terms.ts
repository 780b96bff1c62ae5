import type { Rule } from './types.ts';

/** Words that stigmatise sex workers or clients. On their own they do not make a text conflate. */
export const stigmaTermRules = [
	{
		id: 'prostitute-for-adults',
		category: 'stigma-terms',
		severity: 'warning',
		since: '0.1.0',
		patterns: ['(prostitute|prostitutes)'],
		term: 'prostitute',
		sources: [],
		unless: ['quotation', 'legal-name', 'self-identification', 'minors']
	},
	{
		id: 'slur-for-sex-workers',
		category: 'stigma-terms',
		severity: 'warning',
		since: '0.1.0',
		patterns: ['(hooker|hookers|whore|whores|streetwalker|streetwalkers|harlot|harlots)'],
		term: 'hooker',
		sources: [],
		unless: ['quotation', 'self-identification']
	},
	{
		id: 'client-slang',
		category: 'stigma-terms',
		severity: 'info',
		since: '0.1.0',
		patterns: ['(john|johns|punter|punters)'],
		term: 'john',
		sources: [],
		lowerCaseOnly: true,
		unless: ['quotation']
	},
	{
		id: 'pimp-for-third-parties',
		category: 'stigma-terms',
		severity: 'warning',
		since: '0.1.0',
		patterns: ['(pimp|pimps|pimping)'],
		term: 'pimp',
		sources: [],
		unless: ['quotation', 'legal-name']
	},
	{
		id: 'commercial-sex-worker',
		category: 'stigma-terms',
		severity: 'info',
		since: '0.1.0',
		patterns: ['commercial sex (worker|workers|work)'],
		term: 'commercial-sex-worker',
		sources: [],
		unless: ['quotation']
	},
	{
		id: 'sex-slave-label',
		category: 'stigma-terms',
		severity: 'warning',
		since: '0.1.0',
		patterns: ['sex (slave|slaves|slavery)', 'sexual slavery'],
		term: 'sex-slave',
		sources: [],
		unless: ['quotation', 'legal-name']
	},
	{
		id: 'modern-slavery-for-trafficking',
		category: 'stigma-terms',
		severity: 'info',
		since: '0.1.0',
		patterns: ['modern (day)? slavery'],
		term: 'modern-slavery',
		sources: [],
		unless: ['quotation', 'legal-name']
	},
	{
		id: 'exploitation-hub',
		category: 'stigma-terms',
		severity: 'warning',
		since: '0.1.0',
		patterns: ['exploitation (hub|hubs)'],
		term: 'exploitation-hub',
		sources: [],
		unless: ['quotation']
	},
	{
		id: 'child-prostitute',
		category: 'stigma-terms',
		severity: 'error',
		since: '0.1.0',
		patterns: [
			'(child|children|teen|teenage|underage|juvenile|minor|adolescent|young|youth) (prostitute|prostitutes)',
			'(child|children|teen|teenage|underage|juvenile) sex (worker|workers)'
		],
		term: 'child-prostitute',
		sources: ['ap-2016-child-prostitute', 'luxembourg-guidelines'],
		unless: ['legal-name']
	},
	{
		id: 'prostitute-for-minors',
		category: 'stigma-terms',
		severity: 'error',
		since: '0.1.0',
		patterns: ['(prostitute|prostitutes)', 'prostituted (child|children|girl|girls|boy|boys|minor|minors|youth|teen|teens)'],
		term: 'child-prostitute',
		sources: ['ap-2016-child-prostitute', 'luxembourg-guidelines'],
		requires: ['minors'],
		unless: ['quotation', 'legal-name']
	},
	{
		id: 'child-prostitution',
		category: 'stigma-terms',
		severity: 'error',
		since: '0.1.0',
		patterns: [
			'(child|children|juvenile|teen|teenage|underage|youth) prostitution',
			'prostitution of (children|minors|a child|a minor|girls under)'
		],
		term: 'child-prostitution',
		sources: ['luxembourg-guidelines', 'ecpat-terminology'],
		unless: ['legal-name', 'quotation']
	},
	{
		id: 'child-pornography',
		category: 'stigma-terms',
		severity: 'error',
		since: '0.1.0',
		patterns: ['child (pornography|porn)', 'kiddie porn', 'juvenile pornography'],
		term: 'child-pornography',
		sources: ['luxembourg-guidelines', 'ecpat-terminology'],
		unless: ['legal-name', 'quotation']
	}
] as const satisfies readonly Rule[];
