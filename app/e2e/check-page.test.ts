import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { docx, encryptedPdf, pdf } from '@unconflate/documents/fixtures';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, origin } from './browser.ts';
import { QUICK_EXIT_URL } from './global-setup.ts';

// A text with findings of several kinds, one of them ("johns") with replacement wording; the
// marker word lets the privacy test look for the text in every request.
const MARKER = 'Quokkaville';
const TEXT =
	`In ${MARKER}, police raided two massage parlours and rescued 12 women from prostitution. ` +
	'The johns were fined. Up to 10,000 girls are trafficked into the city every year.';
const DOC_TEXT = 'The city will fund a task force against prostitution and human trafficking.';

let browser: Browser;
let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
	browser = await launch();
	dir = mkdtempSync(join(tmpdir(), 'unconflate-check-'));
	writeFileSync(file('article.docx'), docx(['A short article.', DOC_TEXT]));
	writeFileSync(file('article.pdf'), await pdf([['A short article.', DOC_TEXT]]));
	writeFileSync(file('locked.pdf'), encryptedPdf());
	writeFileSync(file('notes.md'), `# Notes\n\n${TEXT}\n`);
});
afterAll(async () => {
	await browser.close();
	rmSync(dir, { recursive: true, force: true });
});

/** The Check page, hydrated when JavaScript is on (the form says so with data-ready). */
async function openCheck(path = '/en/check', javaScript = true) {
	const opened = await openPage(browser, { javaScript });
	const posts: string[] = [];
	const bodies: string[] = [];
	opened.page.on('request', (request) => {
		if (request.method() !== 'GET') posts.push(`${request.method()} ${request.url()}`);
		bodies.push(request.url() + (request.postData() ?? ''));
	});
	await opened.page.goto(origin() + path);
	if (javaScript) await opened.page.locator('#check-form[data-ready]').waitFor();
	return { ...opened, posts, bodies };
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const findingRules = (page: Page) => page.locator('ol.findings .rule-link code').allTextContents();

async function waitForResults(page: Page) {
	await page.locator('#results-title').waitFor();
	await page.locator('#checked-text').waitFor();
}

/** WCAG violations of any impact (axe-core), as readable lines. */
async function wcagViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the Check page with JavaScript', () => {
	it('highlights a pasted text, links findings both ways, accepts a suggestion and checks again', async () => {
		const { context, page, posts } = await openCheck();
		await page.getByLabel('Text to check').fill(TEXT);
		await page.getByRole('button', { name: 'Check the text' }).click();
		await waitForResults(page);

		expect(await activeId(page)).toBe('results-title');
		expect(await page.locator('#check-status').textContent()).toMatch(
			/^Checked\. This text conflates .* Score: \d+ out of 100\. Findings: \d+\.$/
		);
		const rules = await findingRules(page);
		expect(rules).toEqual(expect.arrayContaining(['raid-framed-as-rescue', 'client-slang', 'unsourced-trafficking-figure']));
		expect(await page.locator('#checked-text mark').count()).toBeGreaterThanOrEqual(rules.length);
		// Each highlight says, to screen readers, where a finding starts and ends.
		expect(await page.locator('#checked-text').textContent()).toContain('Finding 1, warning:');
		expect(await page.locator('#checked-text').textContent()).toContain('(end of finding 1)');

		// From the text to the finding and back, focus following.
		const johns = rules.indexOf('client-slang');
		await page.locator(`#hl-${johns}`).click();
		expect(await activeId(page)).toBe(`finding-${johns}`);
		await page.locator(`#finding-${johns}`).getByRole('link', { name: 'Show in the text' }).click();
		expect(await activeId(page)).toBe(`hl-${johns}`);

		// Sources link to the Learn bibliography's anchors; the rule to its page.
		const finding = page.locator(`#finding-${johns}`);
		expect(await finding.getByRole('link', { name: 'About this rule' }).getAttribute('href')).toBe(
			'/en/check/rules/client-slang'
		);
		const sourceHrefs = await finding.locator('.sources a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(sourceHrefs.length).toBeGreaterThan(0);
		for (const href of sourceHrefs) expect(href).toMatch(/^\/en\/learn\/sources#ref-[a-z0-9-]+$/);

		// Accept "clients": the box and the highlights change; later findings still point at their words.
		const figureBefore = await page.locator('#checked-text mark', { hasText: '10,000' }).count();
		await finding.getByRole('button', { name: 'Use “clients”' }).click();
		expect(await page.getByLabel('Text to check').inputValue()).toBe(TEXT.replace('johns', 'clients'));
		expect(await page.locator('#checked-text').textContent()).toContain('The clients were fined.');
		expect(await page.locator('#checked-text mark', { hasText: '10,000' }).count()).toBe(figureBefore);
		expect(await findingRules(page)).not.toContain('client-slang');
		expect(await page.locator('#edited-notice').textContent()).toContain('Suggestions accepted since the last check: 1.');
		expect(await page.locator('#check-status').textContent()).toContain('Replaced by “clients”.');
		expect(await activeId(page)).toMatch(/^finding-\d+$/);

		await page.getByRole('button', { name: 'Check again' }).click();
		await page.locator('#edited-notice').waitFor({ state: 'detached' });
		expect(await findingRules(page)).not.toContain('client-slang');
		expect(await findingRules(page)).toContain('raid-framed-as-rescue');
		expect(posts).toEqual([]);
		await context.close();
	});

	it('never sends the text anywhere: no request carries it and nothing is posted', async () => {
		const { context, page, posts, bodies, foreign } = await openCheck();
		await page.getByLabel('Text to check').fill(TEXT);
		await page.getByRole('button', { name: 'Check the text' }).click();
		await waitForResults(page);
		await page.locator(`#finding-0`).getByRole('button').first().click();
		await page.getByRole('button', { name: 'Check again' }).click();
		await page.locator('#edited-notice').waitFor({ state: 'detached' });
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download the report (JSON)' }).click();
		await download;
		expect(bodies.length).toBeGreaterThan(0);
		expect(bodies.filter((b) => b.includes(MARKER) || b.includes('massage'))).toEqual([]);
		expect(posts).toEqual([]);
		expect(foreign()).toEqual([]);
		await context.close();
	});

	it('checks a long text in a Web Worker, under the page’s Content-Security-Policy', async () => {
		const { context, page, posts, bodies } = await openCheck();
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		const long = `${'Sex work is work, and labour rights matter. '.repeat(2600)}${TEXT}`;
		expect(long.length).toBeGreaterThan(100 * 1024);
		await page.getByLabel('Text to check').fill(long);
		await page.getByRole('button', { name: 'Check the text' }).click();
		await waitForResults(page);
		expect(workers).toHaveLength(1);
		expect(new URL(workers[0] ?? '').origin).toBe(origin());
		expect(await findingRules(page)).toContain('client-slang');
		expect(errors).toEqual([]);
		expect(posts).toEqual([]);
		expect(bodies.filter((b) => b.includes(MARKER))).toEqual([]);
		await context.close();
	});

	it('lists and highlights findings a hundred at a time, with every one in the report', async () => {
		const { context, page } = await openCheck();
		await page.getByLabel('Text to check').fill('The johns were fined. '.repeat(150));
		await page.getByRole('button', { name: 'Check the text' }).click();
		await waitForResults(page);
		expect(await page.locator('ol.findings > li').count()).toBe(100);
		expect(await page.locator('#checked-text mark').count()).toBe(100);
		expect(await page.locator('#findings-limit').textContent()).toContain('Showing findings 1 to 100 of 150');
		await page.getByRole('button', { name: 'Show more findings' }).click();
		expect(await page.locator('ol.findings > li').count()).toBe(150);
		expect(await page.locator('#findings-limit').count()).toBe(0);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download the report (JSON)' }).click();
		const report = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { findings: unknown[] };
		expect(report.findings).toHaveLength(150);
		await context.close();
	});

	it('reads a Word document and a PDF in the browser and checks them', async () => {
		const { context, page, posts } = await openCheck();
		for (const name of ['article.docx', 'article.pdf']) {
			await page.getByLabel('Text to check').fill('');
			await page.getByLabel('Or choose a file').setInputFiles(file(name));
			// Read and checked on this device: the box takes the document's text, then the results follow.
			await page.waitForFunction(
				(expected) => (document.querySelector('#check-text') as HTMLTextAreaElement).value.includes(expected),
				DOC_TEXT
			);
			await page.locator('#check-status', { hasText: 'Checked.' }).waitFor();
			expect(await findingRules(page), name).toContain('trafficking-joined-with-sex-work');
			expect(await page.locator('input[name="syntax"]:checked').getAttribute('value')).toBe('text');
		}
		// A Markdown file sets the syntax from its name.
		await page.getByLabel('Or choose a file').setInputFiles(file('notes.md'));
		await page.locator('input[name="syntax"][value="markdown"]:checked').waitFor();
		// A file dropped on the text box is read the same way.
		const dropped = await page.evaluateHandle((text) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([text], 'dropped.html', { type: 'text/html' }));
			return transfer;
		}, `<p>${DOC_TEXT}</p>`);
		await page.dispatchEvent('#check-text', 'drop', { dataTransfer: dropped });
		await page.locator('input[name="syntax"][value="html"]:checked').waitFor();
		expect(await page.getByLabel('Text to check').inputValue()).toBe(`<p>${DOC_TEXT}</p>`);
		expect(posts).toEqual([]);
		await context.close();
	});

	it('explains a file it cannot read or too large, keeping what was typed', async () => {
		const { context, page } = await openCheck();
		await page.getByLabel('Text to check').fill('My draft, kept.');
		await page.getByLabel('Or choose a file').setInputFiles(file('locked.pdf'));
		await page.getByRole('alert').filter({ hasText: 'The PDF is protected by a password.' }).waitFor();
		expect(await page.getByLabel('Text to check').inputValue()).toBe('My draft, kept.');

		await page
			.getByLabel('Or choose a file')
			.setInputFiles({ name: 'data.txt', mimeType: 'text/plain', buffer: Buffer.from([65, 0, 66]) });
		await page.getByRole('alert').filter({ hasText: 'does not contain text' }).waitFor();
		expect(await page.getByLabel('Text to check').inputValue()).toBe('My draft, kept.');

		await page
			.getByLabel('Or choose a file')
			.setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 97) });
		await page.getByRole('alert').filter({ hasText: 'over the 10 MB limit' }).waitFor();
		expect(await page.getByLabel('Text to check').inputValue()).toBe('My draft, kept.');
		await context.close();
	});

	it('explains an empty or oversized text, keeping what was typed', async () => {
		const { context, page } = await openCheck();
		await page.getByLabel('Text to check').fill('   ');
		await page.getByRole('button', { name: 'Check the text' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('There is no text to check');
		expect(await page.getByLabel('Text to check').getAttribute('aria-invalid')).toBe('true');

		const big = 'a'.repeat(1024 * 1024 + 10);
		await page.getByLabel('Text to check').fill(big);
		await page.getByRole('button', { name: 'Check the text' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('over the 1 MB limit');
		expect((await page.getByLabel('Text to check').inputValue()).length).toBe(big.length);
		await context.close();
	});

	it('loads an example into the box and checks it in one click', async () => {
		const { context, page, posts } = await openCheck();
		await page.getByRole('button', { name: 'Check this example' }).nth(2).click();
		await waitForResults(page);
		expect(await page.getByLabel('Text to check').inputValue()).toMatch(/^Human trafficking means recruiting/);
		expect(await page.locator('.verdict-line').textContent()).toContain('keeps sex work and human trafficking apart');
		expect(await page.getByRole('heading', { name: 'What the text does well' }).count()).toBe(1);
		expect(posts).toEqual([]);
		await context.close();
	});

	it('downloads the report as JSON and as printable HTML, and the text; copies the text', async () => {
		const { context, page } = await openCheck();
		await page.getByLabel('Text to check').fill(TEXT);
		await page.getByRole('button', { name: 'Check the text' }).click();
		await waitForResults(page);

		const jsonDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download the report (JSON)' }).click();
		const json = await jsonDownload;
		expect(json.suggestedFilename()).toMatch(/^unconflate-report-\d{4}-\d{2}-\d{2}\.json$/);
		const report = JSON.parse(readFileSync(await json.path(), 'utf8')) as {
			verdict: string;
			score: number;
			categories: Record<string, number>;
			findings: Array<{ rule: string; start: number; end: number }>;
			checkedAt: string;
		};
		expect(report.verdict).toBe('conflates');
		expect(Object.keys(report.categories)).toHaveLength(10);
		expect(report.findings.map((f) => f.rule)).toEqual(await findingRules(page));
		const johns = report.findings.find((f) => f.rule === 'client-slang');
		expect(TEXT.slice(johns?.start, johns?.end)).toBe('johns');

		const textDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download the text' }).click();
		const text = await textDownload;
		expect(text.suggestedFilename()).toBe('checked-text.txt');
		expect(readFileSync(await text.path(), 'utf8')).toBe(TEXT);

		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin() });
		await page.getByRole('button', { name: 'Copy the text' }).click();
		await page.locator('#check-status', { hasText: 'The text was copied.' }).waitFor({ state: 'attached' });
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(TEXT);

		const htmlDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download the report (HTML)' }).click();
		const html = readFileSync(await (await htmlDownload).path(), 'utf8');
		expect(html).toContain('<h1>Report of a checked text</h1>');
		expect(html).toContain('<mark>johns</mark>');
		expect(html).toContain('@media print');
		await context.close();
	});

	// One test per language: axe on a page full of results takes a while on a shared machine.
	it.each(['/en/check', '/fr/verifier'])('has no WCAG violation with results shown (%s)', async (path) => {
		const { context, page } = await openCheck(path);
		await page.locator('#check-text').fill(TEXT);
		await page.locator('#check-form button[type="submit"]').click();
		await waitForResults(page);
		expect(await page.locator('h1').count()).toBe(1);
		expect(await wcagViolations(page)).toEqual([]);
		await context.close();
	});

	it('keeps the quick exit (Escape twice, from the text box) and leaves for other pages with a full load', async () => {
		const { context, page } = await openCheck();
		await page.getByRole('navigation').getByRole('link', { name: 'Learn' }).click();
		await page.waitForURL(`${origin()}/en/learn`);
		expect(await page.locator('h1').textContent()).toBe('Learn');
		// The Learn page's own script runs (a full page load, not the checker's client-side router).
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await page.waitForURL(QUICK_EXIT_URL);

		await page.goto(`${origin()}/en/check`);
		await page.locator('#check-form[data-ready]').waitFor();
		await page.getByLabel('Text to check').fill(TEXT);
		await page.getByLabel('Text to check').press('Escape');
		await page.getByLabel('Text to check').press('Escape');
		await page.waitForURL(QUICK_EXIT_URL);
		await context.close();
	});

	it('speaks French at /fr/verifier, with French links to rules and sources', async () => {
		const { context, page, posts } = await openCheck('/fr/verifier');
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		expect(await page.locator('h1').textContent()).toBe('Vérifier un texte');
		expect(await page.locator('#privacy-note').textContent()).toContain('il ne quitte jamais votre appareil');
		await page.getByLabel('Texte à vérifier').fill(TEXT);
		await page.getByRole('button', { name: 'Vérifier le texte' }).click();
		await waitForResults(page);
		expect(await page.locator('.verdict-line').textContent()).toContain(
			'Ce texte confond travail du sexe et traite des personnes.'
		);
		const johns = (await findingRules(page)).indexOf('client-slang');
		const finding = page.locator(`#finding-${johns}`);
		expect(await finding.getByRole('link', { name: 'À propos de cette règle' }).getAttribute('href')).toBe(
			'/fr/verifier/regles/client-slang'
		);
		expect(await finding.locator('.sources a').first().getAttribute('href')).toMatch(/^\/fr\/apprendre\/sources#ref-/);
		// The wording goes into the English text: it stays English on the French page.
		await finding.getByRole('button', { name: 'Utiliser « clients »' }).click();
		expect(await page.getByLabel('Texte à vérifier').inputValue()).toContain('The clients were fined.');
		expect(posts).toEqual([]);
		await context.close();
	});
});

describe('the Check page without JavaScript', () => {
	it('says the text goes to the server and is forgotten, and checks a text there with the same results', async () => {
		const off = await openCheck('/en/check', false);
		expect(await off.page.locator('#privacy-note').textContent()).toContain('checked and forgotten at once');
		await off.page.getByLabel('Text to check').fill(TEXT);
		await off.page.getByRole('button', { name: 'Check the text' }).click();
		await waitForResults(off.page);
		expect(off.posts).toEqual([`POST ${origin()}/en/check?/check`]);
		expect(await off.page.getByLabel('Text to check').inputValue()).toBe(TEXT);

		const on = await openCheck('/en/check', true);
		await on.page.getByLabel('Text to check').fill(TEXT);
		await on.page.getByRole('button', { name: 'Check the text' }).click();
		await waitForResults(on.page);
		for (const selector of ['.verdict-box', '#checked-text', 'ol.findings', '.chart desc']) {
			const [server, browser] = await Promise.all([
				off.page.locator(selector).first().textContent(),
				on.page.locator(selector).first().textContent()
			]);
			expect(server?.trim(), selector).toBe(browser?.trim());
		}
		await off.context.close();
		await on.context.close();
	});

	it('reads a chosen Word document and PDF on the server and puts their text in the box', async () => {
		const { context, page } = await openCheck('/en/check', false);
		for (const name of ['article.docx', 'article.pdf']) {
			await page.getByLabel('Or choose a file').setInputFiles(file(name));
			await page.getByRole('button', { name: 'Check the text' }).click();
			await waitForResults(page);
			expect(await page.getByLabel('Text to check').inputValue(), name).toContain(DOC_TEXT);
			expect(await findingRules(page), name).toContain('trafficking-joined-with-sex-work');
		}
		await context.close();
	});

	it('accepts a suggestion through the server and checks the new text', async () => {
		const { context, page } = await openCheck('/en/check', false);
		await page.getByLabel('Text to check').fill(TEXT);
		await page.getByRole('button', { name: 'Check the text' }).click();
		await waitForResults(page);
		const johns = (await findingRules(page)).indexOf('client-slang');
		await page.locator(`#finding-${johns}`).getByRole('button', { name: 'Use “clients”' }).click();
		await waitForResults(page);
		expect(await page.getByLabel('Text to check').inputValue()).toBe(TEXT.replace('johns', 'clients'));
		expect(await findingRules(page)).not.toContain('client-slang');
		expect(await page.locator('#check-status').textContent()).toContain('Replaced by “clients”.');
		await context.close();
	});

	it('keeps the text and explains what is wrong: empty, a locked PDF', async () => {
		const { context, page } = await openCheck('/en/check', false);
		await page.getByLabel('Text to check').fill('  ');
		await page.getByRole('button', { name: 'Check the text' }).click();
		await page.getByRole('alert').filter({ hasText: 'There is no text to check' }).waitFor();

		await page.getByLabel('Text to check').fill('My draft, kept.');
		await page.getByLabel('Or choose a file').setInputFiles(file('locked.pdf'));
		await page.getByRole('button', { name: 'Check the text' }).click();
		await page.getByRole('alert').filter({ hasText: 'The PDF is protected by a password.' }).waitFor();
		expect(await page.getByLabel('Text to check').inputValue()).toBe('My draft, kept.');
		await context.close();
	});

	it('keeps the text and explains what is wrong: a file or a text too large', async () => {
		const { context, page } = await openCheck('/en/check', false);
		await page.getByLabel('Text to check').fill('My draft, kept.');
		await page
			.getByLabel('Or choose a file')
			.setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 97) });
		await page.getByRole('button', { name: 'Check the text' }).click();
		await page.getByRole('alert').filter({ hasText: 'over the 10 MB limit' }).waitFor();
		expect(await page.getByLabel('Text to check').inputValue()).toBe('My draft, kept.');

		const big = `${'a'.repeat(1024 * 1024)} tail`;
		await page.getByLabel('Text to check').fill(big);
		await page.getByRole('button', { name: 'Check the text' }).click();
		await page.getByRole('alert').filter({ hasText: 'over the 1 MB limit' }).waitFor();
		expect(await page.getByLabel('Text to check').inputValue()).toBe(big);
		await context.close();
	});

	it('checks an example, and downloads the report from the server', async () => {
		const { context, page } = await openCheck('/fr/verifier', false);
		await page.getByRole('button', { name: 'Vérifier cet exemple' }).first().click();
		await waitForResults(page);
		expect(await page.getByLabel('Texte à vérifier').inputValue()).toMatch(/^Police raided three massage parlours/);
		expect(await page.locator('.verdict-line').textContent()).toContain('Ce texte confond');

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Télécharger le rapport (JSON)' }).click();
		const report = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { verdict: string; findings: unknown[] };
		expect(report.verdict).toBe('conflates');
		expect(report.findings.length).toBe(await page.locator('ol.findings > li').count());
		await context.close();
	});
});
