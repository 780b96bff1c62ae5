import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultInstrument } from './default-instrument.ts';
import type { Figure } from './figure.ts';
import type { KnowledgeItem } from './instrument.ts';
import type { Answer, EvaluationResponse } from './responses.ts';
import { median, summariseEvaluation, type PairedChange } from './summary.ts';
import { signedRankTest } from './wilcoxon.ts';

const key = (n: number) => n.toString(16).padStart(64, '0');
const knowledgeItems = defaultInstrument.items.filter((item): item is KnowledgeItem => item.kind === 'knowledge');

/** Answers with the first `correct` knowledge items right and the rest "I don't know". */
function knowledge(correct: number): Record<string, Answer> {
	return Object.fromEntries(knowledgeItems.map((item, i) => [item.id, i < correct ? item.correct : 'unsure']));
}

const shown = <T>(figure: Figure<T>): T => {
	if (figure.suppressed) throw new Error(`suppressed (${figure.reason})`);
	return figure.value;
};

// Six participants of one session, with answers chosen so that every figure can be worked out by hand.
const preCorrect = [1, 2, 2, 3, 0, 4];
const postCorrect = [4, 5, 2, 6, 3, 4];
const trafficked = { pre: [5, 4, 5, 3, 4, 5], post: [2, 2, 4, 3, 1, 1] }; // reversed item
const adultsDecide = { pre: [2, 3, 3, 4, 2, 1], post: [4, 4, 3, 5, 4, 3] };
const tellApart = { before: [1, 2, 2, 3, 1, 2], now: [3, 4, 3, 3, 4, 4] };
const stays = ['Listening first.', 'Ask, don’t assume.', 'Words matter.', 'Farms and kitchens too.', 'Consent and coercion.'];

function workshop(session = 's1', people = 6): EvaluationResponse[] {
	const responses: EvaluationResponse[] = [];
	for (let p = 0; p < people; p++) {
		responses.push({
			session,
			phase: 'pre',
			pairing: key(p + 1),
			answers: {
				...knowledge(preCorrect[p]!),
				'b-most-sex-workers-trafficked': trafficked.pre[p]!,
				'b-adults-decide': adultsDecide.pre[p]!
			}
		});
		responses.push({
			session,
			phase: 'post',
			pairing: key(p + 1),
			answers: {
				...knowledge(postCorrect[p]!),
				'b-most-sex-workers-trafficked': trafficked.post[p]!,
				'b-adults-decide': adultsDecide.post[p]!,
				'r-tell-apart': { before: tellApart.before[p]!, now: tellApart.now[p]! },
				...(p < stays.length ? { 'o-stays-with-you': stays[p]! } : {}),
				...(p < 2 ? { 'o-do-differently': 'Ask people what they need.' } : {})
			}
		});
	}
	return responses;
}

