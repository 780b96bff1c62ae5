import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ApiProblem, asSentence, invalidRequest, PROBLEMS, problemType } from './problem.ts';

describe('problem details', () => {
	it('answer as application/problem+json with type, title, status, detail and code', async () => {
		const response = new ApiProblem('too-large', 'The file is 12 MB, over the 10 MB limit', {
			extensions: { limit: 10 },
			headers: { 'x-extra': '1' }
		}).toResponse('https://example.org', { vary: 'Origin' });
		expect(response.status).toBe(413);
		expect(response.headers.get('content-type')).toBe('application/problem+json');
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.get('x-extra')).toBe('1');
		expect(response.headers.get('vary')).toBe('Origin');
		expect(await response.json()).toEqual({
			type: 'https://example.org/en/check/api#error-too-large',
			title: 'Content too large',
			status: 413,
			detail: 'The file is 12 MB, over the 10 MB limit.',
			code: 'too-large',
			limit: 10
		});
	});

	it('link each type to its entry on the API page', () => {
		expect(problemType('rate-limited', 'http://localhost:3000')).toBe('http://localhost:3000/en/check/api#error-rate-limited');
	});

	it('use the statuses of RFC 9110 for each code', () => {
		const statuses = Object.fromEntries(Object.entries(PROBLEMS).map(([code, p]) => [code, p.status]));
		expect(statuses).toMatchObject({
			'invalid-json': 400,
			'not-found': 404,
			'method-not-allowed': 405,
			'too-large': 413,
			'unsupported-media-type': 415,
			'unreadable-document': 422,
			'rate-limited': 429,
			'time-budget-exceeded': 503
		});
	});

	it('list Zod issues with readable paths and name the first ones in the detail', () => {
		const schema = z.strictObject({ items: z.array(z.strictObject({ text: z.string() })) });
		const result = schema.safeParse({ items: [{ text: 'a' }, { text: 1 }], extra: true });
		expect(result.success).toBe(false);
		const problem = invalidRequest(result.error?.issues ?? [], 'batch');
		expect(problem.status).toBe(400);
		const body = problem.body('https://example.org');
		expect(body['errors']).toEqual(
			expect.arrayContaining([
				{ path: 'items.1.text', message: expect.stringMatching(/string/) },
				{ path: '', message: expect.stringMatching(/extra/) }
			])
		);
		expect(body.detail).toMatch(/^The batch does not match the schema: .*items.*\.$/);
	});

	it('end every detail with one full stop', () => {
		expect(asSentence('Failed to parse body as FormData.')).toBe('Failed to parse body as FormData.');
		expect(asSentence('no stop ')).toBe('no stop.');
	});
});
