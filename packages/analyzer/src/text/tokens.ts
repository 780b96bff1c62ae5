/** A word of a sentence, with its place in the input. */
export interface Token {
	/** Offsets in the input (the sentence's prose shares them). */
	start: number;
	end: number;
	/** Lower case, curly apostrophes straightened: what patterns match. */
	norm: string;
	/** Whether the word starts with a capital letter in the input (for names of laws and people). */
	capital: boolean;
}

// Words (hyphens split them, so "sex-trafficking" reads as "sex trafficking"), numbers with their
// separators, and the two signs that join terms into one ("prostitution/trafficking", "&").
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[.,][0-9]+)*%?|[/&]/gu;

export function tokenize(text: string, offset: number): Token[] {
	const tokens: Token[] = [];
	WORD.lastIndex = 0;
	for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
		const word = match[0];
		const first = word.charCodeAt(0);
		const lower = word.toLowerCase();
		tokens.push({
			start: offset + match.index,
			end: offset + match.index + word.length,
			norm: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
			capital: first >= 65 && first <= 90
		});
	}
	return tokens;
}
