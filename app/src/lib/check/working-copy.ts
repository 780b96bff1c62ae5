import type { Checked, Finding } from './types.ts';

/** Offsets of line starts, to give 1-based lines and UTF-16 columns as the analyzer does (SARIF). */
function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

function positionOf(starts: readonly number[], offset: number): { line: number; column: number } {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if ((starts[mid] ?? 0) <= offset) low = mid;
		else high = mid - 1;
	}
	return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/**
 * The replacement as it should read in place: capitalised when the words it replaces start with a
 * capital (the start of a sentence, a heading), as typed otherwise.
 */
export function matchCase(original: string, replacement: string): string {
	const first = original.trimStart().charAt(0);
	if (first && first !== first.toLowerCase() && first === first.toUpperCase()) {
		return replacement.charAt(0).toUpperCase() + replacement.slice(1);
	}
	return replacement;
}

/**
 * Accept a suggestion: replace the words a finding points at in the working copy, and keep the
 * other findings pointing at the same words. Findings after the edit move by the difference in
 * length (their lines and columns are recomputed); findings that overlapped the replaced words no
 * longer apply and are dropped, like the accepted one. The verdict, score and categories stay those
 * of the last check until the text is checked again (`edits` counts the changes since).
 */
export function applySuggestion(checked: Checked, findingIndex: number, replacement: string): Checked {
	const target = checked.result.findings[findingIndex];
	if (!target) throw new RangeError(`No finding ${findingIndex} in this result`);
	const { start, end } = target;
	const wording = matchCase(checked.text.slice(start, end), replacement);
	const text = checked.text.slice(0, start) + wording + checked.text.slice(end);
	const delta = wording.length - (end - start);
	const overlaps = (span: { start: number; end: number }) =>
		span.start < end && span.end > start && !(span.start === span.end && (span.start === start || span.start === end));
	const shift = <T extends { start: number; end: number }>(span: T): T =>
		span.start >= end ? { ...span, start: span.start + delta, end: span.end + delta } : span;

	const starts = lineStarts(text);
	const findings: Finding[] = checked.result.findings
		.filter((finding, index) => index !== findingIndex && !overlaps(finding))
		.map((finding) => {
			const moved = shift(finding);
			const from = positionOf(starts, moved.start);
			const to = positionOf(starts, moved.end);
			return { ...moved, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
		});
	const strengths = checked.result.strengths.filter((s) => !overlaps(s)).map(shift);
	return { ...checked, text, result: { ...checked.result, findings, strengths }, edits: checked.edits + 1 };
}
