import { describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES, utf8Length } from './limits.ts';
import { formatBytes, problemMessage, problemOfDocument, textProblem } from './problems.ts';

describe('text that cannot be checked', () => {
	it('is empty, binary or over 1 MB in UTF-8', () => {
		expect(textProblem(' \n\t')).toBe('empty');
		expect(textProblem('a\u0000b')).toBe('binary');
		expect(textProblem('é'.repeat(MAX_TEXT_BYTES / 2))).toBeNull();
		expect(textProblem('é'.repeat(MAX_TEXT_BYTES / 2 + 1))).toBe('text-too-large');
		expect(textProblem('Sex work is work.')).toBeNull();
	});

	it('is measured in UTF-8 bytes, as the limit is stated', () => {
		for (const text of ['abc', 'é', '€', '😀', 'a😀é\n']) expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
	});
});

describe('problems for readers', () => {
	it('maps every document error to a message in both languages', () => {
		const codes = [
			'binary',
			'invalid-utf8',
			'empty',
			'too-large',
			'zip-bomb',
			'not-pdf',
			'encrypted-pdf',
			'unreadable-pdf',
			'no-text-layer',
			'not-docx',
			'encrypted-docx',
			'damaged-docx',
			'unsupported'
		] as const;
		for (const code of codes) {
			const problem = problemOfDocument(code);
			expect(problemMessage(problem, 'en').length, code).toBeGreaterThan(10);
			expect(problemMessage(problem, 'fr'), code).not.toBe(problemMessage(problem, 'en'));
		}
	});

	it('gives sizes in the reader’s units', () => {
		expect(formatBytes(1536 * 1024, 'en')).toBe('1.5 MB');
		expect(formatBytes(1536 * 1024, 'fr')).toBe('1,5 Mo');
		expect(problemMessage('text-too-large', 'en', 2 * 1024 * 1024)).toContain('The text is 2 MB, over the 1 MB limit');
	});
});
