import { describe, expect, it } from 'vitest';
import { segmentText } from './segments.ts';

describe('cutting a text into highlight segments', () => {
	it('covers the whole text, in order, without gaps', () => {
		const segments = segmentText(20, [{ start: 5, end: 9 }]);
		expect(segments.map((s) => [s.start, s.end])).toEqual([
			[0, 5],
			[5, 9],
			[9, 20]
		]);
		expect(segments.map((s) => s.findings)).toEqual([[], [0], []]);
		expect(segments[1]).toMatchObject({ opens: [0], closes: [0] });
	});

	it('splits overlapping findings so each stretch knows all the findings over it', () => {
		// 0 covers 2..10, 1 covers 6..14: three highlighted stretches.
		const segments = segmentText(16, [
			{ start: 2, end: 10 },
			{ start: 6, end: 14 }
		]);
		expect(segments.map((s) => [s.start, s.end, s.findings])).toEqual([
			[0, 2, []],
			[2, 6, [0]],
			[6, 10, [0, 1]],
			[10, 14, [1]],
			[14, 16, []]
		]);
		expect(segments.find((s) => s.start === 2)?.opens).toEqual([0]);
		expect(segments.find((s) => s.start === 6)?.opens).toEqual([1]);
		expect(segments.find((s) => s.start === 6)?.closes).toEqual([0]);
		expect(segments.find((s) => s.start === 10)?.closes).toEqual([1]);
	});

	it('opens and closes each finding exactly once, identical spans included', () => {
		const spans = [
			{ start: 0, end: 4 },
			{ start: 0, end: 4 },
			{ start: 0, end: 12 },
			{ start: 12, end: 12 },
			{ start: 3, end: 3 }
		];
		const segments = segmentText(12, spans);
		const opens = segments.flatMap((s) => s.opens).sort();
		const closes = segments.flatMap((s) => s.closes).sort();
		expect(opens).toEqual([0, 1, 2, 3, 4]);
		expect(closes).toEqual([0, 1, 2, 3, 4]);
		expect(segments.at(-1)?.end).toBe(12);
	});

	it('clamps spans that run past the text', () => {
		const segments = segmentText(5, [{ start: 3, end: 50 }]);
		expect(segments.map((s) => [s.start, s.end, s.findings])).toEqual([
			[0, 3, []],
			[3, 5, [0]]
		]);
	});

	it('gives an empty text no segments', () => {
		expect(segmentText(0, [])).toEqual([]);
	});
});
