import { DocumentError } from './errors.ts';
import { formatSize } from './size.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode a text document: refuse binary data (a NUL byte), invalid UTF-8 and empty input, naming
 * the line where it goes wrong. A byte-order mark is dropped (TextDecoder does it).
 */
export function decodeText(bytes: Uint8Array, lineOffset = 0): string {
	const nul = bytes.indexOf(0);
	if (nul !== -1) throw new DocumentError('binary data (a NUL byte), not a text file', lineOffset + lineAt(bytes, nul), 'binary');
	let text: string;
	try {
		text = decoder.decode(bytes);
	} catch {
		const at = invalidUtf8At(bytes);
		throw new DocumentError(
			`invalid UTF-8 (byte ${at + 1}); save the file as UTF-8`,
			lineOffset + lineAt(bytes, at),
			'invalid-utf8'
		);
	}
	if (text.trim() === '') throw new DocumentError('empty input: nothing to check', null, 'empty');
	return text;
}

/** Refuse a document over the limit before reading it. */
export function checkSize(size: number, maxSize: number, what = 'the document'): void {
	if (size > maxSize) {
		throw new DocumentError(`${what} is ${formatSize(size)}, over the ${formatSize(maxSize)} limit`, null, 'too-large');
	}
}

/** 1-based line of a byte offset. */
export function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
	return line;
}

/**
 * Offset of the first byte that is not well-formed UTF-8 (RFC 3629, section 4), or -1. Only used
 * to say where TextDecoder failed: it tells that, not where.
 */
export function invalidUtf8At(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i] ?? 0;
		if (b < 0x80) {
			i++;
			continue;
		}
		let length: number;
		let min: number;
		let max = 0xbf;
		if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [length, min, max] = [3, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf];
		else if (b >= 0xf0 && b <= 0xf4) [length, min, max] = [4, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf];
		else return i;
		for (let k = 1; k < length; k++) {
			const c = bytes[i + k];
			const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
			if (c === undefined || c < lo || c > hi) return i;
		}
		i += length;
	}
	return -1;
}
