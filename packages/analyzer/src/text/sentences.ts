/** A sentence-like unit of the prose: a sentence, a heading, a list item or a table cell. */
export interface Sentence {
	start: number;
	end: number;
	/** The prose of the sentence (a slice of the prose string). */
	text: string;
}

// A boundary: terminal punctuation (with closing quotes or brackets) before white space and an
// opening capital, digit or quote; a blank line; or a line break followed by an indented line or a
// bullet (list items, table cells and headings of masked Markdown and HTML).
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[A-Z0-9])|\n[ \t]*\n|\n(?=[ \t]+\S|[ \t]*[-*•·‣◦–][ \t])/g;

/** Split prose into sentences, lazily, so that memory stays bounded on large inputs. */
export function* sentences(prose: string): Generator<Sentence> {
	let start = 0;
	BOUNDARY.lastIndex = 0;
	for (let match = BOUNDARY.exec(prose); match; match = BOUNDARY.exec(prose)) {
		const end = match.index + match[0].length;
		const sentence = trimmed(prose, start, end);
		if (sentence) yield sentence;
		start = end;
	}
	const last = trimmed(prose, start, prose.length);
	if (last) yield last;
}

function trimmed(prose: string, start: number, end: number): Sentence | null {
	while (start < end && /\s/.test(prose[start] ?? '')) start++;
	while (end > start && /\s/.test(prose[end - 1] ?? '')) end--;
	if (end <= start) return null;
	return { start, end, text: prose.slice(start, end) };
}
