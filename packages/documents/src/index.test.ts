import { describe, expect, test } from 'vitest';
import { docx, encryptedPdf, pdf } from '../test/fixtures.ts';
import { DocumentError, kindOfFile, readDocument } from './index.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const codeOf = async (promise: Promise<unknown>) => {
	try {
		await promise;
	} catch (error) {
		if (error instanceof DocumentError) return error.code;
		throw error;
	}
	return 'no error';
};

describe('kindOfFile', () => {
	test('reads the extension first, then the media type', () => {
		expect(kindOfFile('notes.MD', 'application/octet-stream')).toBe('markdown');
		expect(kindOfFile('page.htm')).toBe('html');
		expect(kindOfFile('report', 'application/pdf')).toBe('pdf');
		expect(kindOfFile('upload', 'text/plain; charset=utf-8')).toBe('text');
		expect(kindOfFile('essay.docx', '')).toBe('docx');
	});

	test('knows nothing of other files', () => {
		expect(kindOfFile('photo.png', 'image/png')).toBeNull();
		expect(kindOfFile('legacy.doc', 'application/msword')).toBeNull();
	});
});

describe('readDocument', () => {
	const limit = { maxSize: 1024 * 1024 };

	test('gives text with the syntax to check it in', async () => {
		expect(await readDocument(encode('# Title\n\nText.'), 'markdown', limit)).toEqual({
			text: '# Title\n\nText.',
			syntax: 'markdown'
		});
		expect(await readDocument(docx(['One.', 'Two.']), 'docx', limit)).toEqual({ text: 'One.\nTwo.', syntax: 'text' });
		const { text, syntax } = await readDocument(await pdf([['Sex work is work.'], ['Second page.']]), 'pdf', limit);
		expect(syntax).toBe('text');
		expect(text).toBe('Sex work is work.\n\nSecond page.');
	});

	test('refuses, with a code, what it cannot read', async () => {
		expect(await codeOf(readDocument(encode('x'.repeat(2000)), 'text', { maxSize: 1000 }))).toBe('too-large');
		expect(await codeOf(readDocument(new Uint8Array([0x61, 0, 0x62]), 'text', limit))).toBe('binary');
		expect(await codeOf(readDocument(new Uint8Array([0xc3, 0x28]), 'text', limit))).toBe('invalid-utf8');
		expect(await codeOf(readDocument(encode('  \n'), 'html', limit))).toBe('empty');
		expect(await codeOf(readDocument(encode(encryptedPdf()), 'pdf', limit))).toBe('encrypted-pdf');
		expect(await codeOf(readDocument(encode('plain text'), 'pdf', limit))).toBe('not-pdf');
		expect(await codeOf(readDocument(encode('plain text'), 'docx', limit))).toBe('not-docx');
	});
});
