import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, origin } from './browser.ts';
import { QUICK_EXIT_URL } from './global-setup.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser.close();
});

describe('quick exit', () => {
	it('comes before the main content in tab order', async () => {
		const { context, page } = await openPage(browser);
		await page.goto(`${origin()}/en/learn/what-is-sex-work`);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('quick-exit');
		await context.close();
	});

	it('leaves for the neutral site on click and replaces the history entry', async () => {
		const { context, page } = await openPage(browser);
		await page.goto(`${origin()}/en/learn`);
		await page.goto(`${origin()}/en/learn/why-it-matters`);
		await page.getByRole('link', { name: 'Leave this site' }).click();
		await page.waitForURL(QUICK_EXIT_URL);
		await page.goBack();
		// Back skips the page the reader left from: it lands on the page before it.
		expect(new URL(page.url()).pathname).toBe('/en/learn');
		await context.close();
	});

	it('leaves when Escape is pressed twice', async () => {
		const { context, page } = await openPage(browser);
		await page.goto(`${origin()}/fr/apprendre/mythes-et-realites`);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await page.waitForURL(QUICK_EXIT_URL);
		expect(page.url()).toBe(QUICK_EXIT_URL);
		await context.close();
	});

	it('is a plain link without JavaScript, on the landing page too', async () => {
		const { context, page } = await openPage(browser, { javaScript: false });
		await page.goto(`${origin()}/`);
		await page.getByRole('link', { name: 'Leave this site' }).click();
		await page.waitForURL(QUICK_EXIT_URL);
		expect(page.url()).toBe(QUICK_EXIT_URL);
		await context.close();
	});

	it('has a page that explains what it does and does not hide', async () => {
		const html = await (await fetch(`${origin()}/en/quick-exit`)).text();
		expect(html).toContain('id="what-it-does-not"');
	});
});
