/** What a finding says, per rule and language. */
export interface RuleMessages {
	/** What is wrong here, in one short sentence. */
	message: string;
	/** Why, with the evidence in plain words. */
	explanation: string;
	/** How to write it instead, for rules without a term (terms suggest their alternatives). */
	advice: string[];
}