describe('a session of six paired participants', () => {
	const extra: EvaluationResponse[] = [
		{ session: 's1', phase: 'pre', pairing: key(7), answers: knowledge(6) }, // never came back
		// The same key twice: both left out, even of the post-only retrospective figures.
		{ session: 's1', phase: 'post', pairing: key(8), answers: { ...knowledge(6), 'r-tell-apart': { before: 5, now: 1 } } },
		{ session: 's1', phase: 'post', pairing: key(8), answers: { ...knowledge(0), 'r-tell-apart': { before: 5, now: 1 } } }
	];
	const summary = summariseEvaluation(defaultInstrument, [...workshop(), ...extra]);

	it('counts questionnaires, pairs and duplicates', () => {
		expect(summary.counts).toEqual({ pre: 7, post: 6, pairs: 6, duplicates: 2 });
	});

	it('scores knowledge as percentage correct, with the change in percentage points', () => {
		// Correct of 6 before: 1 2 2 3 0 4 (mean 2 = 33.3%, median 2 = 33.3%); after: 4 5 2 6 3 4 (mean 4 = 66.7%).
		// Changes 3 3 0 3 3 0: mean 2 items = 33.3 points, median 3 items = 50 points.
		const score = shown(summary.knowledge!.score);
		expect(summary.knowledge!.items).toBe(6);
		expect(score.before.mean).toBeCloseTo(100 / 3, 12);
		expect(score.before.median).toBeCloseTo(100 / 3, 12);
		expect(score.after.mean).toBeCloseTo(200 / 3, 12);
		expect(score.change.mean).toBeCloseTo(100 / 3, 12);
		expect(score.change.median).toBe(50);
		// Four non-zero changes, all +3 and tied (ranks 2.5 each): V = 10, T− = 0, r = 1.
		// Normal approximation: E[V] = 5; σ² = 4·5·9/24 − (4³ − 4)/48 = 6.25; z = (5 − 0.5)/2.5 = 1.8;
		// p = 2(1 − Φ(1.8)) = 0.0718606.
		expect(score.test).toMatchObject({ statistic: 10, n: 4, zeros: 2, method: 'normal' });
		expect(score.test.z).toBeCloseTo(1.8, 12);
		expect(score.test.pValue).toBeCloseTo(0.0718606, 6);
		expect(score.effect?.r).toBe(1);
	});

	it('leaves out of the knowledge score a pair that skipped the knowledge section', () => {
		const skipped: EvaluationResponse[] = [
			{ session: 's1', phase: 'pre', pairing: key(9), answers: { 'b-adults-decide': 3 } },
			{ session: 's1', phase: 'post', pairing: key(9), answers: knowledge(6) }
		];
		const withSkipped = summariseEvaluation(defaultInstrument, [...workshop(), ...skipped]);
		expect(withSkipped.counts.pairs).toBe(7);
		expect(withSkipped.knowledge!.score).toEqual(summary.knowledge!.score);
		expect((withSkipped.knowledge!.score as { n: number }).n).toBe(6);
	});

	it('gives each knowledge item’s percentage correct before and after', () => {
		// Item 1 is right for everyone with at least 1 correct: before 5 of 6, after 6 of 6.
		const first = shown(summary.knowledge!.byItem[0]!.percentCorrect);
		expect(first.before).toBeCloseTo(500 / 6, 12);
		expect(first.after).toBe(100);
		// Item 6 (index 5): before 0 of 6, after only the participant with 6 correct.
		const last = shown(summary.knowledge!.byItem[5]!.percentCorrect);
		expect(last).toEqual({ before: 0, after: 100 / 6 });
	});

	it('scores a reversed belief item so that disagreeing with the conflating view counts as a gain', () => {
		const item = summary.beliefs!.byItem.find((b) => b.item === 'b-most-sex-workers-trafficked')!;
		expect(item.reversed).toBe(true);
		const change = shown(item.change);
		// Scores 6 − answer: before 1 2 1 3 2 1, after 4 4 2 3 5 5; changes 3 2 1 0 3 4.
		expect(change.before.mean).toBeCloseTo(10 / 6, 12);
		expect(change.after.mean).toBeCloseTo(23 / 6, 12);
		expect(change.change.median).toBe(2.5);
		// Five non-zero changes, all positive: V = 15 = n(n+1)/2 and r = 1.
		expect(change.test.statistic).toBe(15);
		expect(change.effect?.r).toBe(1);
	});

	it('scores the belief scale as each pair’s mean over the items it answered both times', () => {
		const scale = shown(summary.beliefs!.scale);
		const before = trafficked.pre.map((v, p) => (6 - v + adultsDecide.pre[p]!) / 2);
		const after = trafficked.post.map((v, p) => (6 - v + adultsDecide.post[p]!) / 2);
		expect(scale.before.mean).toBeCloseTo(before.reduce((a, b) => a + b) / 6, 12);
		expect(scale.after.median).toBe(median(after));
		expect(scale.test.statistic).toBe(signedRankTest(after, before).statistic);
		// Items nobody answered are withheld: no pair to compute over.
		const unanswered = summary.beliefs!.byItem.find((b) => b.item === 'b-raids-help')!;
		expect(unanswered.change).toEqual({ suppressed: true, reason: 'fewer-than-minimum', minimum: 5 });
	});

	it('compares “before” and “now” of a retrospective item within the post questionnaires', () => {
		const change = shown(summary.retrospective.find((r) => r.item === 'r-tell-apart')!.change);
		expect(change.before.mean).toBeCloseTo(11 / 6, 12);
		expect(change.after.mean).toBeCloseTo(21 / 6, 12);
		// Changes 2 2 1 0 3 2: the post questionnaires of the duplicated key are left out.
		expect(change.test).toMatchObject({ n: 5, zeros: 1 });
	});

	it('lists open answers sorted, and withholds those given by fewer than five people', () => {
		const stay = summary.open.find((o) => o.item === 'o-stays-with-you')!;
		expect(shown(stay.answers)).toEqual([...stays].sort((a, b) => a.localeCompare(b, 'en')));
		const differently = summary.open.find((o) => o.item === 'o-do-differently')!;
		expect(differently.answers).toEqual({ suppressed: true, reason: 'fewer-than-minimum', minimum: 5 });
	});
});

