import { bibliography } from '@unconflate/knowledge';
// Through the package's own export, as the app imports it.
import { categoryDocs, ruleDoc, ruleDocs, ruleIds } from '@unconflate/analyzer/docs';
import { describe, expect, it } from 'vitest';
import { analyze, CATEGORIES, rules, type Locale } from '../src/index.ts';

const LOCALES: Locale[] = ['en', 'fr'];
const sourceIds = new Set(bibliography.map((s) => s.id));

describe('rule documentation', () => {
	it('lists every rule once, in the order of the rules', () => {
		expect(ruleIds).toEqual(rules.map((r) => r.id));
		for (const locale of LOCALES) expect(ruleDocs(locale).map((d) => d.id)).toEqual(ruleIds);
	});

	it('answers undefined for an unknown rule id', () => {
		expect(ruleDoc('no-such-rule', 'en')).toBeUndefined();
		expect(ruleDoc('', 'fr')).toBeUndefined();
	});

	it('names the ten categories in both languages', () => {
		for (const locale of LOCALES) {
			const docs = categoryDocs(locale);
			expect(docs.map((c) => c.id)).toEqual([...CATEGORIES]);
			for (const c of docs) expect(c.name && c.summary, `${locale} ${c.id}`).toBeTruthy();
		}
		const en = categoryDocs('en');
		const fr = categoryDocs('fr');
		for (const [i, c] of en.entries()) expect(fr[i]?.name, `${c.id}: translated`).not.toBe(c.name);
	});

	describe.each(ruleIds.map((id) => [id] as const))('%s', (id) => {
		const rule = rules.find((r) => r.id === id);

		it('has a title, category, severity and sources from the rule data, in English and French', () => {
			const en = ruleDoc(id, 'en');
			const fr = ruleDoc(id, 'fr');
			for (const doc of [en, fr]) {
				expect(doc?.title, 'title').toBeTruthy();
				expect(doc?.title.length ?? 0, 'a title is a short phrase').toBeLessThan(100);
				expect(doc?.category.id).toBe(rule?.category);
				expect(doc?.category.name).toBeTruthy();
				expect(doc?.severity).toBe(rule?.severity);
				expect(doc?.since).toBe(rule?.since);
				expect(doc?.sources.length ?? 0, 'sources').toBeGreaterThan(0);
				for (const source of doc?.sources ?? []) expect(sourceIds.has(source), `unknown source ${source}`).toBe(true);
			}
			expect(fr?.title, 'the French title is translated').not.toBe(en?.title);
			expect(fr?.explanation).not.toBe(en?.explanation);
		});

		it.each(LOCALES)('says in %s what its findings say', (locale) => {
			const doc = ruleDoc(id, locale);
			const example = doc?.examples.flagged[0];
			expect(example, 'a flagged example').toBeDefined();
			const finding = analyze(example?.text ?? '', { locale }).findings.find((f) => f.rule === id);
			expect(finding, 'the example is flagged').toBeDefined();
			expect(doc?.message).toBe(finding?.message);
			expect(doc?.explanation).toBe(finding?.explanation);
			expect(doc?.suggestions).toEqual(finding?.suggestions);
			expect(doc?.sources).toEqual(finding?.sources);
		});

		it.each(LOCALES)('cuts its examples into parts that mark exactly the flagged spans (%s)', (locale) => {
			const doc = ruleDoc(id, locale);
			for (const example of [...(doc?.examples.flagged ?? []), ...(doc?.examples.clear ?? [])]) {
				expect(example.parts.map((p) => p.text).join(''), 'parts join back to the text').toBe(example.text);
				expect(example.text, 'no marks left in the text').not.toMatch(/\[\[|\]\]/);
				expect(example.why, 'explained').toBeTruthy();
				let at = 0;
				const flagged: Array<{ start: number; end: number }> = [];
				for (const part of example.parts) {
					if (part.flagged) flagged.push({ start: at, end: at + part.text.length });
					at += part.text.length;
				}
				expect(flagged).toEqual(example.spans);
			}
			expect(doc?.examples.flagged.every((e) => e.spans.length > 0)).toBe(true);
			expect(doc?.examples.clear.every((e) => e.spans.length === 0)).toBe(true);
		});
	});

	it('gives each caller its own arrays', () => {
		const first = ruleDoc('prostitute-for-adults', 'en');
		first?.suggestions.push('changed');
		first?.sources.splice(0);
		const second = ruleDoc('prostitute-for-adults', 'en');
		expect(second?.suggestions).not.toContain('changed');
		expect(second?.sources.length).toBeGreaterThan(0);
	});
});
