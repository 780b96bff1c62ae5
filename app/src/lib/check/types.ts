import type { AnalysisResult, Finding, Syntax } from '@unconflate/analyzer';

export type { AnalysisResult, Finding, Syntax };

/** A cited source as the page shows it (from the shared bibliography in packages/knowledge). */
export interface SourceSummary {
	title: string;
	publisher: string;
	year: number;
	/** Authors as usually cited, when the work names them. */
	authors?: string;
	url: string;
}

/**
 * A checked text and everything the page shows about it. The same object comes from the browser
 * (the analyzer loaded on demand, or in a worker) and from the server's form action, so that both
 * paths render through the same components.
 */
export interface Checked {
	/** The working copy: the checked text with any suggestions accepted since. */
	text: string;
	syntax: Syntax;
	/** The analyzer's result (the contract in DESIGN.md); offsets point into `text`. */
	result: AnalysisResult;
	/**
	 * Replacement wording in the text's language (English for now), by rule id, for rules whose
	 * suggestions are respectful-language alternatives. Other rules' suggestions are advice, to be
	 * read rather than pasted into the text.
	 */
	wording: Record<string, string[]>;
	/** The sources the findings cite, by bibliography id. */
	sources: Record<string, SourceSummary>;
	/** When the text was checked (ISO 8601). */
	checkedAt: string;
	/** Suggestions accepted since the check: the verdict, score and chart are from the check itself. */
	edits: number;
}
