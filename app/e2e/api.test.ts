// The HTTP API against the production build: every success and every error the API promises,
// through real HTTP (fetch). Each test speaks from its own loopback address (127.0.0.x), because the
// rate limit counts per client address and the e2e server's bucket is small (global-setup.ts).
import { createServer } from 'node:net';
import { analyze, rules } from '@unconflate/analyzer';
import { docx, docxBomb, encryptedPdf, pdf } from '@unconflate/documents/fixtures';
import { Agent, FormData, fetch, type RequestInit, type Response } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { BatchResponseSchema, CheckResultSchema, ProblemSchema, RulesResponseSchema } from '../src/lib/server/api/schemas.ts';
import { origin } from './browser.ts';
import { E2E_API_ENV, startServer } from './global-setup.ts';

const CONFLATING = 'We must end sex trafficking and prostitution. No woman chooses prostitution.';
const MiB = 1024 * 1024;

const agents: Agent[] = [];
let lastAddress = 1;
afterAll(async () => {
	await Promise.all(agents.map((a) => a.close()));
});

/** A client with an address of its own, so that its rate-limit bucket is its own. */
function client(base = origin()) {
	lastAddress += 1;
	const dispatcher = new Agent({ localAddress: `127.0.0.${lastAddress}` });
	agents.push(dispatcher);
	const send = (path: string, init: RequestInit = {}) => fetch(base + path, { ...init, dispatcher });
	return {
		send,
		json: (path: string, body: unknown, headers: Record<string, string> = {}) =>
			send(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }),
		upload: (
			name: string,
			bytes: Uint8Array | string,
			fields: Record<string, string> = {},
			headers: Record<string, string> = {}
		) => {
			const form = new FormData();
			form.append('file', new Blob([bytes as BlobPart]), name);
			for (const [key, value] of Object.entries(fields)) form.append(key, value);
			return send('/api/v1/check', { method: 'POST', body: form, headers });
		}
	};
}

/** A problem answer: its status, media type and members, checked against the Problem schema. */
async function problem(response: Response, status: number, code: string) {
	expect(response.status).toBe(status);
	expect(response.headers.get('content-type')).toBe('application/problem+json');
	const body = ProblemSchema.parse(await response.json());
	expect(body).toMatchObject({ status, code, type: `${origin()}/en/check/api#error-${code}` });
	expect(body.title.length).toBeGreaterThan(0);
	expect(body.detail).toMatch(/\.$/);
	return body;
}

describe('POST /api/v1/check with JSON', () => {
	it('answers with exactly the analyzer’s result', async () => {
		const api = client();
		const response = await api.json('/api/v1/check', { text: CONFLATING });
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(response.headers.get('cache-control')).toBe('no-store');
		const result = CheckResultSchema.parse(await response.json());
		expect(result).toEqual(analyze(CONFLATING));
		expect(result.verdict).toBe('conflates');
	});

	it('reads Markdown and HTML and explains in French when asked', async () => {
		const api = client();
		const markdown = `# Rescue\n\n*${CONFLATING}*`;
		const fr = await (await api.json('/api/v1/check', { text: markdown, syntax: 'markdown', locale: 'fr' })).json();
		expect(fr).toEqual(analyze(markdown, { syntax: 'markdown', locale: 'fr' }));
		const html = `<p>${CONFLATING}</p>`;
		expect(await (await api.json('/api/v1/check', { text: html, syntax: 'html' })).json()).toEqual(
			analyze(html, { syntax: 'html' })
		);
	});

	it('takes a text of exactly the limit', async () => {
		const api = client();
		// Mostly neutral prose: a megabyte of conflation would answer with tens of megabytes of findings.
		const filler = 'Outreach workers met sex workers at the health centre to talk about safety. ';
		const text = `${CONFLATING} ${filler.repeat(Math.floor(MiB / filler.length))}`.slice(0, MiB).padEnd(MiB, '.');
		expect(Buffer.byteLength(text)).toBe(MiB);
		const response = await api.json('/api/v1/check', { text });
		expect(response.status).toBe(200);
		expect(CheckResultSchema.parse(await response.json()).verdict).toBe('conflates');
	});
});

