import { ruleDoc, ruleIds } from '@unconflate/analyzer/docs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, origin, seriousViolations } from './browser.ts';

const INDEX = { en: '/en/check/rules', fr: '/fr/verifier/regles' } as const;
type Locale = keyof typeof INDEX;
const LOCALES: Locale[] = ['en', 'fr'];
const SEVERITY = {
	en: { error: 'Error', warning: 'Warning', info: 'Information' },
	fr: { error: 'Erreur', warning: 'Avertissement', info: 'Information' }
} as const;

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

/** The words of an example passage as a sighted reader sees them (without the screen-reader text). */
function visibleText(page: Page, selector: string) {
	return page.$$eval(selector, (nodes) =>
		nodes.map((node) => {
			const copy = node.cloneNode(true) as HTMLElement;
			for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
			return copy.textContent?.trim() ?? '';
		})
	);
}

describe('the rule index', () => {
	it.each(LOCALES)('lists every rule in %s, in order, each linking to its page', async (locale) => {
		const { page } = shared;
		const response = await page.goto(origin() + INDEX[locale]);
		expect(response?.status()).toBe(200);
		expect(await page.getAttribute('html', 'lang')).toBe(locale);
		expect(await page.locator('h1').count()).toBe(1);
		const links = await page.$$eval('main .rule-list a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent?.trim()]));
		expect(links).toEqual(ruleIds.map((id) => [`${INDEX[locale]}/${id}`, ruleDoc(id, locale)?.title]));
		// Severity in words next to every rule, not colour alone.
		const severities = await page.locator('main .rule-list .severity').allTextContents();
		expect(severities).toHaveLength(ruleIds.length);
		expect(severities[0]).toContain(SEVERITY[locale][ruleDoc(ruleIds[0] ?? '', locale)?.severity ?? 'info']);
	});
});

describe('a rule page', () => {
	it('shows the rule, its category and severity in words, and flagged and clear examples', async () => {
		const { page } = shared;
		const id = 'raid-framed-as-rescue';
		const doc = ruleDoc(id, 'en');
		await page.goto(`${origin()}/en/check/rules/${id}`);
		expect(await page.locator('h1').count()).toBe(1);
		expect(await page.locator('h1').textContent()).toBe(doc?.title);
		const facts = await page.locator('.rule-facts').textContent();
		expect(facts).toContain(doc?.category.name);
		expect(facts).toContain('Warning');
		expect(facts).toContain(id);
		expect(await page.locator('main').textContent()).toContain(doc?.explanation);

		const flagged = doc?.examples.flagged ?? [];
		expect(await visibleText(page, '.example-flagged .example-text')).toEqual(flagged.map((e) => e.text));
		const marks = await page.locator('.example-flagged mark').evaluateAll((nodes) =>
			nodes.map((mark) => ({
				shown: [...mark.childNodes]
					.filter((n) => !(n instanceof HTMLElement && n.classList.contains('visually-hidden')))
					.map((n) => n.textContent)
					.join(''),
				spoken: mark.textContent
			}))
		);
		expect(marks.map((m) => m.shown)).toEqual(flagged.flatMap((e) => e.spans.map((s) => e.text.slice(s.start, s.end))));
		for (const mark of marks) expect(mark.spoken).toMatch(/^start of flagged words: .+ end of flagged words$/);

		const clear = doc?.examples.clear ?? [];
		expect(clear.length).toBeGreaterThanOrEqual(2);
		expect(await visibleText(page, '.example-clear .example-text')).toEqual(clear.map((e) => e.text));
		expect(await page.locator('.example-clear mark').count()).toBe(0);
	});

	it('reads in French at its French address, with the English passages marked as English', async () => {
		const { page } = shared;
		const id = 'child-prostitution';
		const doc = ruleDoc(id, 'fr');
		const response = await page.goto(`${origin()}/fr/verifier/regles/${id}`);
		expect(response?.status()).toBe(200);
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		expect(await page.locator('h1').textContent()).toBe(doc?.title);
		expect(await page.locator('.rule-facts').textContent()).toContain('Erreur');
		expect(await page.locator('.example-text').first().getAttribute('lang')).toBe('en');
		expect(await page.locator('.example-flagged mark .visually-hidden').first().textContent()).toContain(
			'début des mots signalés'
		);
		expect(await page.locator('.example-why').first().textContent()).toBe(doc?.examples.flagged[0]?.why);
		const html = await (await fetch(`${origin()}/fr/verifier/regles/${id}`)).text();
		expect(html).toContain(`hreflang="en" href="${origin()}/en/check/rules/${id}"`);
		expect(html).toContain(`hreflang="fr" href="${origin()}/fr/verifier/regles/${id}"`);
	});

	it('links every source of every rule to an entry that exists on the sources page', async () => {
		for (const locale of LOCALES) {
			const sourcesPath = locale === 'en' ? '/en/learn/sources' : '/fr/apprendre/sources';
			const anchors = new Set(
				[...(await (await fetch(origin() + sourcesPath)).text()).matchAll(/<li id="(ref-[^"]+)"/g)].map((m) => m[1])
			);
			expect(anchors.size).toBeGreaterThan(10);
			for (const id of ruleIds) {
				const html = await (await fetch(`${origin()}${INDEX[locale]}/${id}`)).text();
				const links = [...html.matchAll(/href="([^"]*#ref-[^"]+)"/g)].map((m) => m[1] ?? '');
				expect(links.length, `${locale} ${id}: one link per source`).toBe(ruleDoc(id, locale)?.sources.length);
				for (const link of links) {
					const [path, anchor] = link.split('#');
					expect(path, `${locale} ${id}`).toBe(sourcesPath);
					expect(anchors.has(anchor), `${locale} ${id}: #${anchor} exists on ${sourcesPath}`).toBe(true);
				}
			}
		}
	});

	it('follows a source link to its entry on the sources page', async () => {
		const { page } = shared;
		await page.goto(`${origin()}/en/check/rules/unsourced-trafficking-figure`);
		await page.locator('.rule-sources a').first().click();
		await page.waitForURL(/\/en\/learn\/sources#ref-/);
		const anchor = new URL(page.url()).hash.slice(1);
		expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
	});
});

describe('unknown rules', () => {
	it('answer 404 in the reader language', async () => {
		const en = await fetch(`${origin()}/en/check/rules/no-such-rule`);
		expect(en.status).toBe(404);
		expect(await en.text()).toContain('Page not found');
		const fr = await fetch(`${origin()}/fr/verifier/regles/no-such-rule`);
		expect(fr.status).toBe(404);
		const html = await fr.text();
		expect(html).toContain('Page introuvable');
		expect(html).toContain('lang="fr"');
		expect((await fetch(`${origin()}/en/check/rules/Not_A_Rule`)).status).toBe(404);
	});

	it('send a rule page reached without its language to the reader language', async () => {
		const response = await fetch(`${origin()}/check/rules/child-pornography`, {
			redirect: 'manual',
			headers: { 'accept-language': 'fr' }
		});
		expect(response.status).toBe(308);
		expect(response.headers.get('location')).toBe('/fr/verifier/regles/child-pornography');
	});
});

describe('the rule pages', () => {
	it('read fine with JavaScript off, with the quick-exit link, and ask nothing of other sites', async () => {
		const { context, page, foreign } = await openPage(browser, { javaScript: false });
		for (const path of [INDEX.en, INDEX.fr, `${INDEX.en}/prostitute-for-adults`, `${INDEX.fr}/prostitute-for-adults`]) {
			await page.goto(origin() + path);
			expect(await page.locator('main h1').textContent(), path).toBeTruthy();
			expect(await page.locator('#quick-exit').getAttribute('href'), path).toBeTruthy();
		}
		expect(await page.locator('.example-flagged mark').count()).toBeGreaterThanOrEqual(2);
		expect(await page.locator('.example-clear').count()).toBeGreaterThanOrEqual(2);
		expect(foreign()).toEqual([]);
		await context.close();
	});

	it.each([INDEX.en, INDEX.fr, `${INDEX.en}/sex-work-is-violence`, `${INDEX.fr}/trafficking-only-sexual`])(
		'%s has no serious axe violation',
		async (path) => {
			const { page } = shared;
			await page.goto(origin() + path);
			expect(await seriousViolations(page)).toEqual([]);
		}
	);

	it('are in the sitemap in both languages and may be cached as public pages', async () => {
		const sitemap = await (await fetch(`${origin()}/sitemap.xml`)).text();
		for (const locale of LOCALES) {
			expect(sitemap).toContain(`<loc>${origin()}${INDEX[locale]}</loc>`);
			for (const id of ruleIds) expect(sitemap).toContain(`<loc>${origin()}${INDEX[locale]}/${id}</loc>`);
		}
		const response = await fetch(`${origin()}${INDEX.fr}/client-slang`);
		expect(response.headers.get('cache-control')).toBe('public, max-age=300');
		expect(response.headers.get('set-cookie')).toBeNull();
	});
});
