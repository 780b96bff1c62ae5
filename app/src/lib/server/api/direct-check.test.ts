import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestEvent } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCheckPool } from '../check/pool.ts';
import { postCheck } from './check-api.ts';
import { clientAddress, directCheck } from './direct-check.ts';
import { apiRoute } from './endpoint.ts';
import { bodyLimit } from './settings.ts';

const ORIGIN = 'https://unconflate.example';
const route = apiRoute({ POST: postCheck });
const serveDirect = directCheck({ origin: ORIGIN });

let server: Server;
let base: string;

beforeAll(async () => {
	server = createServer((req, res) => {
		if (serveDirect(req, res)) return;
		res.writeHead(404, { 'x-fell-through': 'yes' }).end();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
	await closeCheckPool();
});

/** The same request answered by the SvelteKit route, as adapter-node would hand it over. */
async function viaRoute(body: string, headers: Record<string, string>): Promise<Response> {
	const request = new Request(`${ORIGIN}/api/v1/check`, { method: 'POST', headers, body });
	const event = { request, url: new URL(request.url), getClientAddress: () => '127.0.0.1' } as unknown as RequestEvent;
	return (route.POST as (event: RequestEvent) => Promise<Response>)(event);
}

const viaDirect = (body: string, headers: Record<string, string>, path = '/api/v1/check') =>
	fetch(base + path, { method: 'POST', headers, body });

const JSON_TYPE = { 'content-type': 'application/json' };

describe('the direct route for JSON checks', { timeout: 60_000 }, () => {
	it.each([
		['a conflating text', JSON.stringify({ text: 'No woman chooses prostitution: it is all trafficking.' })],
		[
			'a text in French, as Markdown',
			JSON.stringify({ text: '# Titre\n\nLa prostitution, c’est la traite.', locale: 'fr', syntax: 'markdown' })
		],
		['malformed JSON', '{"text": '],
		['an empty body', ''],
		['a schema mismatch', JSON.stringify({ text: 3, syntax: 'latex', colour: 1 })],
		['a NUL character', JSON.stringify({ text: 'a\u0000b' })],
		['a text over the limit', JSON.stringify({ text: 'a'.repeat(1024 * 1024 + 1) })]
	])('answers %s exactly as the SvelteKit route does', async (_, body) => {
		const [direct, routed] = await Promise.all([viaDirect(body, JSON_TYPE), viaRoute(body, JSON_TYPE)]);
		expect(direct.status).toBe(routed.status);
		for (const name of ['content-type', 'cache-control']) expect(direct.headers.get(name), name).toBe(routed.headers.get(name));
		expect(await direct.json()).toEqual(await routed.json());
	});

	it('refuses a body over the limit, announced or streamed, while the client is still sending', async () => {
		const big = JSON.stringify({ text: 'a'.repeat(bodyLimit + 1024) });
		const announced = await viaDirect(big, JSON_TYPE);
		expect(announced.status).toBe(413);
		expect(((await announced.json()) as { detail: string }).detail).toMatch(/request body/);
		// Without Content-Length (chunked): found while reading.
		const stream = new Blob([big]).stream();
		const streamed = await fetch(`${base}/api/v1/check`, {
			method: 'POST',
			headers: JSON_TYPE,
			body: stream,
			duplex: 'half'
		} as RequestInit);
		expect(streamed.status).toBe(413);
		expect(((await streamed.json()) as { code: string }).code).toBe('too-large');
		expect((await viaDirect(JSON.stringify({ text: 'Sex work is work.' }), JSON_TYPE)).status).toBe(200);
	});

	it('reads a content type with parameters and in capitals', async () => {
		const response = await viaDirect(JSON.stringify({ text: 'Sex work is work.' }), {
			'content-type': 'Application/JSON; charset=utf-8'
		});
		expect(response.status).toBe(200);
		expect(response.headers.get('x-fell-through')).toBeNull();
	});

	it('leaves uploads, other media types, other methods and other paths to SvelteKit', async () => {
		const form = new FormData();
		form.append('file', new Blob(['text']), 'a.txt');
		const answers = await Promise.all([
			fetch(`${base}/api/v1/check`, { method: 'POST', body: form }),
			viaDirect('text', { 'content-type': 'text/plain' }),
			fetch(`${base}/api/v1/check`),
			viaDirect('{"items":[]}', JSON_TYPE, '/api/v1/check/batch'),
			viaDirect('{"text":"a"}', JSON_TYPE, '/api/v1/checks')
		]);
		for (const answer of answers) expect(answer.headers.get('x-fell-through')).toBe('yes');
	});
});

describe('the client address', () => {
	const req = (headers: IncomingMessage['headers'], remoteAddress = '10.0.0.9') =>
		({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

	it('is the socket’s without ADDRESS_HEADER', () => {
		expect(clientAddress(req({ 'x-forwarded-for': '1.2.3.4' }), '', 1)).toBe('10.0.0.9');
	});

	it('is read from the header a proxy sets, counting X-Forwarded-For from the right', () => {
		expect(clientAddress(req({ 'x-real-ip': '5.6.7.8' }), 'x-real-ip', 1)).toBe('5.6.7.8');
		expect(clientAddress(req({ 'x-forwarded-for': '1.1.1.1, 2.2.2.2, 3.3.3.3' }), 'x-forwarded-for', 1)).toBe('3.3.3.3');
		expect(clientAddress(req({ 'x-forwarded-for': '1.1.1.1, 2.2.2.2, 3.3.3.3' }), 'x-forwarded-for', 2)).toBe('2.2.2.2');
	});

	it('is "unknown" where adapter-node would refuse (header missing, depth past the list)', () => {
		expect(clientAddress(req({}), 'x-real-ip', 1)).toBe('unknown');
		expect(clientAddress(req({ 'x-forwarded-for': '1.1.1.1' }), 'x-forwarded-for', 2)).toBe('unknown');
	});
});