describe('POST /api/v1/check with a file', () => {
	it('reads text, Markdown, HTML, PDF and Word files', async () => {
		const api = client();
		const expected = analyze(CONFLATING);
		for (const [name, bytes] of [
			['note.txt', CONFLATING],
			['note.md', `**${CONFLATING}**`],
			['page.html', `<article><p>${CONFLATING}</p></article>`],
			['report.pdf', await pdf([[CONFLATING]])],
			['report.docx', docx([CONFLATING])]
		] as Array<[string, Uint8Array | string]>) {
			const response = await api.upload(name, bytes);
			expect(response.status, name).toBe(200);
			const result = CheckResultSchema.parse(await response.json());
			expect(result.verdict, name).toBe('conflates');
			expect(
				result.findings.map((f) => f.rule),
				name
			).toEqual(expected.findings.map((f) => f.rule));
		}
	});

	it('honours the syntax and locale fields', async () => {
		const api = client();
		const text = `*${CONFLATING}*`;
		const response = await api.upload('note.txt', text, { syntax: 'markdown', locale: 'fr' });
		expect(await response.json()).toEqual(analyze(text, { syntax: 'markdown', locale: 'fr' }));
	});
});

describe('POST /api/v1/check/batch', () => {
	it('checks 100 texts and answers in order, each result with its id', async () => {
		const api = client();
		const items = Array.from({ length: 100 }, (_, i) => ({
			id: i % 2 ? `row-${i}` : i,
			text: i % 3 ? CONFLATING : `Sex workers in city ${i} organised for labour rights.`
		}));
		const response = await api.json('/api/v1/check/batch', { items, locale: 'fr' });
		expect(response.status).toBe(200);
		const { results } = BatchResponseSchema.parse(await response.json());
		expect(results.map((r) => r.id)).toEqual(items.map((i) => i.id));
		results.forEach(({ id: _id, ...result }, i) => expect(result).toEqual(analyze(items[i]?.text ?? '', { locale: 'fr' })));
		expect(new Set(results.map((r) => r.verdict))).toEqual(new Set(['conflates', 'clear']));
	});

	it('refuses 101 texts, naming the limit', async () => {
		const api = client();
		const items = Array.from({ length: 101 }, () => ({ text: CONFLATING }));
		const body = await problem(await api.json('/api/v1/check/batch', { items }), 400, 'invalid-request');
		expect(body.errors).toEqual([{ path: 'items', message: expect.stringContaining('100') }]);
		expect(body.detail).toContain('items');
	});

	it('names the item whose text is over the limit', async () => {
		const api = client();
		const items = [{ text: CONFLATING }, { text: 'a'.repeat(MiB + 1) }];
		const body = await problem(await api.json('/api/v1/check/batch', { items }), 413, 'too-large');
		expect(body.detail).toContain('items.1.text');
	});
});

describe('GET /api/v1/rules and the OpenAPI document', () => {
	it('lists every rule with its message and explanation in English and French', async () => {
		const api = client();
		const response = await api.send('/api/v1/rules');
		expect(response.status).toBe(200);
		const body = RulesResponseSchema.parse(await response.json());
		expect(body.rules.map((r) => r.id)).toEqual(rules.map((r) => r.id));
		for (const rule of body.rules) {
			expect(rule.message.en, rule.id).not.toBe('');
			expect(rule.message.fr, rule.id).not.toBe('');
			expect(rule.message.fr, rule.id).not.toBe(rule.message.en);
			expect(rule.explanation.fr, rule.id).not.toBe('');
		}
	});

	it('serves the OpenAPI 3.1 document for this server', async () => {
		const api = client();
		const response = await api.send('/api/v1/openapi.json');
		expect(response.status).toBe(200);
		const document = (await response.json()) as { openapi: string; servers: Array<{ url: string }>; paths: object };
		expect(document.openapi).toMatch(/^3\.1\./);
		expect(document.servers).toEqual([{ url: `${origin()}/api/v1` }]);
		expect(Object.keys(document.paths)).toContain('/check/batch');
	});
});

