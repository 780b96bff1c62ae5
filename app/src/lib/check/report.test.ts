import { CATEGORIES } from '@unconflate/analyzer';
import { describe, expect, it } from 'vitest';
import { checkText } from './analysis.ts';
import { contextOf, htmlReport, jsonReport, reportFileName } from './report.ts';

const TEXT =
	'Police raided two massage parlours and rescued 12 women from prostitution. The johns were fined. ' +
	'<script>alert(1)</script> Up to 10,000 girls are trafficked into the city every year.';
const AT = new Date('2026-11-30T09:15:00Z');

describe('the JSON report', () => {
	it('is the analyzer result with when and how the text was checked, and not the text itself', () => {
		const checked = checkText(TEXT, 'text', 'en', AT);
		const report = JSON.parse(jsonReport(checked)) as Record<string, unknown>;
		expect(report).toMatchObject({ checkedAt: '2026-11-30T09:15:00.000Z', syntax: 'text', verdict: 'conflates' });
		expect(Object.keys(report['categories'] as object).sort()).toEqual([...CATEGORIES].sort());
		expect(report['findings']).toEqual(checked.result.findings);
		expect(report['strengths']).toEqual(checked.result.strengths);
		expect(JSON.stringify(report)).not.toContain('alert(1)');
	});

	it('is named by the date of the check', () => {
		expect(reportFileName('2026-11-30T09:15:00.000Z', 'json')).toBe('unconflate-report-2026-11-30.json');
		expect(reportFileName('2026-11-30T09:15:00.000Z', 'html')).toBe('unconflate-report-2026-11-30.html');
	});
});

describe('the printable HTML report', () => {
	it('has the date, the summary, and every finding with its context, explanation and sources', () => {
		const checked = checkText(TEXT, 'text', 'en', AT);
		const html = htmlReport(checked, 'en');
		expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
		expect(html).toContain('Checked on November 30, 2026.');
		expect(html).toContain('This text conflates sex work and human trafficking.');
		expect(html).toContain(`Score: ${checked.result.score} out of 100`);
		expect(checked.result.findings.length).toBeGreaterThan(2);
		for (const [i, finding] of checked.result.findings.entries()) {
			expect(html).toContain(`Finding ${i + 1}: ${finding.message}`);
			const { match } = contextOf(checked.text, finding.start, finding.end);
			expect(html).toContain(`<mark>${match}</mark>`);
			for (const id of finding.sources) expect(html).toContain(checked.sources[id]?.title.replaceAll('&', '&amp;'));
		}
		expect(html).toContain('“clients”');
	});

	it('escapes everything that comes from the text', () => {
		const html = htmlReport(checkText(TEXT, 'text', 'en', AT), 'en');
		expect(html).not.toContain('<script>');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('speaks the reader’s language', () => {
		const html = htmlReport(checkText(TEXT, 'text', 'fr', AT), 'fr');
		expect(html).toContain('<html lang="fr">');
		expect(html).toContain('Vérifié le 30 novembre 2026.');
		expect(html).toContain('Ce texte confond travail du sexe et traite des personnes.');
		expect(html).toContain('Constat 1 :');
	});

	it('says plainly when nothing was found', () => {
		const html = htmlReport(checkText('Sex work is work. Trafficking is a crime.', 'text', 'en', AT), 'en');
		expect(html).toContain('No finding: nothing in this text');
		expect(html).not.toContain('<ol class="findings">');
	});
});

describe('the context of a finding', () => {
	it('keeps whole words on either side and marks the cuts', () => {
		const text = `${'word '.repeat(40)}the johns here ${'more '.repeat(40)}`;
		const start = text.indexOf('johns');
		const context = contextOf(text, start, start + 5, 20);
		expect(context.match).toBe('johns');
		expect(context.before).toMatch(/^…word /);
		expect(context.before.endsWith('the ')).toBe(true);
		expect(context.after).toMatch(/^ here .*…$/);
	});

	it('does not add an ellipsis at the text’s ends, and flattens line breaks', () => {
		expect(contextOf('The johns\nleft.', 4, 9)).toEqual({ before: 'The ', match: 'johns', after: ' left.' });
	});
});
