import { analyze } from '@unconflate/analyzer';
import { DocumentError } from '@unconflate/documents';
import { docx, docxBomb, encryptedPdf, pdf } from '@unconflate/documents/fixtures';
import { afterAll, describe, expect, it } from 'vitest';
import {
	checkDocument,
	checkText,
	checkTextJson,
	CheckTimeoutError,
	closeCheckPool,
	configureCheckPool,
	SMALL_TEXT
} from './pool.ts';

const conflating = 'We must end sex trafficking and prostitution. No woman chooses prostitution.';

configureCheckPool({ bulkThreads: 1, interactiveThreads: 1, budgetMs: 60_000 });
afterAll(() => closeCheckPool());

async function rejection(promise: Promise<unknown>): Promise<unknown> {
	try {
		await promise;
	} catch (error) {
		return error;
	}
	throw new Error('expected a rejection');
}

describe('the check pool', { timeout: 60_000 }, () => {
	it('gives the analyzer’s own result for a text, in both languages', async () => {
		expect(await checkText(conflating)).toEqual(analyze(conflating));
		const fr = await checkText(conflating, { locale: 'fr', syntax: 'markdown' });
		expect(fr).toEqual(analyze(conflating, { locale: 'fr', syntax: 'markdown' }));
		expect(fr.findings[0]?.message).not.toBe((await checkText(conflating)).findings[0]?.message);
	});

	it('answers concurrent checks in the order they came (one interactive thread)', async () => {
		await checkText(conflating); // the thread is up
		const finished: number[] = [];
		await Promise.all(
			Array.from({ length: 40 }, (_, i) =>
				checkTextJson(`${conflating} ${i}`, { signal: AbortSignal.timeout(60_000) }).then(() => finished.push(i))
			)
		);
		expect(finished).toEqual(Array.from({ length: 40 }, (_, i) => i));
	});

	it('analyses long texts in the bulk lane with the same result', async () => {
		const long = `${conflating}\n\n`.repeat(Math.ceil(SMALL_TEXT / conflating.length) + 10);
		expect(long.length).toBeGreaterThan(SMALL_TEXT);
		expect(JSON.parse(await checkTextJson(long))).toEqual(analyze(long));
	});

	it('reads documents and refuses unreadable ones with the document error’s code', async () => {
		const fromDocx = await checkDocument(docx([conflating]), 'docx', { maxSize: 10_000_000 });
		expect(fromDocx.verdict).toBe('conflates');
		const fromPdf = await checkDocument(await pdf([[conflating]]), 'pdf', { maxSize: 10_000_000 });
		expect(fromPdf.findings.map((f) => f.rule)).toEqual(analyze(conflating).findings.map((f) => f.rule));
		const markdown = new TextEncoder().encode('# Title\n\n*sex trafficking and prostitution*');
		expect(await checkDocument(markdown, 'markdown', { maxSize: 1000, syntax: 'text' })).toEqual(
			analyze('# Title\n\n*sex trafficking and prostitution*', { syntax: 'text' })
		);

		const cases: Array<[Uint8Array, 'pdf' | 'docx' | 'text', string]> = [
			[docxBomb(20), 'docx', 'zip-bomb'],
			[new TextEncoder().encode(encryptedPdf()), 'pdf', 'encrypted-pdf'],
			[new Uint8Array([0x61, 0xff, 0x62]), 'text', 'invalid-utf8'],
			[new Uint8Array([0x61, 0x00, 0x62]), 'text', 'binary']
		];
		for (const [bytes, kind, code] of cases) {
			const error = await rejection(checkDocument(bytes, kind, { maxSize: 50_000_000 }));
			expect(error, code).toBeInstanceOf(DocumentError);
			expect((error as DocumentError).code).toBe(code);
		}
	});

	it('stops a check that outlives its budget, and the next check still runs', async () => {
		const long = `${conflating} `.repeat(4000); // 300 KB: far more than a millisecond of work
		const error = await rejection(checkText(long, { signal: AbortSignal.timeout(1) }));
		expect(error).toBeInstanceOf(CheckTimeoutError);
		// The terminated worker is replaced: the same lane answers again.
		expect((await checkText(long)).verdict).toBe('conflates');
	});
});
