import type { Category, Severity } from '../types.ts';

/**
 * Things a sentence (or the document) can contain, found by the cue patterns in `cues.ts`. Rules
 * name them in conditions; contexts (quotation, negation, …) are computed in `context.ts`.
 */
export type Cue =
	| 'trafficking'
	| 'sex-industry'
	| 'sexual'
	| 'labour'
	| 'enforcement'
	| 'rescue'
	| 'foreign'
	| 'coercion'
	| 'signs'
	| 'falsehood'
	| 'source'
	| 'critique'
	| 'attribution'
	| 'distinction'
	| 'minors'
	| 'self-identification'
	| 'legal'
	| 'increase'
	| 'generic'
	| 'number';

/** Contexts in which a match does not count (or, with `requires`, the only ones in which it does). */
export type Context =
	| 'quotation'
	| 'attribution'
	| 'critique'
	| 'negation'
	| 'question'
	| 'legal-name'
	| 'legal-context'
	| 'minors'
	| 'self-identification'
	| 'distinction'
	| 'coerced-qualifier'
	| 'after-anti';

export interface CueCondition {
	/** Every cue must be present. */
	all?: Cue[];
	/** At least one cue must be present. */
	any?: Cue[];
	/** No cue may be present. */
	none?: Cue[];
}

/**
 * A rule is data (STYLE.md): a stable hand-written id, never derived from its phrase and never
 * renamed, so that users' allow and deny lists keep working.
 */
export interface Rule {
	id: string;
	category: Category;
	severity: Severity;
	/** Version that added the rule. */
	since: string;
	/**
	 * Phrases that anchor a finding (the span it points at). Syntax: words separated by spaces;
	 * `(a|b c)` alternatives; `word?` or `(…)?` optional; `pre*` a word starting with `pre`;
	 * `\\d` a figure, `\\L` a figure of 1,000 or more, `\\%` a percentage, `\\w` any word. Matching is on
	 * lower-case words; hyphens split words.
	 */
	patterns: string[];
	/** Respectful-language term (packages/knowledge) whose alternatives are the suggestions. */
	term?: string;
	/** Bibliography ids (packages/knowledge); a term's sources are added. */
	sources: string[];
	/** Contexts that cancel a match. */
	unless?: Context[];
	/** Contexts a match needs. */
	requires?: Context[];
	/** Conditions on the sentence the match is in. */
	sentence?: CueCondition;
	/** Conditions on the whole document (cues anywhere in it). */
	document?: CueCondition;
	/** Conditions on the sentences just before and after (e.g. a source for a figure). */
	nearby?: CueCondition;
	/** Only words written in lower case count (so that "John" the name is not "john" the client). */
	lowerCaseOnly?: boolean;
	/** The match must be exactly what a pair of quotation marks holds (scare quotes). */
	quotedOnly?: boolean;
}
