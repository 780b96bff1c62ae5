/**
 * The prose of an input, ready for matching: a string of the SAME LENGTH as the input in which
 * every character is either the input's own character at that offset, or white space where
 * markup, code and URLs were. Offsets found in the prose are therefore offsets in the original
 * input, by construction, whatever the syntax.
 */
export interface Prose {
	text: string;
	/** Inline directives found in comments: `<!-- unconflate-disable rule-id -->` and friends. */
	directives: Directive[];
}

/**
 * The prose of one part of an input read in parts (large inputs, so that a parser's tree never
 * holds the whole document): `text` stands for `[offset, offset + text.length)` of the input.
 */
export interface ProsePart extends Prose {
	offset: number;
}

export interface Directive {
	kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
	/** Rule ids or categories; empty means every rule. */
	rules: string[];
	/** Offset of the comment in the input. */
	offset: number;
}

/** A part of the input to keep, optionally replaced by text of the same length or shorter. */
export interface Keep {
	start: number;
	end: number;
	/** Replacement for [start, end): padded with spaces to the same length. */
	text?: string;
}

/**
 * Build the prose of `[from, to)` of the source from the ranges to keep (sorted, not overlapping,
 * inside the range). Everything else becomes spaces, except line breaks, which stay so that
 * paragraphs and list items stay apart, and the offsets in `breaks`, which become line breaks.
 */
export function assemble(
	source: string,
	keeps: readonly Keep[],
	breaks: readonly number[] = [],
	from = 0,
	to = source.length
): string {
	const parts: string[] = [];
	const sortedBreaks = [...new Set(breaks)].sort((a, b) => a - b);
	let nextBreak = 0;
	let at = from;
	const blank = (start: number, end: number) => {
		if (end <= start) return;
		let cursor = start;
		while (nextBreak < sortedBreaks.length && (sortedBreaks[nextBreak] ?? 0) < start) nextBreak++;
		while (nextBreak < sortedBreaks.length && (sortedBreaks[nextBreak] ?? 0) < end) {
			const offset = sortedBreaks[nextBreak++] ?? 0;
			if (offset < cursor) continue;
			parts.push(blanked(source, cursor, offset), '\n');
			cursor = offset + 1;
		}
		parts.push(blanked(source, cursor, end));
	};
	for (const keep of keeps) {
		if (keep.start < at || keep.end > to) continue;
		blank(at, keep.start);
		if (keep.text === undefined) parts.push(source.slice(keep.start, keep.end));
		else parts.push(keep.text.slice(0, keep.end - keep.start).padEnd(keep.end - keep.start, ' '));
		at = keep.end;
	}
	blank(at, to);
	return parts.join('');
}

/** `[start, end)` of the source as spaces, its line breaks kept. */
function blanked(source: string, start: number, end: number): string {
	if (end <= start) return '';
	const newline = source.indexOf('\n', start);
	if (newline < 0 || newline >= end) return ' '.repeat(end - start);
	return source.slice(start, end).replace(/[^\n]/g, ' ');
}

const DIRECTIVE = /unconflate-(disable-next-line|disable-line|disable|enable)\b([^]*?)(?:-->|$)/g;

/** Read the directives in one comment whose text starts at `offset` in the input. */
export function readDirectives(comment: string, offset: number): Directive[] {
	const found: Directive[] = [];
	for (const match of comment.matchAll(DIRECTIVE)) {
		const rules = (match[2] ?? '')
			.split(/[\s,]+/)
			.map((r) => r.trim())
			.filter((r) => /^[a-z0-9-]+$/.test(r));
		found.push({ kind: match[1] as Directive['kind'], rules, offset: offset + (match.index ?? 0) });
	}
	return found;
}
