import { describe, expect, test } from 'vitest';
import { Progress } from './progress.ts';

function stream(isTTY: boolean) {
	const writes: string[] = [];
	return { isTTY, columns: 80, writes, write: (text: string) => writes.push(text) };
}

describe('Progress', () => {
	test('draws a bar with the percentage and the record count on a terminal', () => {
		const out = stream(true);
		new Progress(out, () => 0).update('corpus.jsonl', 50, 100, 1234);
		const [line] = out.writes;
		expect(line?.startsWith('\r\x1b[2K')).toBe(true);
		expect(line?.slice(5)).toMatch(/^█+░+ {2}50% 1,234 records corpus\.jsonl$/);
	});

	test('draws at most every 100 ms unless forced, and clears its line', () => {
		let now = 0;
		const out = stream(true);
		const progress = new Progress(out, () => now);
		progress.update('a', 1, 10, 1);
		now = 50;
		progress.update('a', 2, 10, 2);
		progress.update('a', 10, 10, 3, true);
		progress.clear();
		progress.clear();
		expect(out.writes).toHaveLength(3);
		expect(out.writes.at(-1)).toBe('\r\x1b[2K');
	});

	test('writes nothing when stderr is not a terminal', () => {
		const out = stream(false);
		const progress = new Progress(out);
		progress.update('a', 1, 2, 1);
		progress.clear();
		expect(progress.enabled).toBe(false);
		expect(out.writes).toEqual([]);
	});
});
