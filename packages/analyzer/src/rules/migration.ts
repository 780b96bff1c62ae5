import { CUES } from '../cues.ts';
import type { Rule } from './types.ts';

/** Presuming migrant sex workers are trafficked, or confusing smuggling and irregular migration with trafficking. */
export const migrationRules = [
	{
		id: 'migrant-sex-workers-presumed-trafficked',
		category: 'migration',
		severity: 'warning',
		since: '0.1.0',
		patterns: [...CUES.foreign],
		sources: ['lam-2018-behind-the-rescue', 'swan-myths-toolkit', 'millar-odoherty-2015'],
		// The sex industry may be named in the sentence before or after ("… after the raid on a brothel").
		sentence: { any: ['trafficking', 'rescue', 'enforcement'], none: ['coercion'] },
		nearby: { any: ['sex-industry'], none: ['critique'] },
		unless: ['quotation', 'attribution', 'critique', 'negation', 'distinction']
	},
	{
		id: 'smuggling-as-trafficking',
		category: 'migration',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'(smuggling|smuggled|smugglers) (and|or|/|&) (trafficking|trafficked|traffickers)',
			'(trafficking|trafficked|traffickers) (and|or|/|&) (smuggling|smuggled|smugglers)',
			'(illegal|irregular|undocumented) (immigration|migration|migrants|immigrants) (and|or|/|&) (human|sex)? trafficking',
			'(migrant|migrants) trafficking',
			'trafficking (of|in) migrants'
		],
		term: 'migrant-trafficking',
		sources: ['unodc-smuggling-vs-trafficking', 'un-palermo-protocol'],
		unless: ['quotation', 'distinction', 'legal-name', 'critique']
	}
] as const satisfies readonly Rule[];
