/** A sentence-like unit of the prose: a sentence, a heading, a list item or a table cell. */
export interface Sentence {
	/** Offsets in the input. */
	start: number;
	end: number;
	/** The prose of the sentence. */
	text: string;
}

/** A piece of prose and where it starts in the input. Pieces follow one another without gaps. */
export interface ProseChunk {
	offset: number;
	text: string;
}

// A boundary: terminal punctuation (with closing quotes or brackets) before white space and an
// opening capital, digit or quote; a blank line; or a line break followed by an indented line or a
// bullet (list items, table cells and headings of masked Markdown and HTML).
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[A-Z0-9])|\n[ \t]*\n|\n(?=[ \t]+\S|[ \t]*[-*•·‣◦–][ \t])/g;

/**
 * A boundary ending this close to the end of a chunk might read differently once the next chunk
 * is there (its look-ahead, a longer run of punctuation), so it waits for the next chunk.
 */
const MARGIN = 256;

/** Split prose into sentences, lazily, so that memory stays bounded on large inputs. */
export function sentences(prose: string): Generator<Sentence> {
	return sentencesOf([{ offset: 0, text: prose }]);
}

/**
 * Split prose that arrives in chunks into sentences, exactly as if it were one string: the end of
 * each chunk, after its last settled boundary, is carried into the next.
 */
export function* sentencesOf(chunks: Iterable<ProseChunk>): Generator<Sentence> {
	const boundary = new RegExp(BOUNDARY);
	let carry = '';
	let carryOffset = 0;
	let resume = 0;
	for (const chunk of chunks) {
		const buffer = carry.length === 0 ? chunk.text : carry + chunk.text;
		const offset = carry.length === 0 ? chunk.offset : carryOffset;
		const settled = buffer.length - MARGIN;
		let start = 0;
		let waitFrom = tailStart(buffer, Math.max(0, settled));
		boundary.lastIndex = carry.length === 0 ? 0 : resume;
		for (let match = boundary.exec(buffer); match; match = boundary.exec(buffer)) {
			const end = match.index + match[0].length;
			if (end > settled) {
				waitFrom = Math.min(waitFrom, match.index);
				break;
			}
			const sentence = trimmed(buffer, start, end, offset);
			if (sentence) yield sentence;
			start = end;
		}
		carry = buffer.slice(start);
		carryOffset = offset + start;
		resume = Math.max(0, waitFrom - start);
	}
	boundary.lastIndex = resume;
	let start = 0;
	for (let match = boundary.exec(carry); match; match = boundary.exec(carry)) {
		const end = match.index + match[0].length;
		const sentence = trimmed(carry, start, end, carryOffset);
		if (sentence) yield sentence;
		start = end;
	}
	const last = trimmed(carry, start, carry.length, carryOffset);
	if (last) yield last;
}

const TAIL = new Set('.!?…"\'”’)]'.split('').map((c) => c.charCodeAt(0)));

/**
 * Where a boundary ending after `at` could start: back over white space and closing punctuation,
 * since a boundary's look-ahead may cross any length of white space (blanked markup).
 */
function tailStart(text: string, at: number): number {
	let i = at;
	while (i > 0) {
		const c = text.charCodeAt(i - 1);
		if (!isSpace(c) && !TAIL.has(c)) break;
		i--;
	}
	return i;
}

function isSpace(c: number): boolean {
	// The white space of \s that prose holds: tab to carriage return, space, no-break space, and
	// the rarer Unicode spaces through a regular expression.
	if (c === 32 || (c >= 9 && c <= 13) || c === 160) return true;
	return c > 255 && /\s/.test(String.fromCharCode(c));
}

function trimmed(prose: string, start: number, end: number, offset: number): Sentence | null {
	while (start < end && isSpace(prose.charCodeAt(start))) start++;
	while (end > start && isSpace(prose.charCodeAt(end - 1))) end--;
	if (end <= start) return null;
	return { start: offset + start, end: offset + end, text: prose.slice(start, end) };
}
