import { describe, expect, test } from 'vitest';
import { DocumentError } from './errors.ts';
import { decodeText, invalidUtf8At } from './text.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const failure = (fn: () => unknown): DocumentError => {
	try {
		fn();
	} catch (error) {
		if (error instanceof DocumentError) return error;
		throw error;
	}
	throw new Error('expected an DocumentError');
};

describe('decodeText', () => {
	test('decodes UTF-8 and drops a byte-order mark', () => {
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café')]))).toBe('Café');
	});

	test('refuses a NUL byte as binary data, naming its line', () => {
		const error = failure(() => decodeText(new TextEncoder().encode('one\ntwo\0')));
		expect(error.message).toMatch(/binary data/);
		expect(error.line).toBe(2);
	});

	test('refuses invalid UTF-8, naming its line', () => {
		const error = failure(() => decodeText(bytes(0x61, 0x0a, 0x62, 0x0a, 0xc3, 0x28)));
		expect(error.message).toMatch(/invalid UTF-8/);
		expect(error.line).toBe(3);
	});

	test('refuses empty and blank input', () => {
		expect(failure(() => decodeText(bytes())).message).toMatch(/empty input/);
		expect(failure(() => decodeText(new TextEncoder().encode(' \n\t\n'))).message).toMatch(/empty input/);
	});
});

describe('invalidUtf8At', () => {
	test.each([
		['valid multi-byte text', [0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], -1],
		['a lone continuation byte', [0x61, 0x80], 1],
		['an overlong encoding', [0xc0, 0xaf], 0],
		['a surrogate', [0xed, 0xa0, 0x80], 0],
		['a cut sequence at the end', [0x61, 0xe2, 0x82], 1],
		['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0]
	])('finds %s', (_name, values, at) => {
		expect(invalidUtf8At(bytes(...values))).toBe(at);
	});
});
