import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser.close();
});

describe('the analyzer in a browser', () => {
	it('bundles without Node built-ins and runs unchanged in Chromium', async () => {
		const entry = fileURLToPath(new URL('../../packages/analyzer/src/index.ts', import.meta.url));
		const warnings: string[] = [];
		const output = (await build({
			configFile: false,
			logLevel: 'silent',
			build: {
				write: false,
				minify: false,
				lib: { entry, formats: ['es'], fileName: 'analyzer' },
				rollupOptions: { onwarn: (warning) => void warnings.push(warning.message) }
			}
		})) as Rollup.RollupOutput[];
		const chunk = output[0]?.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
		expect(chunk, 'a bundle').toBeDefined();
		const code = chunk?.code ?? '';
		expect(code).not.toMatch(/from\s*["']node:|require\(["'](fs|path|process|node:)/);
		expect(warnings.filter((w) => /externalized for browser compatibility/.test(w))).toEqual([]);

		const page = await (await browser.newContext()).newPage();
		await page.setContent('<!doctype html><title>analyzer</title>');
		// Import the bundle as an ES module from a blob URL, as a page would load it. The script is a
		// string so that Vitest does not rewrite its dynamic import.
		const text = 'We must end sex trafficking and prostitution. No woman chooses prostitution.';
		const result = (await page.evaluate(
			`(async () => {
				const url = URL.createObjectURL(new Blob([${JSON.stringify(code)}], { type: 'text/javascript' }));
				const analyzer = await import(url);
				return analyzer.analyze(${JSON.stringify(text)}, { locale: 'fr' });
			})()`
		)) as { verdict: string; findings: Array<{ rule: string }> };
		expect(result.verdict).toBe('conflates');
		expect(result.findings.map((f) => f.rule)).toEqual(
			expect.arrayContaining(['trafficking-joined-with-sex-work', 'no-one-chooses'])
		);
	});
});
