import { docx, encryptedPdf, pdf } from '@unconflate/documents/fixtures';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '#lib/check/examples.ts';
import { MAX_FILE_BYTES } from '#lib/check/limits.ts';
import { acceptSuggestion, checkExample, checkSubmission } from './check-page.service.ts';
import { closeCheckPool } from './check/pool.ts';

const EN = { locale: 'en' as const };
const FR = { locale: 'fr' as const };
afterAll(closeCheckPool);

const CONFLATING = 'The johns were fined. Police raided a brothel and rescued 12 women from prostitution.';

function formWith(fields: Record<string, string>, file?: { bytes: Uint8Array | string; name: string; type?: string }) {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.set(name, value);
	if (file) form.set('file', new File([file.bytes as BlobPart], file.name, { type: file.type ?? '' }));
	else form.set('file', new File([], '', { type: 'application/octet-stream' }));
	return form;
}

describe('checking the form without JavaScript', () => {
	it('checks the text in the box, in the syntax chosen', async () => {
		const outcome = await checkSubmission(formWith({ text: `# Title\n\n${CONFLATING}`, syntax: 'markdown' }), EN);
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.syntax).toBe('markdown');
		expect(outcome.checked.result.verdict).toBe('conflates');
		expect(outcome.checked.result.findings.map((f) => f.rule)).toContain('client-slang');
	});

	it('explains in the page language', async () => {
		const fr = await checkSubmission(formWith({ text: CONFLATING, syntax: 'text' }), FR);
		const en = await checkSubmission(formWith({ text: CONFLATING, syntax: 'text' }), EN);
		if (!fr.ok || !en.ok) throw new Error('expected results');
		expect(fr.checked.result.findings.map((f) => f.rule)).toEqual(en.checked.result.findings.map((f) => f.rule));
		expect(fr.checked.result.findings[0]?.message).not.toBe(en.checked.result.findings[0]?.message);
		// The wording replaces words in the (English) text, whatever the page's language.
		expect(fr.checked.wording).toEqual(en.checked.wording);
	});

	it('reads a chosen Word document or PDF instead of the box, and gives its text back', async () => {
		for (const file of [
			{ bytes: docx(['First paragraph.', CONFLATING]), name: 'article.docx' },
			{ bytes: await pdf([[CONFLATING]]), name: 'article.pdf', type: 'application/pdf' }
		]) {
			const outcome = await checkSubmission(formWith({ text: 'ignored', syntax: 'html' }, file), EN);
			expect(outcome.ok, file.name).toBe(true);
			if (!outcome.ok) continue;
			expect(outcome.text).toContain('Police raided a brothel');
			expect(outcome.syntax).toBe('text');
			expect(outcome.checked.text).toBe(outcome.text);
			expect(outcome.checked.result.findings.length).toBeGreaterThan(0);
		}
	});

	it('refuses bad input with a reason and keeps the text typed in the box', async () => {
		const cases: Array<[ReturnType<typeof formWith>, string]> = [
			[formWith({ text: '   \n ' }), 'empty'],
			[formWith({ text: 'x'.repeat(1024 * 1024 + 1) }), 'text-too-large'],
			[formWith({ text: 'kept' }, { bytes: encryptedPdf(), name: 'locked.pdf' }), 'encrypted-pdf'],
			[formWith({ text: 'kept' }, { bytes: new Uint8Array([0x41, 0, 0x42]), name: 'data.txt' }), 'binary'],
			[formWith({ text: 'kept' }, { bytes: 'hello', name: 'sheet.xlsx' }), 'unsupported'],
			[formWith({ text: 'kept' }, { bytes: new Uint8Array(MAX_FILE_BYTES + 1), name: 'big.txt' }), 'file-too-large']
		];
		for (const [form, problem] of cases) {
			const outcome = await checkSubmission(form, EN);
			expect(outcome.ok ? 'ok' : outcome.problem, problem).toBe(problem);
			expect(outcome.text).toBe(form.get('text'));
		}
	});

	it('checks an example by its id', async () => {
		const outcome = await checkExample(formWith({ example: 'news', text: '' }), EN);
		expect(outcome.ok && outcome.text).toBe(EXAMPLES[0]?.text);
	});
});

describe('accepting a suggestion without JavaScript', () => {
	it('replaces the finding named by the button and checks the new text', async () => {
		const first = await checkSubmission(formWith({ text: CONFLATING }), EN);
		if (!first.ok) throw new Error('expected a result');
		const johns = first.checked.result.findings.find((f) => f.rule === 'client-slang');
		if (!johns) throw new Error('expected client-slang');
		const clients = first.checked.wording['client-slang']?.indexOf('clients') ?? -1;
		expect(clients).toBeGreaterThanOrEqual(0);
		const outcome = await acceptSuggestion(
			formWith({ text: CONFLATING, accept: `${johns.start}:${johns.end}:client-slang:${clients}` }),
			EN
		);
		expect(outcome.ok).toBe(true);
		expect(outcome.text).toBe(CONFLATING.replace('johns', 'clients'));
		expect(outcome.ok && outcome.checked.result.findings.map((f) => f.rule)).not.toContain('client-slang');
	});

	it('checks the text again and says so when it changed since the suggestion was shown', async () => {
		const outcome = await acceptSuggestion(formWith({ text: `Hello. ${CONFLATING}`, accept: '4:9:client-slang:0' }), EN);
		expect(outcome.ok ? 'ok' : outcome.problem).toBe('stale');
		expect(outcome.text).toBe(`Hello. ${CONFLATING}`);
		expect(!outcome.ok && outcome.checked?.result.findings.length).toBeGreaterThan(0);
	});
});

describe('a check that runs out of time', () => {
	// 900 KB of prose: far more than a millisecond of analysis, under the 1 MB limit.
	const LONG = `${CONFLATING}\n\n`.repeat(10_000);

	it('becomes a problem for the reader, and the text stays in the box', async () => {
		const outcome = await checkSubmission(formWith({ text: LONG, syntax: 'text' }), {
			locale: 'en',
			signal: AbortSignal.timeout(1)
		});
		expect(outcome.ok ? 'ok' : outcome.problem).toBe('timeout');
		expect(outcome.text).toBe(LONG);
	});

	it('does the same for a document, keeping what was typed', async () => {
		const outcome = await checkSubmission(
			formWith({ text: 'typed', syntax: 'text' }, { bytes: docx([LONG]), name: 'long.docx' }),
			{ locale: 'en', signal: AbortSignal.timeout(1) }
		);
		expect(outcome.ok ? 'ok' : outcome.problem).toBe('timeout');
		expect(outcome.text).toBe('typed');
	});

	it('lets the next check run normally', async () => {
		const outcome = await checkSubmission(formWith({ text: CONFLATING }), EN);
		expect(outcome.ok && outcome.checked.result.verdict).toBe('conflates');
	});
});
