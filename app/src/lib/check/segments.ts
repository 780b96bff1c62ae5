/** A stretch of the text with the same findings over all of it. */
export interface Segment {
	start: number;
	end: number;
	/** Indexes of the findings that cover this stretch, ascending (empty for plain text). */
	findings: number[];
	/** Findings whose highlight begins with this segment. */
	opens: number[];
	/** Findings whose highlight ends with this segment. */
	closes: number[];
}

/**
 * Cut a text into segments at every finding boundary, so that overlapping findings can be
 * highlighted without nesting: each segment knows which findings cover it, which begin and which
 * end there. Spans are clamped into the text; an empty span opens and closes on the segment that
 * starts where it sits. One sweep over the sorted boundaries: thousands of findings stay cheap.
 */
export function segmentText(length: number, spans: ReadonlyArray<{ start: number; end: number }>): Segment[] {
	const clamped = spans.map(({ start, end }) => {
		const s = Math.min(Math.max(0, start), length);
		return { start: s, end: Math.min(Math.max(s, end), length) };
	});
	const points = [...new Set([0, length, ...clamped.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
	const startingAt = new Map<number, number[]>();
	clamped.forEach((span, index) => {
		const list = startingAt.get(span.start) ?? [];
		list.push(index);
		startingAt.set(span.start, list);
	});
	const segments: Segment[] = [];
	let active: number[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const start = points[i] ?? 0;
		const end = points[i + 1] ?? 0;
		const starting = startingAt.get(start) ?? [];
		active = active.filter((index) => (clamped[index]?.end ?? 0) > start);
		const opens: number[] = [];
		for (const index of starting) {
			if ((clamped[index]?.end ?? 0) > start) active.push(index);
			opens.push(index);
		}
		active.sort((a, b) => a - b);
		const closes = [
			...active.filter((index) => clamped[index]?.end === end),
			...starting.filter((index) => clamped[index]?.end === start)
		].sort((a, b) => a - b);
		segments.push({ start, end, findings: [...active], opens, closes });
	}
	// Empty spans at the very end of the text have no segment starting there: they go on the last.
	const last = segments.at(-1);
	for (const index of startingAt.get(length) ?? []) {
		if (last && length > 0) {
			last.opens.push(index);
			last.closes.push(index);
		}
	}
	return segments;
}
