// The API's page for people (/en/check/api, /fr/verifier/api): served without JavaScript, in both
// languages, listed in the sitemap, with every error code it documents, and examples that work.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEMS } from '../src/lib/server/api/problem.ts';
import { launch, openPage, origin } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser.close();
});

describe('the API page', () => {
	it('is in the sitemap in English and French, each naming the other', async () => {
		const sitemap = await (await fetch(`${origin()}/sitemap.xml`)).text();
		expect(sitemap).toContain(`<loc>${origin()}/en/check/api</loc>`);
		expect(sitemap).toContain(`<loc>${origin()}/fr/verifier/api</loc>`);
		const english = await (await fetch(`${origin()}/en/check/api`)).text();
		expect(english).toContain(`hreflang="fr" href="${origin()}/fr/verifier/api"`);
	});

	it('reads without JavaScript in both languages: limits, privacy and every error code', async () => {
		const { context, page, foreign } = await openPage(browser, { javaScript: false });
		for (const [path, lang, heading, privacy] of [
			['/en/check/api', 'en', 'Checker API', /never stored or logged/],
			['/fr/verifier/api', 'fr', 'API du vérificateur', /jamais conservés ni journalisés/]
		] as const) {
			const response = await page.goto(origin() + path);
			expect(response?.status()).toBe(200);
			expect(response?.headers()['cache-control']).toBe('public, max-age=300');
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			expect(await page.locator('h1').allTextContents()).toEqual([heading]);
			expect(await page.locator('main').textContent()).toMatch(privacy);
			for (const code of Object.keys(PROBLEMS)) expect(await page.locator(`#error-${code}`).count(), code).toBe(1);
			// The limits this server runs with (global-setup.ts): a burst of 50, 60 a minute.
			expect(await page.locator('#limits + ul').textContent()).toMatch(/60.*50/);
		}
		expect(foreign()).toEqual([]);
		await context.close();
	});

	it('shows examples in curl, JavaScript and Python that work against this server', async () => {
		const html = await (await fetch(`${origin()}/en/check/api`)).text();
		const blocks = [...html.matchAll(/<pre[^>]*><code>([\s\S]*?)<\/code><\/pre>/g)].map((m) =>
			(m[1] ?? '').replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&')
		);
		expect(blocks.some((b) => b.startsWith('curl'))).toBe(true);
		expect(blocks.some((b) => b.includes('await fetch('))).toBe(true);
		expect(blocks.some((b) => b.startsWith('import requests'))).toBe(true);
		for (const block of blocks) if (block.includes('/api/v1')) expect(block).toContain(`${origin()}/api/v1/`);

		// Each curl example that sends JSON, sent as it is written.
		const curls = blocks.filter((b) => b.startsWith('curl') && b.includes(' -d '));
		expect(curls.length).toBe(2);
		for (const curl of curls) {
			const url = /curl -sS (\S+)/.exec(curl)?.[1] ?? '';
			const body = /-d '([\s\S]*)'/.exec(curl)?.[1] ?? '';
			const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
			expect(response.status, curl).toBe(200);
		}
	});
});
