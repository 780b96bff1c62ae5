import { describe, expect, it } from 'vitest';
import { analyze, rules } from '../src/index.ts';
import { examples, parseExample } from '../src/rules/examples.ts';

/**
 * The rule pages show these examples as what each rule flags and leaves alone; here they run
 * through the analyzer, so a page can never promise what the analyzer does not do.
 */
describe('rule examples', () => {
	it.each(rules.map((r) => [r.id] as const))(
		'%s has at least two flagged and two clear examples, explained in en and fr',
		(id) => {
			const set = examples[id as keyof typeof examples];
			expect(set?.flagged.length ?? 0, `${id}: flagged examples`).toBeGreaterThanOrEqual(2);
			expect(set?.clear.length ?? 0, `${id}: clear examples`).toBeGreaterThanOrEqual(2);
			for (const example of [...(set?.flagged ?? []), ...(set?.clear ?? [])]) {
				expect(example.why.en.length, `${id}: English explanation of ${example.text}`).toBeGreaterThan(10);
				expect(example.why.fr.length, `${id}: French explanation of ${example.text}`).toBeGreaterThan(10);
				expect(example.why.fr, `${id}: the French explanation is not the English one`).not.toBe(example.why.en);
			}
		}
	);

	it('has examples only for rules that exist', () => {
		const ids = new Set(rules.map((r) => r.id));
		expect(Object.keys(examples).filter((id) => !ids.has(id))).toEqual([]);
	});

	const flagged = Object.entries(examples).flatMap(([id, set]) => set.flagged.map((e) => [id, e.text] as const));
	it.each(flagged)('%s flags %j exactly at the marked spans', (id, marked) => {
		const { text, spans } = parseExample(marked);
		expect(spans.length, 'a flagged example marks at least one span').toBeGreaterThan(0);
		const found = analyze(text)
			.findings.filter((f) => f.rule === id)
			.map((f) => ({ start: f.start, end: f.end }));
		expect(found).toEqual(spans);
	});

	const clear = Object.entries(examples).flatMap(([id, set]) => set.clear.map((e) => [id, e.text] as const));
	it.each(clear)('%s leaves %j alone', (id, text) => {
		expect(parseExample(text).spans, 'a clear example marks nothing').toEqual([]);
		expect(analyze(text).findings.filter((f) => f.rule === id)).toEqual([]);
	});
});

describe('example marks', () => {
	it('are read as spans of the text without the brackets', () => {
		expect(parseExample('a [[bc]] d [[e]]')).toEqual({
			text: 'a bc d e',
			spans: [
				{ start: 2, end: 4 },
				{ start: 7, end: 8 }
			]
		});
		expect(parseExample('no marks')).toEqual({ text: 'no marks', spans: [] });
	});

	it('refuse unclosed, stray, empty and nested marks', () => {
		expect(() => parseExample('a [[b')).toThrow(/without \]\]/);
		expect(() => parseExample('a ]] b')).toThrow(/without \[\[/);
		expect(() => parseExample('a [[]] b')).toThrow(/empty/);
		expect(() => parseExample('a [[b [[c]] d]]')).toThrow(/nested/);
	});
});
