import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium; never a downloaded browser. CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function origin(): string {
	return inject('origin');
}

export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

/**
 * A page that records every request it makes, so a test can assert that nothing leaves the
 * origin. Requests to other hosts are answered locally (the machine has no network) and recorded.
 * `origin` names another server of the run (a journey's own, see journey.ts) as the page's origin.
 */
export async function openPage(browser: Browser, options: { javaScript?: boolean; origin?: string } = {}) {
	const context: BrowserContext = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true });
	const page: Page = await context.newPage();
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	const base = options.origin ?? origin();
	await context.route(
		(url) => url.origin !== base,
		(route) =>
			route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title><p>Elsewhere</p>' })
	);
	const foreign = () => requests.filter((url) => !url.startsWith(base) && !url.startsWith('data:'));
	return { context, page, requests, foreign };
}

/** Serious and critical axe violations, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
