import { describe, expect, it } from 'vitest';
import { corsHeaders, preflight } from './cors.ts';

const options = (headers: Record<string, string>) => new Request('http://localhost/api/v1/check', { method: 'OPTIONS', headers });

describe('CORS', () => {
	it('is off without an allow-list: no origin is named', () => {
		expect(corsHeaders('https://news.example', [])).toEqual({});
		const answer = preflight(options({ origin: 'https://news.example', 'access-control-request-method': 'POST' }), ['POST'], []);
		expect(answer).toMatchObject({ kind: 'denied', reason: expect.stringMatching(/API_CORS_ORIGINS is not set/) });
	});

	it('names an allowed origin and varies on Origin', () => {
		expect(corsHeaders('https://news.example', ['https://news.example'])).toMatchObject({
			'access-control-allow-origin': 'https://news.example',
			vary: 'Origin'
		});
		expect(corsHeaders('https://other.example', ['https://news.example'])).toEqual({ vary: 'Origin' });
		expect(corsHeaders('https://any.example', ['*'])['access-control-allow-origin']).toBe('*');
	});

	it('allows a preflight for a listed origin, method and headers', () => {
		const answer = preflight(
			options({
				origin: 'https://news.example',
				'access-control-request-method': 'POST',
				'access-control-request-headers': 'Content-Type'
			}),
			['POST'],
			['https://news.example']
		);
		expect(answer.kind).toBe('allowed');
		if (answer.kind !== 'allowed') return;
		expect(answer.headers['access-control-allow-origin']).toBe('https://news.example');
		expect(answer.headers['access-control-allow-methods']).toBe('POST');
		expect(answer.headers['access-control-allow-headers']).toContain('content-type');
		expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
	});

	it('denies other origins, methods and headers, naming which', () => {
		const allowed = ['https://news.example'];
		const ask = (headers: Record<string, string>) =>
			preflight(
				options({ origin: 'https://news.example', 'access-control-request-method': 'POST', ...headers }),
				['POST'],
				allowed
			);
		expect(ask({ origin: 'https://evil.example' })).toMatchObject({
			kind: 'denied',
			reason: expect.stringContaining('evil.example')
		});
		expect(ask({ 'access-control-request-method': 'DELETE' })).toMatchObject({ reason: expect.stringContaining('DELETE') });
		expect(ask({ 'access-control-request-headers': 'authorization' })).toMatchObject({
			reason: expect.stringContaining('authorization')
		});
	});

	it('tells a plain OPTIONS request from a preflight', () => {
		expect(preflight(options({}), ['POST'], ['*'])).toEqual({ kind: 'not-preflight' });
	});
});
