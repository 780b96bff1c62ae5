import { describe, expect, it } from 'vitest';
import { origin } from './browser.ts';

describe('bad requests', () => {
	it('gives a helpful 404 in the visitor language', async () => {
		const fr = await fetch(`${origin()}/fr/apprendre/nulle-part`);
		expect(fr.status).toBe(404);
		expect(await fr.text()).toContain('Page introuvable');
		const en = await fetch(`${origin()}/en/nowhere`);
		expect(await en.text()).toContain('Page not found');
		const unknownLanguage = await fetch(`${origin()}/de/lernen`, { headers: { 'accept-language': 'fr-CA,fr;q=0.9' } });
		expect(unknownLanguage.status).toBe(404);
		expect(await unknownLanguage.text()).toContain('Page introuvable');
	});

	it('sends a page reached without its language to the reader language', async () => {
		const response = await fetch(`${origin()}/learn`, { redirect: 'manual', headers: { 'accept-language': 'fr' } });
		expect(response.status).toBe(308);
		expect(response.headers.get('location')).toBe('/fr/apprendre');
	});

	it('survives malformed requests', async () => {
		const attempts = [
			fetch(`${origin()}/en/learn/%E0%A4%A`),
			fetch(`${origin()}/en/learn/quiz`, {
				method: 'POST',
				headers: { 'content-type': 'multipart/form-data; boundary=x', origin: origin() },
				body: '--x\r\nbroken'
			}),
			fetch(`${origin()}/en/learn/quiz`, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: 'q-a=b'
			}),
			fetch(`${origin()}/${'a/'.repeat(500)}`),
			fetch(`${origin()}/en/learn/quiz`, { method: 'DELETE' })
		];
		for (const response of await Promise.all(attempts)) expect(response.status).toBeLessThan(500);
		expect((await fetch(`${origin()}/healthz`)).status).toBe(200);
	});
});

describe('security headers', () => {
	it('are on pages, static files and endpoints', async () => {
		const page = await fetch(`${origin()}/en/learn`);
		const csp = page.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toMatch(/script-src 'self'/);
		expect(csp).not.toContain('unsafe-inline');
		const html = await page.text();
		const asset = /<link[^>]+href="(\/_app\/[^"]+\.css)"/.exec(html)?.[1];
		expect(asset).toBeTruthy();
		for (const response of [
			page,
			await fetch(origin() + asset),
			await fetch(`${origin()}/sitemap.xml`),
			await fetch(`${origin()}/favicon.svg`)
		]) {
			expect(response.headers.get('referrer-policy')).toBe('no-referrer');
			expect(response.headers.get('x-content-type-options')).toBe('nosniff');
			expect(response.headers.get('permissions-policy')).toContain('camera=()');
			expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		}
		// Served over plain http here, so no HSTS (it is sent when ORIGIN is https).
		expect(page.headers.get('strict-transport-security')).toBeNull();
	});

	it('mark outbound links noreferrer', async () => {
		const html = await (await fetch(`${origin()}/en/learn/what-is-trafficking`)).text();
		const outbound = [...html.matchAll(/<a [^>]*href="https?:\/\/[^"]*"[^>]*>/g)].map((m) => m[0]);
		expect(outbound.length).toBeGreaterThan(5);
		for (const tag of outbound) expect(tag).toContain('rel="noreferrer noopener"');
	});
});

describe('form posts from other sites', () => {
	it('are refused with 403, while our own (Origin: null under no-referrer) pass', async () => {
		const send = (headers: Record<string, string>) =>
			fetch(`${origin()}/en/learn/quiz`, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...headers },
				body: 'q-sex-work-definition=a'
			});
		expect((await send({ origin: 'https://elsewhere.example' })).status).toBe(403);
		expect((await send({ origin: 'null', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
		expect((await send({ origin: 'null', 'sec-fetch-site': 'same-origin' })).status).toBe(200);
	});
});
