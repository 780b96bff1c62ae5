import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { docx, docxBomb } from '../test/fixtures.ts';
import { DocumentError } from './errors.ts';
import { centralDirectory, docxText, paragraphs } from './docx.ts';

const MB = 1024 ** 2;
const reason = (fn: () => unknown): string => {
	try {
		fn();
	} catch (error) {
		if (error instanceof DocumentError) return error.message;
		throw error;
	}
	return 'no error';
};

describe('paragraphs', () => {
	test('reads text runs, tabs and breaks, one string per w:p', () => {
		const xml =
			'<w:document xmlns:w="x"><w:body>' +
			'<w:p><w:r><w:t>Sex work</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve"> is work</w:t></w:r></w:p>' +
			'<w:p><w:r><w:t>line</w:t><w:br/><w:t>break &amp; more</w:t></w:r></w:p>' +
			'<w:p><w:r><w:delText>deleted</w:delText></w:r></w:p>' +
			'</w:body></w:document>';
		expect(paragraphs(xml)).toEqual(['Sex work\t is work', 'line\nbreak & more', '']);
	});
});

describe('docxText', () => {
	test('joins paragraphs with line breaks', () => {
		expect(docxText(docx(['First paragraph.', 'Second paragraph.']), 50 * MB)).toBe('First paragraph.\nSecond paragraph.');
	});

	test('refuses an archive that unpacks to more than 100 times its size', () => {
		expect(reason(() => docxText(docxBomb(20), 50 * MB))).toMatch(/zip bomb refused: .* times its size/);
	});

	test('refuses an archive that unpacks to more than the size limit', () => {
		const big = zipSync({ 'word/document.xml': crypto.getRandomValues(new Uint8Array(60_000)) }, { level: 0 });
		expect(reason(() => docxText(big, 50_000))).toMatch(/zip bomb refused: .* over the/);
	});

	test('refuses a zip without word/document.xml', () => {
		expect(reason(() => docxText(zipSync({ 'readme.txt': strToU8('hello') }), 50 * MB))).toMatch(/not a Word document/);
	});

	test('refuses data that is not a zip, and an encrypted (OLE) document', () => {
		expect(reason(() => docxText(strToU8('not a zip at all, just text'), 50 * MB))).toMatch(/not a valid \.docx/);
		expect(reason(() => docxText(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 50 * MB))).toMatch(
			/encrypted or legacy/
		);
	});

	test('refuses a document without text', () => {
		expect(reason(() => docxText(docx([]), 50 * MB))).toMatch(/empty input/);
	});
});

describe('centralDirectory', () => {
	test('lists entries with their compressed and uncompressed sizes without inflating them', () => {
		const entries = centralDirectory(zipSync({ 'a.txt': new Uint8Array(1000), 'b/c.txt': strToU8('hi') }, { level: 9 }));
		expect(entries.map((e) => [e.name, e.size])).toEqual([
			['a.txt', 1000],
			['b/c.txt', 2]
		]);
		expect(entries[0]?.compressedSize).toBeLessThan(100);
	});
});
