import { demandRules } from './demand.ts';
import { equatesRules } from './equates.ts';
import { indicatorRules } from './indicators.ts';
import { lumpsRules } from './lumps.ts';
import { migrationRules } from './migration.ts';
import { noAgencyRules } from './no-agency.ts';
import { numbersRules } from './numbers.ts';
import { raidsRules } from './raids-as-rescue.ts';
import { sexOnlyRules } from './sex-only.ts';
import { stigmaTermRules } from './stigma-terms.ts';
import type { Rule } from './types.ts';

/** Every rule, by category in the order of LABELING.md. */
export const rules: readonly Rule[] = [
	...equatesRules,
	...lumpsRules,
	...indicatorRules,
	...noAgencyRules,
	...sexOnlyRules,
	...numbersRules,
	...migrationRules,
	...raidsRules,
	...demandRules,
	...stigmaTermRules
];

/** Rule ids, as a type: messages must exist for each. */
export type RuleId =
	| (typeof equatesRules)[number]['id']
	| (typeof lumpsRules)[number]['id']
	| (typeof indicatorRules)[number]['id']
	| (typeof noAgencyRules)[number]['id']
	| (typeof sexOnlyRules)[number]['id']
	| (typeof numbersRules)[number]['id']
	| (typeof migrationRules)[number]['id']
	| (typeof raidsRules)[number]['id']
	| (typeof demandRules)[number]['id']
	| (typeof stigmaTermRules)[number]['id'];