describe('API errors', () => {
	it('answer malformed JSON and schema mismatches with 400, listing the issues', async () => {
		const api = client();
		const send = (body: string) =>
			api.send('/api/v1/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
		expect((await problem(await send('{"text": '), 400, 'invalid-json')).detail).toMatch(/not valid JSON/);
		await problem(await send(''), 400, 'invalid-json');
		const mismatch = await problem(await send('{"text": 3, "syntax": "latex", "colour": 1}'), 400, 'invalid-request');
		expect(mismatch.errors?.map((e) => e.path).sort()).toEqual(['', 'syntax', 'text']);
		const empty = await problem(await send('{"text": "   "}'), 400, 'invalid-request');
		expect(empty.detail).toMatch(/empty/);
	});

	it('answer a text over 1 MiB, a file over 10 MiB and a body over the limit with 413', async () => {
		const api = client();
		const text = await problem(await api.json('/api/v1/check', { text: 'a'.repeat(MiB + 1) }), 413, 'too-large');
		expect(text.detail).toMatch(/over the 1 MB limit/);
		const file = await problem(await api.upload('big.txt', 'a'.repeat(10 * MiB + 1)), 413, 'too-large');
		expect(file.detail).toMatch(/The file is 10\.0 MB, over the 10 MB limit/);
		const body = await problem(await api.json('/api/v1/check', { text: 'a'.repeat(11 * MiB) }), 413, 'too-large');
		expect(body.detail).toMatch(/request body/);
		// The server is still there for the next request.
		expect((await api.json('/api/v1/check', { text: CONFLATING })).status).toBe(200);
	});

	it('answer media types and file types the API does not read with 415', async () => {
		const api = client();
		const plain = await api.send('/api/v1/check', {
			method: 'POST',
			headers: { 'content-type': 'text/plain' },
			body: CONFLATING
		});
		expect((await problem(plain, 415, 'unsupported-media-type')).detail).toMatch(/application\/json or multipart\/form-data/);
		expect((await problem(await api.upload('setup.exe', 'MZ'), 415, 'unsupported-media-type')).detail).toMatch(/\.exe/);
		const batchForm = await api.send('/api/v1/check/batch', { method: 'POST', body: new FormData() });
		await problem(batchForm, 415, 'unsupported-media-type');
	});

	it('answer a malformed multipart body with 400, and a form without a file likewise', async () => {
		const api = client();
		const broken = await api.send('/api/v1/check', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=x' },
			body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nno closing boundary'
		});
		await problem(broken, 400, 'invalid-form');
		const form = new FormData();
		form.append('locale', 'fr');
		const noFile = await problem(await api.send('/api/v1/check', { method: 'POST', body: form }), 400, 'invalid-request');
		expect(noFile.errors).toEqual([{ path: 'file', message: expect.stringMatching(/file is required/) }]);
	});

	it('answer documents that cannot be read with 422, naming the reason', async () => {
		const api = client();
		const cases: Array<[string, Uint8Array | string, string, RegExp]> = [
			['bomb.docx', docxBomb(20), 'zip-bomb', /zip bomb refused/],
			['small-bomb.docx', docxBomb(5), 'zip-bomb', /zip bomb refused/],
			['secret.pdf', encryptedPdf(), 'encrypted-pdf', /encrypted PDF/],
			['fake.pdf', 'not a pdf at all', 'not-pdf', /not a PDF/],
			['binary.txt', new Uint8Array([0x61, 0x00, 0x62]), 'binary', /binary data/],
			['latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'invalid-utf8', /invalid UTF-8/],
			['empty.md', '  \n', 'empty', /empty/]
		];
		for (const [name, bytes, reason, detail] of cases) {
			const body = await problem(await api.upload(name, bytes), 422, 'unreadable-document');
			expect(body.reason, name).toBe(reason);
			expect(body.detail, name).toMatch(detail);
		}
		const json = await api.send('/api/v1/check', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: new Uint8Array([...Buffer.from('{"text": "caf'), 0xe9, ...Buffer.from('"}')])
		});
		expect((await problem(json, 422, 'unreadable-document')).reason).toBe('invalid-utf8');
		const nul = await problem(await api.json('/api/v1/check', { text: 'a\u0000b' }), 422, 'unreadable-document');
		expect(nul.reason).toBe('binary');
	});

	it('answer unknown paths under /api with 404 and wrong methods with 405 and Allow', async () => {
		const api = client();
		for (const path of ['/api/v1/nowhere', '/api/v2/check', '/api']) {
			expect((await problem(await api.send(path), 404, 'not-found')).detail, path).toContain(path);
		}
		await problem(await api.send('/api/v1/nowhere', { method: 'DELETE' }), 404, 'not-found');
		const get = await api.send('/api/v1/check');
		await problem(get, 405, 'method-not-allowed');
		expect(get.headers.get('allow')).toBe('POST, OPTIONS');
		const put = await api.send('/api/v1/rules', { method: 'PUT', body: '{}' });
		await problem(put, 405, 'method-not-allowed');
		expect(put.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
	});

	it('is not reachable under a language prefix, where a page-not-found answers in that language', async () => {
		const api = client();
		for (const [path, words] of [
			['/en/api/v1/rules', 'not found'],
			['/fr/api/v1/rules', 'introuvable']
		] as const) {
			const response = await api.send(path);
			expect(response.status, path).toBe(404);
			expect(response.headers.get('content-type'), path).toContain('text/html');
			expect((await response.text()).toLowerCase(), path).toContain(words);
		}
		const post = await api.json('/en/api/v1/check', { text: CONFLATING });
		expect(post.status).toBe(404);
		expect(post.headers.get('content-type')).not.toContain('json');
	});
});

describe('the rate limit', () => {
	it('answers 429 with Retry-After once a client’s bucket is spent, and only for that client', async () => {
		const greedy = client();
		const burst = Number(E2E_API_ENV.API_RATE_BURST);
		const responses = await Promise.all(
			Array.from({ length: burst + 20 }, () => greedy.json('/api/v1/check', { text: 'Sex work is work.' }))
		);
		const statuses = responses.map((r) => r.status);
		expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(burst);
		const refused = responses.filter((r) => r.status === 429);
		expect(refused.length).toBeGreaterThan(0);
		expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
		const first = refused[0] as Response;
		expect(Number(first.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		expect((await problem(first, 429, 'rate-limited')).detail).toMatch(/Try again in \d+ s/);
		await Promise.all(responses.filter((r) => !r.bodyUsed).map((r) => r.arrayBuffer()));

		expect((await client().json('/api/v1/check', { text: 'Sex work is work.' })).status).toBe(200);
	});
});

describe('CORS and cross-site forms', () => {
	const preflight = (api: ReturnType<typeof client>, from: string, method = 'POST') =>
		api.send('/api/v1/check', {
			method: 'OPTIONS',
			headers: { origin: from, 'access-control-request-method': method, 'access-control-request-headers': 'content-type' }
		});

	it('allows a preflight and the request from an allowed origin', async () => {
		const api = client();
		const answer = await preflight(api, 'https://news.example');
		expect(answer.status).toBe(204);
		expect(answer.headers.get('access-control-allow-origin')).toBe('https://news.example');
		expect(answer.headers.get('access-control-allow-methods')).toBe('POST');
		expect(answer.headers.get('access-control-allow-headers')).toContain('content-type');
		const response = await api.json(
			'/api/v1/check',
			{ text: CONFLATING },
			{ origin: 'https://news.example', 'sec-fetch-site': 'cross-site' }
		);
		expect(response.status).toBe(200);
		expect(response.headers.get('access-control-allow-origin')).toBe('https://news.example');
		expect(response.headers.get('vary')).toContain('Origin');
		const upload = await api.upload(
			'note.txt',
			CONFLATING,
			{},
			{ origin: 'https://news.example', 'sec-fetch-site': 'cross-site' }
		);
		expect(upload.status).toBe(200);
	});

	it('denies a preflight from another origin and names no origin in its answers', async () => {
		const api = client();
		const answer = await preflight(api, 'https://evil.example');
		await problem(answer, 403, 'origin-not-allowed');
		expect(answer.headers.get('access-control-allow-origin')).toBeNull();
		const wrongMethod = await preflight(api, 'https://news.example', 'DELETE');
		expect(wrongMethod.status).toBe(403);
		const response = await api.json('/api/v1/check', { text: CONFLATING }, { origin: 'https://evil.example' });
		expect(response.headers.get('access-control-allow-origin')).toBeNull();
	});

	it('refuses a browser’s cross-site form post from another origin, and lets programs upload', async () => {
		const api = client();
		const forged = await api.upload(
			'note.txt',
			CONFLATING,
			{},
			{ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }
		);
		await problem(forged, 403, 'cross-site-form');
		expect((await api.upload('note.txt', CONFLATING)).status).toBe(200);
	});
});

describe('concurrent requests', () => {
	it('answer short texts while large ones are still being analysed', async () => {
		const api = client();
		// Three 1 MiB HTML documents (the slowest syntax), mostly neutral prose so that their answers
		// stay small: a second or so of analysis each, one after the other in the bulk lane.
		const paragraph = `<p>Outreach workers met sex workers at the <a href="https://example.org">health centre</a>.</p>\n`;
		const html = `<p>${CONFLATING}</p>\n${paragraph.repeat(Math.floor(MiB / paragraph.length) - 2)}`;
		const order: string[] = [];
		const large = [1, 2, 3].map((n) =>
			api.json('/api/v1/check', { text: html, syntax: 'html' }).then(async (response) => {
				order.push(`large-${n}`);
				return { status: response.status, result: await response.json() };
			})
		);
		for (let i = 0; i < 5; i++) {
			const response = await api.json('/api/v1/check', { text: `${CONFLATING} (${i})` });
			expect(response.status).toBe(200);
			order.push(`small-${i}`);
		}
		const done = await Promise.all(large);
		for (const { status, result } of done) {
			expect(status).toBe(200);
			expect(CheckResultSchema.parse(result).verdict).toBe('conflates');
		}
		// Every short text was answered before the last large document.
		expect(order.at(-1)).toMatch(/^large-/);
		expect(order.indexOf('small-4')).toBeLessThan(order.length - 1);
	});
});

// Starting a second server (and its embedded database) takes a while on a busy machine.
describe('the time budget', { timeout: 240_000 }, () => {
	it('stops an analysis that outlives it with 503, and logs neither the text nor the file name', async () => {
		// A server of its own with a 1 ms budget, which no real analysis fits in.
		const server = await startServer(await freePort(), { API_TIME_BUDGET_MS: '1', LOG_LEVEL: 'info' });
		try {
			const api = client(server.origin);
			const marker = 'zebra-marker-7f3a';
			const text = `${CONFLATING} ${marker} `.repeat(5000);
			const response = await api.json('/api/v1/check', { text });
			const body = ProblemSchema.parse(await response.json());
			expect(response.status).toBe(503);
			expect(body).toMatchObject({ code: 'time-budget-exceeded', detail: expect.stringMatching(/time budget \(1 ms\)/) });
			const upload = await api.upload(`${marker}-report.docx`, docx([text]));
			expect(upload.status).toBe(503);
			// The request log has the path and the status, never the text, an excerpt or the file name.
			await expect.poll(() => server.output()).toMatch(/"path":"\/api\/v1\/check","status":503/);
			expect(server.output()).not.toContain(marker);
			expect(server.output()).not.toContain('prostitution');
		} finally {
			await server.stop();
		}
	});
});

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}
