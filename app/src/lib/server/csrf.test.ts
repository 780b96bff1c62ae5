import { describe, expect, it } from 'vitest';
import { isCrossSiteFormPost } from './csrf.ts';

const allowed = ['http://localhost:3000', 'http://127.0.0.1:3000'];
const post = (headers: Record<string, string>, method = 'POST') =>
	new Request('http://localhost:3000/en/learn/quiz', {
		method,
		headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
		body: method === 'GET' ? undefined : 'a=b'
	});

describe('isCrossSiteFormPost', () => {
	it('accepts a same-origin form even when the browser sends Origin: null (no-referrer)', () => {
		expect(isCrossSiteFormPost(post({ 'sec-fetch-site': 'same-origin', origin: 'null' }), allowed)).toBe(false);
	});

	it('accepts a form from one of our own origins', () => {
		expect(isCrossSiteFormPost(post({ origin: 'http://127.0.0.1:3000' }), allowed)).toBe(false);
	});

	it('refuses forms from other sites', () => {
		expect(isCrossSiteFormPost(post({ 'sec-fetch-site': 'cross-site', origin: 'http://localhost:3000' }), allowed)).toBe(true);
		expect(isCrossSiteFormPost(post({ origin: 'https://evil.example' }), allowed)).toBe(true);
		expect(isCrossSiteFormPost(post({ origin: 'null' }), allowed)).toBe(true);
		expect(isCrossSiteFormPost(post({}), allowed)).toBe(true);
	});

	it('leaves JSON and safe methods to other checks', () => {
		expect(isCrossSiteFormPost(post({ 'content-type': 'application/json', origin: 'https://evil.example' }), allowed)).toBe(
			false
		);
		expect(
			isCrossSiteFormPost(new Request('http://localhost:3000/', { headers: { origin: 'https://evil.example' } }), allowed)
		).toBe(false);
	});
});
