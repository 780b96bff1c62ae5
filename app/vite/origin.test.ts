import { describe, expect, it } from 'vitest';
import { loopbackAliases, resolveOrigin } from './origin.ts';

describe('the build origin', () => {
	it('defaults to localhost on PORT', () => {
		expect(resolveOrigin({})).toBe('http://localhost:3000');
		expect(resolveOrigin({ PORT: '8080' })).toBe('http://localhost:8080');
		expect(resolveOrigin({ ORIGIN: 'https://example.org/' })).toBe('https://example.org');
	});

	it('explains a malformed ORIGIN', () => {
		expect(() => resolveOrigin({ ORIGIN: 'example.org' })).toThrow(/ORIGIN must be a URL/);
		expect(() => resolveOrigin({ ORIGIN: 'ftp://example.org' })).toThrow(/http:\/\/ or https:\/\//);
	});

	it('trusts the other loopback names, and nothing else', () => {
		expect(loopbackAliases('http://localhost:3000')).toEqual(['http://127.0.0.1:3000', 'http://[::1]:3000']);
		expect(loopbackAliases('https://example.org')).toEqual([]);
	});
});
