/** The ten ways a text can conflate sex work and trafficking (../shared/corpus/LABELING.md). */
export const CATEGORIES = [
	'equates',
	'lumps',
	'indicators',
	'no-agency',
	'sex-only',
	'numbers',
	'migration',
	'raids-as-rescue',
	'demand',
	'stigma-terms'
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Severity = 'error' | 'warning' | 'info';
export type Syntax = 'text' | 'markdown' | 'html';
export type Locale = 'en' | 'fr';

/** What a text does well: these lower the score. */
export type StrengthKind =
	'distinction' | 'labour-trafficking-named' | 'coercion-defined' | 'self-identification' | 'cited-source';

export interface AnalyzeOptions {
	/** The input's syntax (default "text"): Markdown and HTML markup is skipped, offsets stay in the original. */
	syntax?: Syntax;
	/** Language of messages, explanations and suggestions (default "en"). The text analysed is English. */
	locale?: Locale;
	/** Rule ids or categories to leave out. */
	disable?: readonly string[];
}

/** One place where the text conflates, or a word to reconsider. */
export interface Finding {
	rule: string;
	category: Category;
	severity: Severity;
	message: string;
	explanation: string;
	suggestions: string[];
	/** Bibliography ids (packages/knowledge). */
	sources: string[];
	/** Document-level findings point at their first supporting passage. */
	scope: 'span' | 'document';
	/** 0-based UTF-16 offsets into the original input; end exclusive. */
	start: number;
	end: number;
	/** 1-based; columns in UTF-16 code units (as SARIF). */
	line: number;
	column: number;
	endLine: number;
	endColumn: number;
}

export interface Strength {
	kind: StrengthKind;
	start: number;
	end: number;
}

/** The result contract shared by the library, the API and the CLI's JSON (DESIGN.md). */
export interface AnalysisResult {
	verdict: 'conflates' | 'clear';
	/** 0..100, how strongly the text conflates; "conflates" exactly when score >= 50. */
	score: number;
	/** All ten categories, zeros included. */
	categories: Record<Category, number>;
	findings: Finding[];
	strengths: Strength[];
}
