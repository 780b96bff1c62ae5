// bench/check-page: build for production, serve, and measure the Check page in Debian's Chromium.
// Prints figures; asserts nothing.
//   node bench/check-page.ts        (BENCH_PORT=4181 by default; CHROMIUM_PATH overrides the browser)
// Figures: bytes transferred (compressed) to show the page, on the first check (the analyzer, loaded
// on demand) and on the first PDF (the document reader); time from "Check" to results in the
// browser for texts of several sizes (over 100 KB they run in a Web Worker), median of 3.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { pdf } from '../packages/documents/test/fixtures.ts';
import { buildForProduction, startProductionServer } from './production-server.ts';

const port = Number(process.env['BENCH_PORT'] || 4181);
const origin = `http://127.0.0.1:${port}`;

buildForProduction(origin);
const server = await startProductionServer({ port });

const browser = await chromium.launch({
	executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
});

/** Compressed bytes of every response while `action` runs, by kind. */
async function transferred(page: Page, action: () => Promise<unknown>) {
	const totals: Record<string, number> = {};
	const pending: Array<Promise<void>> = [];
	const onResponse = (response: import('playwright-core').Response) => {
		pending.push(
			response
				.request()
				.sizes()
				.then((sizes) => {
					const path = new URL(response.url()).pathname;
					const kind = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : 'other';
					totals[kind] = (totals[kind] ?? 0) + sizes.responseBodySize;
				})
		);
	};
	page.on('response', onResponse);
	await action();
	await Promise.all(pending);
	page.off('response', onResponse);
	return totals;
}

const kb = (bytes = 0) => `${(bytes / 1024).toFixed(1)} KB`;

try {
	const context = await browser.newContext({ extraHTTPHeaders: { 'accept-encoding': 'br, gzip' } });
	const page = await context.newPage();

	const load = await transferred(page, async () => {
		await page.goto(`${origin}/en/check`);
		await page.locator('#check-form[data-ready]').waitFor();
	});
	console.log(`page load: JavaScript ${kb(load['js'])}, CSS ${kb(load['css'])}, HTML and other ${kb(load['other'])}`);

	const firstCheck = await transferred(page, async () => {
		await page.locator('#check-text').fill('The johns were fined.');
		await page.locator('#check-form button[type="submit"]').click();
		await page.locator('#checked-text').waitFor();
	});
	console.log(`first check (analyzer loaded on demand): JavaScript ${kb(firstCheck['js'])}`);

	const dir = mkdtempSync(join(tmpdir(), 'unconflate-bench-pdf-'));
	writeFileSync(join(dir, 'a.pdf'), await pdf([['The city will fund a task force against prostitution and human trafficking.']]));
	const firstPdf = await transferred(page, async () => {
		await page.locator('#check-file').setInputFiles(join(dir, 'a.pdf'));
		await page.waitForFunction(() => (document.querySelector('#check-text') as HTMLTextAreaElement).value.includes('task force'));
	});
	rmSync(dir, { recursive: true, force: true });
	console.log(`first PDF (document reader loaded on demand): JavaScript ${kb(firstPdf['js'])}`);

	const example = await page.evaluate(async () => {
		const status = document.querySelector('#check-status');
		const started = performance.now();
		(document.querySelector('.example-list button') as HTMLButtonElement).click();
		await new Promise<void>((resolve) => {
			const observer = new MutationObserver(() => {
				if (status?.textContent?.startsWith('Checked.')) {
					observer.disconnect();
					resolve();
				}
			});
			observer.observe(status as Node, { childList: true, characterData: true, subtree: true });
		});
		return performance.now() - started;
	});
	console.log(
		`check the first example (${await page.locator('ol.findings > li').count()} findings): ${Math.round(example)} ms to results`
	);

	// A worst case: two findings in every 120 characters (only the first 100 are listed and highlighted).
	const paragraph =
		'Police raided two massage parlours and rescued 12 women. The johns were fined. Sex work is work, and labour rights matter. ';
	for (const size of [10 * 1024, 200 * 1024, 1000 * 1024]) {
		const text = paragraph.repeat(Math.ceil(size / paragraph.length)).slice(0, size);
		const times: number[] = [];
		for (let run = 0; run < 3; run++) {
			await page.locator('#check-text').fill(text);
			times.push(
				await page.evaluate(async () => {
					const status = document.querySelector('#check-status');
					const started = performance.now();
					(document.querySelector('#check-form button[type="submit"]') as HTMLButtonElement).click();
					await new Promise<void>((resolve) => {
						const observer = new MutationObserver(() => {
							if (status?.textContent?.startsWith('Checked.')) {
								observer.disconnect();
								resolve();
							}
						});
						observer.observe(status as Node, { childList: true, characterData: true, subtree: true });
					});
					return performance.now() - started;
				})
			);
		}
		times.sort((a, b) => a - b);
		const findings = await page.locator('#check-status').textContent();
		console.log(
			`check ${kb(size)} in the browser${size > 100 * 1024 ? ' (worker)' : ''}: ${Math.round(times[1] ?? 0)} ms to results (median of 3; ${/Findings: (\d+)/.exec(findings ?? '')?.[1]} findings)`
		);
	}
	await context.close();
} finally {
	await browser.close();
	await server.stop();
}
