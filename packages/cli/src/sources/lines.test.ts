import { describe, expect, test } from 'vitest';
import { splitLines } from './lines.ts';

async function lines(chunks: string[], max = 100): Promise<Array<string | null>> {
	const encoder = new TextEncoder();
	async function* source() {
		for (const chunk of chunks) yield encoder.encode(chunk);
	}
	const out: Array<string | null> = [];
	for await (const line of splitLines(source(), max)) out.push(line.bytes === null ? null : new TextDecoder().decode(line.bytes));
	return out;
}

describe('splitLines', () => {
	test('splits at LF, drops a CR before it, and keeps a last line without a break', async () => {
		expect(await lines(['a\r\nb\n', 'c'])).toEqual(['a', 'b', 'c']);
	});

	test('joins a line split across chunks', async () => {
		expect(await lines(['hel', 'lo\nwor', 'ld\n'])).toEqual(['hello', 'world']);
	});

	test('keeps empty lines, so that line numbers stay right', async () => {
		expect(await lines(['a\n\nb\n'])).toEqual(['a', '', 'b']);
	});

	test('reports a line over the limit as null and goes on with the next', async () => {
		expect(await lines(['short\n', 'x'.repeat(30), 'y'.repeat(30), '\nnext\n'], 50)).toEqual(['short', null, 'next']);
	});

	test('gives nothing for an empty stream', async () => {
		expect(await lines([])).toEqual([]);
	});
});
