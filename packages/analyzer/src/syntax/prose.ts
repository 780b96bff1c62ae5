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
 * Build the prose string from the ranges to keep (sorted, not overlapping). Everything else
 * becomes spaces, except line breaks, which stay so that paragraphs and list items stay apart.
 */
export function assemble(source: string, keeps: readonly Keep[], breaks: readonly number[] = []): string {
	const parts: string[] = [];
	const sortedBreaks = [...new Set(breaks)].sort((a, b) => a - b);
	let nextBreak = 0;
	let at = 0;
	const blank = (from: number, to: number) => {
		if (to <= from) return;
		let cursor = from;
		while (nextBreak < sortedBreaks.length && (sortedBreaks[nextBreak] ?? 0) < from) nextBreak++;
		while (nextBreak < sortedBreaks.length && (sortedBreaks[nextBreak] ?? 0) < to) {
			const offset = sortedBreaks[nextBreak++] ?? 0;
			if (offset < cursor) continue;
			parts.push(source.slice(cursor, offset).replace(/[^\n]/g, ' '), '\n');
			cursor = offset + 1;
		}
		parts.push(source.slice(cursor, to).replace(/[^\n]/g, ' '));
	};
	for (const keep of keeps) {
		if (keep.start < at) continue;
		blank(at, keep.start);
		if (keep.text === undefined) parts.push(source.slice(keep.start, keep.end));
		else parts.push(keep.text.slice(0, keep.end - keep.start).padEnd(keep.end - keep.start, ' '));
		at = keep.end;
	}
	blank(at, source.length);
	return parts.join('');
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
