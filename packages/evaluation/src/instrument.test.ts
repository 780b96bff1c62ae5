import { findSource } from '@unconflate/knowledge';
import { describe, expect, it } from 'vitest';
import { defaultInstrument } from './default-instrument.ts';
import { instrumentSchema, itemsFor, type Instrument } from './instrument.ts';

describe('the default instrument', () => {
	it('cites, for every knowledge item, sources that exist in the bibliography', () => {
		const knowledge = defaultInstrument.items.filter((item) => item.kind === 'knowledge');
		expect(knowledge.length).toBeGreaterThanOrEqual(5);
		for (const item of knowledge) {
			expect(item.sources.length, item.id).toBeGreaterThan(0);
			for (const source of item.sources) expect(findSource(source), `${item.id} cites ${source}`).toBeDefined();
		}
	});

	it('asks knowledge and belief items before and after, retrospective and open items only after', () => {
		for (const item of defaultInstrument.items) {
			const expected = item.kind === 'knowledge' || item.kind === 'belief' ? ['pre', 'post'] : ['post'];
			expect(item.phases, item.id).toEqual(expected);
		}
		expect(itemsFor(defaultInstrument, 'pre').every((item) => item.kind === 'knowledge' || item.kind === 'belief')).toBe(true);
	});

	it('has at least one reversed belief item and one that is not', () => {
		const beliefs = defaultInstrument.items.filter((item) => item.kind === 'belief');
		expect(beliefs.some((item) => item.reversed)).toBe(true);
		expect(beliefs.some((item) => !item.reversed)).toBe(true);
		const trafficked = beliefs.find((item) => item.id === 'b-most-sex-workers-trafficked');
		expect(trafficked?.reversed).toBe(true);
	});

	it('offers “I don’t know” on every knowledge item, and never as the right answer', () => {
		for (const item of defaultInstrument.items) {
			if (item.kind !== 'knowledge') continue;
			expect(
				item.options.map((option) => option.id),
				item.id
			).toContain('unsure');
			expect(item.correct, item.id).not.toBe('unsure');
		}
	});

	it('has every text in English and French, and the French differs from the English', () => {
		const texts: { path: string; en: string; fr: string }[] = [];
		const walk = (node: unknown, path: string) => {
			if (typeof node !== 'object' || node === null) return;
			const record = node as Record<string, unknown>;
			if (typeof record['en'] === 'string' || Array.isArray(record['en'])) {
				[record['en']]
					.flat()
					.forEach((en, i) => texts.push({ path: `${path}[${i}]`, en: String(en), fr: String([record['fr']].flat()[i]) }));
				return;
			}
			for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`);
		};
		walk(defaultInstrument, 'instrument');
		expect(texts.length).toBeGreaterThan(50);
		for (const { path, en, fr } of texts) {
			expect(en.trim(), path).not.toBe('');
			expect(fr.trim(), path).not.toBe('');
			// Words shared by both languages ("Maintenant" is not "Now"); short labels may coincide only if identical by nature.
			if (en.length > 12) expect(fr, path).not.toBe(en);
		}
	});

	it('uses the words of the respectful-language guide, not "prostitute"', () => {
		const all = JSON.stringify(defaultInstrument).toLowerCase();
		expect(all).not.toMatch(/prostitut/);
	});
});

describe('instrumentSchema', () => {
	const base = (items: unknown[]): unknown => ({
		id: 'test',
		version: 1,
		title: { en: 'Test', fr: 'Essai' },
		scales: { agreement: { en: ['1', '2', '3', '4', '5'], fr: ['1', '2', '3', '4', '5'] } },
		periods: { before: { en: 'Before', fr: 'Avant' }, now: { en: 'Now', fr: 'Maintenant' } },
		items
	});
	const prompt = { en: 'Q', fr: 'Q' };
	const knowledge = (overrides: object = {}) => ({
		id: 'k-one',
		kind: 'knowledge',
		phases: ['pre', 'post'],
		prompt,
		options: [
			{ id: 'a', label: prompt },
			{ id: 'b', label: prompt }
		],
		correct: 'a',
		sources: ['un-palermo-protocol'],
		...overrides
	});
	const paths = (input: unknown) => {
		const result = instrumentSchema.safeParse(input);
		return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
	};

	it('accepts a well-formed instrument', () => {
		expect(paths(base([knowledge()]))).toEqual([]);
	});

	it('names the field of each mistake', () => {
		expect(paths(base([knowledge({ correct: 'c' })]))).toEqual(['items.0.correct']);
		expect(paths(base([knowledge({ sources: [] })]))).toEqual(['items.0.sources']);
		expect(paths(base([knowledge({ prompt: { en: 'Q', fr: ' ' } })]))).toEqual(['items.0.prompt.fr']);
		expect(paths(base([knowledge({ id: 'Not Kebab' })]))).toEqual(['items.0.id']);
		expect(paths(base([knowledge(), knowledge()]))).toEqual(['items.1.id']);
		expect(paths(base([knowledge({ phases: ['pre', 'pre'] })]))).toEqual(['items.0.phases']);
		expect(paths(base([{ id: 'r-one', kind: 'retrospective', phases: ['pre'], prompt, scale: 'agreement' }]))).toEqual([
			'items.0.phases.0'
		]);
		expect(paths(base([{ id: 'b-one', kind: 'belief', phases: ['pre'], prompt, scale: 'nope', reversed: false }]))).toEqual([
			'items.0.scale'
		]);
	});

	it('parses the default instrument unchanged', () => {
		const reparsed: Instrument = instrumentSchema.parse(JSON.parse(JSON.stringify(defaultInstrument)));
		expect(reparsed).toEqual(defaultInstrument);
	});
});
