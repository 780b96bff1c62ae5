import { describe, expect, test } from 'vitest';
import { formatSize, parseSize } from './size.ts';

describe('parseSize', () => {
	test.each([
		['2000', 2000],
		['512k', 512 * 1024],
		['10mb', 10 * 1024 ** 2],
		['10MB', 10 * 1024 ** 2],
		['1.5 GB', 1.5 * 1024 ** 3],
		['1b', 1]
	])('reads %s as %i bytes', (text, bytes) => {
		expect(parseSize(text)).toBe(bytes);
	});

	test.each(['', 'ten', '10tb', '-5mb', '0', 'mb'])('refuses %j', (text) => {
		expect(parseSize(text)).toBeNull();
	});
});

describe('formatSize', () => {
	test('prints bytes, kilobytes and megabytes for people', () => {
		expect([formatSize(1), formatSize(12), formatSize(1536), formatSize(50 * 1024 ** 2)]).toEqual([
			'1 byte',
			'12 bytes',
			'1.5 KB',
			'50 MB'
		]);
	});
});
