import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, origin, seriousViolations } from './browser.ts';

// Read at collection time (the server is up by then) so that every page is a test of its own, with
// its own time budget: one loop over every page outgrew any single test's timeout on a slow machine.
const sitemap = await (await fetch(`${origin()}/sitemap.xml`)).text();
const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);

let browser: Browser;
let shared: Awaited<ReturnType<typeof openPage>>;

beforeAll(async () => {
	browser = await launch();
	shared = await openPage(browser);
});
afterAll(async () => {
	await shared.context.close();
	await browser.close();
});

describe('every public page, in both languages', () => {
	it('is listed in the sitemap in English and French', () => {
		expect(pages.filter((p) => p.startsWith('/en/learn/')).length).toBeGreaterThanOrEqual(10);
		expect(pages.filter((p) => p.startsWith('/fr/apprendre/')).length).toBeGreaterThanOrEqual(10);
	});

	describe.each(pages)('%s', (path) => {
		it('answers 200 with one h1, the right language, no serious axe violation and no request off the origin', async () => {
			const { page, foreign } = shared;
			const problems: string[] = [];
			const response = await page.goto(origin() + path);
			if (response?.status() !== 200) problems.push(`status ${response?.status()}`);
			const h1 = await page.locator('h1').count();
			if (h1 !== 1) problems.push(`${h1} h1 elements`);
			const lang = await page.getAttribute('html', 'lang');
			const expected = path.startsWith('/fr') ? 'fr' : 'en';
			if (path !== '/' && lang !== expected) problems.push(`html lang="${lang}"`);
			problems.push(...(await seriousViolations(page)));
			expect(problems).toEqual([]);
			expect(foreign()).toEqual([]);
		});
	});

	it('reads fine with JavaScript disabled: content, references and the quick-exit link are there', async () => {
		const { context, page, foreign } = await openPage(browser, { javaScript: false });
		for (const path of pages.filter(
			(p) => /^\/(en\/learn|fr\/apprendre)\/[a-z]/.test(p) && !p.endsWith('/quiz') && !p.endsWith('/sources')
		)) {
			await page.goto(origin() + path);
			expect(await page.locator('main h1').textContent(), path).toBeTruthy();
			expect(await page.locator('main .prose p').count(), path).toBeGreaterThan(1);
			expect(await page.locator('#quick-exit').getAttribute('href'), path).toBeTruthy();
		}
		expect(foreign()).toEqual([]);
		await context.close();
	});
});

describe('the Learn landing', () => {
	it('shows a first-time visitor where to start, and every page in order', async () => {
		const { context, page } = await openPage(browser);
		await page.goto(`${origin()}/en/learn`);
		await page.getByRole('link', { name: /^Start with:/ }).click();
		expect(new URL(page.url()).pathname).toBe('/en/learn/what-is-sex-work');
		await page.goto(`${origin()}/fr/apprendre`);
		expect(await page.locator('ol.cards > li').count()).toBe(8);
		await context.close();
	});
});

describe('the language switcher', () => {
	it('keeps the page, and the section the reader was on', async () => {
		const { context, page } = await openPage(browser);
		await page.goto(`${origin()}/en/learn/what-is-trafficking#elements`);
		await page.getByRole('link', { name: 'Lire cette page en français' }).click();
		await page.waitForURL(/\/fr\//);
		const url = new URL(page.url());
		expect(url.pathname).toBe('/fr/apprendre/traite-des-personnes');
		expect(url.hash).toBe('#elements');
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		await page.getByRole('link', { name: 'Read this page in English' }).click();
		await page.waitForURL(/\/en\//);
		expect(new URL(page.url()).pathname).toBe('/en/learn/what-is-trafficking');
		await context.close();
	});

	it('names both translations as hreflang alternates', async () => {
		const html = await (await fetch(`${origin()}/fr/apprendre/distinguer`)).text();
		expect(html).toContain(`hreflang="en" href="${origin()}/en/learn/how-they-differ"`);
		expect(html).toContain(`hreflang="fr" href="${origin()}/fr/apprendre/distinguer"`);
	});
});
