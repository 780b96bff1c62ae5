import { bibliography, terms } from '@unconflate/knowledge';
import { describe, expect, it } from 'vitest';
import { analyze, CATEGORIES, rules } from '../src/index.ts';
import { en } from '../src/messages/en.ts';
import { fr } from '../src/messages/fr.ts';
import { parsePattern } from '../src/patterns.ts';
import { cases } from './cases.ts';

const sourceIds = new Set(bibliography.map((s) => s.id));
const termIds = new Set(terms.map((t) => t.id));

describe('rule data', () => {
	it.each(rules.map((r) => [r.id, r] as const))(
		'%s has a stable id, a known category, sources and parsable patterns',
		(id, rule) => {
			expect(id, 'kebab-case id').toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
			expect(CATEGORIES, `${id}: category`).toContain(rule.category);
			expect(rule.patterns.length, `${id}: patterns`).toBeGreaterThan(0);
			for (const pattern of rule.patterns) expect(() => parsePattern(pattern), `${id}: pattern "${pattern}"`).not.toThrow();
			for (const source of rule.sources) expect(sourceIds.has(source), `${id}: unknown source "${source}"`).toBe(true);
			if (rule.term) expect(termIds.has(rule.term), `${id}: unknown term "${rule.term}"`).toBe(true);
			expect(rule.sources.length + (rule.term ? 1 : 0), `${id}: needs a source or a term`).toBeGreaterThan(0);
		}
	);

	it('uses every id once', () => {
		const ids = rules.map((r) => r.id);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	it.each(rules.map((r) => [r.id] as const))('%s has a message and an explanation in English and French', (id) => {
		for (const [locale, messages] of [
			['en', en],
			['fr', fr]
		] as const) {
			const text = (messages as Record<string, { message: string; explanation: string }>)[id];
			expect(text?.message, `${id}: ${locale} message`).toBeTruthy();
			expect(text?.message, `${id}: ${locale} message is a placeholder`).not.toBe(id);
			expect(text?.explanation.length ?? 0, `${id}: ${locale} explanation`).toBeGreaterThan(20);
		}
	});

	it.each(rules.map((r) => [r.id] as const))('%s suggests wording that the same rule would not flag', (id) => {
		const rule = rules.find((r) => r.id === id);
		const term = terms.find((t) => t.id === rule?.term);
		const suggestions = term ? term.alternatives.en : ((en as Record<string, { advice: string[] }>)[id]?.advice ?? []);
		expect(suggestions.length, `${id}: offers better wording or advice`).toBeGreaterThan(0);
		for (const suggestion of suggestions) {
			const flagged = analyze(suggestion).findings.filter((f) => f.rule === id);
			expect(flagged, `${id}: suggestion "${suggestion}" is flagged`).toEqual([]);
		}
	});
});

describe('rule cases', () => {
	it('cover every rule with at least one flagged and one clear case', () => {
		for (const rule of rules) {
			expect(cases[rule.id]?.flagged.length ?? 0, `${rule.id}: flagged cases`).toBeGreaterThan(0);
			expect(cases[rule.id]?.clear.length ?? 0, `${rule.id}: clear cases`).toBeGreaterThan(0);
		}
	});

	const flagged = Object.entries(cases).flatMap(([id, c]) =>
		c.flagged.map((f) => [id, f.text, f.at, f.syntax ?? 'text'] as const)
	);
	it.each(flagged)('%s flags %j at %j', (id, text, at, syntax) => {
		const start = text.indexOf(at);
		expect(start, 'the expected span is in the text').toBeGreaterThanOrEqual(0);
		const hits = analyze(text, { syntax }).findings.filter((f) => f.rule === id);
		expect(hits.map((f) => [f.start, f.end])).toContainEqual([start, start + at.length]);
	});

	const clear = Object.entries(cases).flatMap(([id, c]) => c.clear.map((text) => [id, text] as const));
	it.each(clear)('%s leaves %j alone', (id, text) => {
		expect(analyze(text).findings.filter((f) => f.rule === id)).toEqual([]);
	});
});

describe('the README', () => {
	it('lists every rule in its generated table', async () => {
		const { readFileSync } = await import('node:fs');
		const { withTable } = await import('../scripts/rules-table.ts');
		const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
		expect(readme, 'run: node packages/analyzer/scripts/rules-table.ts --write').toBe(withTable(readme));
	});
});
