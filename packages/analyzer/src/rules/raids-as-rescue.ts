import { CUES } from '../cues.ts';
import type { Rule } from './types.ts';

/** Presenting raids, stings and arrests in the sex industry as rescuing victims or fighting trafficking. */
export const raidsRules = [
	{
		id: 'raid-framed-as-rescue',
		category: 'raids-as-rescue',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			...CUES.rescue,
			'(recovered|recover|recovering) (\\w)? (victims|women|girls|prostitutes|sex workers|juveniles)',
			'(were|was|been) recovered'
		],
		term: 'rescue',
		sources: ['ditmore-2009-raids', 'gaatw-2007-collateral-damage', 'lam-2018-behind-the-rescue'],
		sentence: { all: ['enforcement', 'sex-industry'], none: ['coercion'] },
		unless: ['quotation', 'critique', 'negation', 'minors']
	},
	{
		id: 'sting-as-anti-trafficking',
		category: 'raids-as-rescue',
		severity: 'warning',
		since: '0.1.0',
		patterns: [
			'(sting|stings|raid|raids|sweep|sweeps|operation|operations|crackdown|crackdowns|bust|busts)',
			'posing as (a|an)? (prostitute|prostitutes|sex worker|sex workers|escort|escorts|buyer|buyers|john|johns|client|clients|teen|teens|minor|minors)',
			'(undercover|decoy) (officer|officers|agent|agents|operation|ads|ad)'
		],
		sources: ['ditmore-2009-raids', 'tara-burns-media-guide', 'stoptheraids-dos-donts'],
		sentence: { all: ['trafficking'], none: ['coercion', 'minors', 'labour'] },
		nearby: { any: ['sex-industry'] },
		unless: ['quotation', 'critique', 'attribution', 'negation', 'distinction', 'after-anti']
	},
	{
		id: 'sting-called-trafficking',
		category: 'raids-as-rescue',
		severity: 'warning',
		since: '0.1.0',
		patterns: ['(sex|human)? trafficking (sting|stings|sweep|sweeps|bust|busts|raid|raids|crackdown|operation|operations)'],
		term: 'sex-trafficking-sting',
		sources: ['tara-burns-media-guide', 'stoptheraids-dos-donts'],
		nearby: { any: ['sex-industry'] },
		unless: ['quotation', 'critique', 'after-anti']
	}
] as const satisfies readonly Rule[];
