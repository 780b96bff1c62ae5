/** What a finding says, per rule and language. */
export interface RuleMessages {
	/** The rule's name, a short phrase (headings of the rule pages; findings do not carry it). */
	title: string;
	/** What is wrong here, in one short sentence. */
	message: string;
	/** Why, with the evidence in plain words. */
	explanation: string;
	/** How to write it instead, for rules without a term (terms suggest their alternatives). */
	advice: string[];
}

/** A category's name and what it covers, per language. */
export interface CategoryMessages {
	name: string;
	/** One sentence, after ../shared/corpus/LABELING.md. */
	summary: string;
}
