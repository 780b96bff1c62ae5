import { createServer, get as httpGet, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPageCache } from './page-cache.ts';

let server: Server;
let base = '';
const renders = new Map<string, number>();

beforeAll(async () => {
	const cache = createPageCache();
	server = createServer((req, res) => {
		if (cache.serve(req, res)) return;
		cache.capture(req, res);
		const path = req.url ?? '/';
		renders.set(path, (renders.get(path) ?? 0) + 1);
		res.setHeader('content-type', 'text/html');
		if (path.startsWith('/public')) res.setHeader('cache-control', 'public, max-age=300');
		if (path === '/public-nonce') res.setHeader('content-security-policy', "script-src 'nonce-abc'");
		if (path === '/public-cookie') res.setHeader('set-cookie', 'a=b');
		res.write('<p>rendered ');
		res.end(`${path}</p>`);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });

describe('the page cache', () => {
	it('renders a public page once and serves it from memory afterwards', async () => {
		expect(await (await get('/public')).text()).toBe('<p>rendered /public</p>');
		expect(await (await get('/public')).text()).toBe('<p>rendered /public</p>');
		expect(await (await get('/public')).text()).toBe('<p>rendered /public</p>');
		expect(renders.get('/public')).toBe(1);
	});

	it('serves brotli to readers whose browser accepts it', async () => {
		await get('/public-br');
		// node:http rather than fetch, which would decompress the body itself.
		const { encoding, body } = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
			httpGet(`${base}/public-br`, { headers: { 'accept-encoding': 'br' } }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
			}).on('error', reject);
		});
		expect(encoding).toBe('br');
		expect(brotliDecompressSync(body).toString()).toBe('<p>rendered /public-br</p>');
	});

	it('never keeps private pages, query strings, cookies or nonces', async () => {
		for (const path of ['/private', '/public?x=1', '/public-nonce', '/public-cookie']) {
			await get(path);
			await get(path);
			expect(renders.get(path), path).toBe(2);
		}
	});
});
