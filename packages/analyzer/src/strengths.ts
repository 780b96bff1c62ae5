import type { StrengthKind } from './types.ts';

/** Phrases that show care: an explicit distinction, labour trafficking named, coercion defined, self-identification, a cited source. */
export const STRENGTHS: Record<StrengthKind, readonly string[]> = {
	distinction: [
		'(sex work|prostitution|sex workers) (is|are) not (human|sex)? (trafficking|trafficked)',
		"(sex work|prostitution) (isn't|is not) (the same as)? (human|sex)? trafficking",
		'not (all|every|everyone|everybody) (sex workers|people in the sex industry|people who sell sex|migrant sex workers|women in the sex industry|in the sex industry) (are|is) (trafficked|victims|exploited)',
		'(distinguish|distinguishes|distinguishing|differentiate|differentiating) (between)?',
		'(distinction|distinctions|difference|differences) between (sex work|prostitution|consensual|adult|trafficking|human trafficking)',
		'conflat*',
		'(different|distinct|separate) from (human|sex)? trafficking',
		'(consensual|adult|voluntary) sex work'
	],
	'labour-trafficking-named': [
		'(labour|labor) trafficking',
		'forced (labour|labor)',
		'trafficking (for|in) (labour|labor|forced labour|forced labor|agriculture|fishing|construction|domestic work|manufacturing|domestic servitude)',
		'(agriculture|agricultural|farm|fishing|construction|domestic|factory|manufacturing|hospitality|garment|seafood|nail salon) (workers|work|industry|industries|sector|sectors|labour|labor)',
		'domestic servitude'
	],
	'coercion-defined': [
		'force (,)? fraud (,)? (or|and) coercion',
		'(act|means|purpose) (,)? (means|purpose)',
		'(threats|threat|threatened|coercion|coerced|deception|deceived|fraud|abduction|abuse of power|debt bondage)',
		'(confiscated|withheld|took) (their|her|his) (passport|passports|documents|identity documents|wages)',
		'held against (their|her|his) will',
		'(not|never) allowed to leave'
	],
	'self-identification': [
		'self identif*',
		'(identify|identifies) (themselves|herself|himself)? as (a)? (sex worker|sex workers)',
		"(i am|i'm|we are) (a)? (sex worker|sex workers)",
		'in (their|her|his) own words',
		'(how|what) (they|people|sex workers) (call|describe|name) (themselves|their work|their experience|their experiences)'
	],
	'cited-source': [
		'according to',
		'(ilo|unodc|iom|statistics canada|statcan|juristat|walk free|the daily)',
		'(report|study|survey|data|figures|estimates) (by|from|published by|released by)',
		'(doi|https|http)'
	]
};
