import { describe, expect, it } from 'vitest';
import { isCrossSiteApiFormPost, isCrossSiteFormPost } from './csrf.ts';

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

describe('isCrossSiteApiFormPost', () => {
	const upload = (headers: Record<string, string>) =>
		new Request('http://localhost:3000/api/v1/check', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=x', ...headers },
			body: '--x--'
		});
	const cors = ['https://news.example'];

	it('lets programs upload without Fetch Metadata or Origin (curl, scripts)', () => {
		expect(isCrossSiteApiFormPost(upload({}), [])).toBe(false);
		expect(isCrossSiteApiFormPost(upload({ origin: 'https://anything.example' }), [])).toBe(false);
	});

	it('lets our own pages and the origins allowed by CORS upload from a browser', () => {
		expect(isCrossSiteApiFormPost(upload({ 'sec-fetch-site': 'same-origin', origin: 'null' }), [])).toBe(false);
		expect(isCrossSiteApiFormPost(upload({ 'sec-fetch-site': 'cross-site', origin: 'https://news.example' }), cors)).toBe(false);
		expect(isCrossSiteApiFormPost(upload({ 'sec-fetch-site': 'cross-site', origin: 'https://x.example' }), ['*'])).toBe(false);
	});

	it('refuses browser form posts from other sites', () => {
		expect(isCrossSiteApiFormPost(upload({ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }), cors)).toBe(true);
		expect(isCrossSiteApiFormPost(upload({ 'sec-fetch-site': 'same-site', origin: 'null' }), cors)).toBe(true);
	});

	it('leaves JSON to CORS preflight', () => {
		expect(
			isCrossSiteApiFormPost(
				upload({ 'content-type': 'application/json', 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }),
				cors
			)
		).toBe(false);
	});
});
