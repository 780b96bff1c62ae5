import type { Category } from '@unconflate/analyzer';

/** One line per category, after ../shared/corpus/LABELING.md (used for SARIF rule descriptions). */
export const CATEGORY_SUMMARIES: Record<Category, string> = {
	equates: 'says or implies that sex work is trafficking, slavery, violence or exploitation by nature',
	lumps: 'joins sex work and trafficking as one problem, or uses the terms interchangeably',
	indicators: 'presents ordinary features of adult sex work as signs of trafficking',
	'no-agency': "denies adult sex workers' agency or self-identification",
	'sex-only': 'presents human trafficking as only sexual, erasing labour trafficking',
	numbers: 'uses inflated, unsourced or misattributed figures, or epidemic framing',
	migration: 'presumes migrant sex workers are trafficked, or conflates smuggling with trafficking',
	'raids-as-rescue': 'presents raids, stings or arrests in the sex industry as rescues',
	demand: 'claims that demand for paid sex between adults drives trafficking',
	'stigma-terms': 'uses a stigmatising word for sex workers or their clients'
};