describe('suppression', () => {
	const isFigure = (node: object): node is Figure<unknown> => 'suppressed' in node;
	function everyFigure(node: unknown, found: Figure<unknown>[] = []): Figure<unknown>[] {
		if (typeof node !== 'object' || node === null) return found;
		if (isFigure(node)) found.push(node);
		else for (const child of Object.values(node)) everyFigure(child, found);
		return found;
	}

	it('withholds every figure computed over four pairs, keeping only the reason', () => {
		const summary = summariseEvaluation(defaultInstrument, workshop('s1', 4));
		const figures = everyFigure(summary);
		expect(figures.length).toBeGreaterThan(10);
		for (const figure of figures) expect(figure).toEqual({ suppressed: true, reason: 'fewer-than-minimum', minimum: 5 });
		// Nothing computed from answers is left: no means, medians, p-values or texts.
		const json = JSON.stringify(summary);
		for (const word of ['mean', 'median', 'pValue', 'statistic', 'value', 'Listening']) expect(json).not.toContain(word);
	});

	it('takes a configurable minimum', () => {
		const summary = summariseEvaluation(defaultInstrument, workshop('s1', 4), { minimum: 3 });
		expect(summary.knowledge!.score.suppressed).toBe(false);
		expect(() => summariseEvaluation(defaultInstrument, [], { minimum: 0 })).toThrow(RangeError);
	});

	it('never shows a figure computed over fewer responses than the minimum', () => {
		const answers = fc.record(
			{
				'k-movement': fc.constantFrom('border', 'city', 'not-required', 'unsure'),
				'b-raids-help': fc.integer({ min: 1, max: 5 }),
				'b-adults-decide': fc.integer({ min: 1, max: 5 })
			},
			{ requiredKeys: [] }
		);
		const person = fc.record({
			pre: answers,
			post: answers,
			retro: fc.option(fc.record({ before: fc.integer({ min: 1, max: 5 }), now: fc.integer({ min: 1, max: 5 }) }))
		});
		fc.assert(
			fc.property(fc.array(person, { maxLength: 12 }), fc.integer({ min: 1, max: 8 }), (people, minimum) => {
				const responses = people.flatMap((p, i): EvaluationResponse[] => [
					{ session: 's', phase: 'pre', pairing: key(i), answers: p.pre },
					{ session: 's', phase: 'post', pairing: key(i), answers: { ...p.post, ...(p.retro ? { 'r-refer': p.retro } : {}) } }
				]);
				const summary = summariseEvaluation(defaultInstrument, responses, { minimum });
				for (const figure of everyFigure(summary)) {
					if (figure.suppressed) expect(Object.keys(figure).sort()).toEqual(['minimum', 'reason', 'suppressed']);
					else {
						expect(figure.n).toBeGreaterThanOrEqual(minimum);
						const value = figure.value as Partial<PairedChange>;
						if (value.test) {
							expect(value.test.n + value.test.zeros).toBe(figure.n);
							if (value.test.n > 0) expect(value.test.pValue).toBeLessThanOrEqual(1);
						}
					}
				}
			})
		);
	});
});
