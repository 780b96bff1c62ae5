import { describe, expect, it } from 'vitest';
import { aggregateByVersion, aggregateEvaluations, type SessionMeta, type TaggedResponse } from './aggregate.ts';
import { defaultInstrument } from './default-instrument.ts';
import type { Figure } from './figure.ts';
import type { EvaluationResponse } from './responses.ts';
import { summariseEvaluation, type PairedChange } from './summary.ts';

const key = (n: number) => n.toString(16).padStart(64, '0');

/** A session of `people` pairs whose belief answer rises from 2 to `after`, tagged with `meta`. */
function session(code: string, people: number, meta: SessionMeta, after = 4): TaggedResponse[] {
	return Array.from({ length: people }, (_, p) => [
		{ session: code, phase: 'pre' as const, pairing: key(p), answers: { 'b-adults-decide': 2 }, meta },
		{ session: code, phase: 'post' as const, pairing: key(p), answers: { 'b-adults-decide': after }, meta }
	]).flat();
}

const beliefChange = (figure: Figure<PairedChange> | undefined) => figure;
const scale = (summary: { beliefs: { scale: Figure<PairedChange> } | null }) => beliefChange(summary.beliefs?.scale);

describe('aggregateEvaluations', () => {
	const responses = [
		...session('2025-a', 6, { organisation: 'Health North', sector: 'health', date: '2025-03-04' }),
		...session('2026-b', 7, { organisation: 'Health North', sector: 'health', date: '2026-05-01' }, 5),
		...session('2026-c', 8, { organisation: 'City Shelter', sector: 'shelter', date: '2026-06-12' }, 3)
	];

	it('summarises each group and all responses, pairing within each session', () => {
		const { overall, groups } = aggregateEvaluations(defaultInstrument, responses, 'organisation');
		expect(groups.map((g) => [g.key, g.sessions, g.summary.counts.pairs])).toEqual([
			['City Shelter', 1, 8],
			['Health North', 2, 13]
		]);
		expect(overall).toEqual(summariseEvaluation(defaultInstrument, responses));
		// The same keys recur in every session, yet only same-session questionnaires are paired.
		expect(overall.counts.pairs).toBe(21);
	});

	it('groups by sector, year, session or any function', () => {
		const keys = (by: Parameters<typeof aggregateEvaluations>[2]) =>
			aggregateEvaluations(defaultInstrument, responses, by).groups.map((g) => g.key);
		expect(keys('sector')).toEqual(['health', 'shelter']);
		expect(keys('year')).toEqual(['2025', '2026']);
		expect(keys('session')).toEqual(['2025-a', '2026-b', '2026-c']);
		expect(keys((r) => (r.meta.date ?? '').slice(0, 7))).toEqual(['2025-03', '2026-05', '2026-06']);
	});

	it('collects responses without the grouping field under a null key, last', () => {
		const untagged = session('2026-d', 5, {});
		const { groups } = aggregateEvaluations(defaultInstrument, [...responses, ...untagged], 'sector');
		expect(groups.map((g) => g.key)).toEqual(['health', 'shelter', null]);
		const years = aggregateEvaluations(
			defaultInstrument,
			[...session('x', 5, { date: '2027' }), ...session('y', 5, { date: 'soon' })],
			'year'
		);
		expect(years.groups.map((g) => g.key)).toEqual(['2027', null]);
	});

	it('computes each group’s change from its own sessions', () => {
		const { groups } = aggregateEvaluations(defaultInstrument, responses, 'session');
		const changes = groups.map((g) => {
			const figure = scale(g.summary);
			return figure && !figure.suppressed ? figure.value.change.mean : null;
		});
		expect(changes).toEqual([2, 3, 1]);
	});
});

describe('complementary suppression', () => {
	// Three sectors: 8 and 6 pairs shown, 3 withheld. With the total shown, the 3 pairs' mean change
	// would be (21 × total − 8 × a − 6 × b) / 3: so the next-smallest group (6) is withheld too.
	const responses = [
		...session('a', 8, { sector: 'health' }, 3),
		...session('b', 6, { sector: 'police' }, 4),
		...session('c', 3, { sector: 'business' }, 5)
	];

	it('withholds the next-smallest group when exactly one group is too small', () => {
		const { overall, groups } = aggregateEvaluations(defaultInstrument, responses, 'sector');
		expect(scale(overall)?.suppressed).toBe(false);
		const bySector = Object.fromEntries(groups.map((g) => [g.key, scale(g.summary)]));
		expect(bySector['business']).toEqual({ suppressed: true, reason: 'fewer-than-minimum', minimum: 5 });
		expect(bySector['police']).toEqual({ suppressed: true, reason: 'complementary', minimum: 5 });
		expect(bySector['health']?.suppressed).toBe(false);
		// The per-item figure is withheld the same way.
		const item = (g: (typeof groups)[number]) => g.summary.beliefs!.byItem.find((b) => b.item === 'b-adults-decide')!.change;
		expect(groups.map((g) => [g.key, item(g).suppressed])).toEqual([
			['business', true],
			['health', false],
			['police', true]
		]);
	});

	it('withholds more groups until the withheld ones cover the minimum together', () => {
		// Two tiny groups (1 and 2 pairs: 3 together) beside groups of 5 and 9.
		const tiny = [
			...session('a', 1, { sector: 's1' }),
			...session('b', 2, { sector: 's2' }),
			...session('c', 5, { sector: 's3' }),
			...session('d', 9, { sector: 's4' })
		];
		const { groups } = aggregateEvaluations(defaultInstrument, tiny, 'sector');
		expect(groups.map((g) => [g.key, (scale(g.summary) as { reason?: string }).reason ?? 'shown'])).toEqual([
			['s1', 'fewer-than-minimum'],
			['s2', 'fewer-than-minimum'],
			['s3', 'complementary'],
			['s4', 'shown']
		]);
	});

	it('withholds nothing more when every group is large enough, or the total is withheld too', () => {
		const large = [...session('a', 5, { sector: 'x' }), ...session('b', 6, { sector: 'y' })];
		expect(aggregateEvaluations(defaultInstrument, large, 'sector').groups.every((g) => !scale(g.summary)?.suppressed)).toBe(
			true
		);
		const small = [...session('a', 2, { sector: 'x' }), ...session('b', 2, { sector: 'y' })];
		const { overall, groups } = aggregateEvaluations(defaultInstrument, small, 'sector');
		expect(scale(overall)?.suppressed).toBe(true);
		expect(groups.map((g) => (scale(g.summary) as { reason?: string }).reason)).toEqual([
			'fewer-than-minimum',
			'fewer-than-minimum'
		]);
	});

	it('keeps the JSON of a withheld group free of the count behind it', () => {
		const { groups } = aggregateEvaluations(defaultInstrument, responses, 'sector');
		const business = groups.find((g) => g.key === 'business')!;
		expect(JSON.stringify(business.summary.beliefs)).not.toMatch(/"n":/);
	});
});

describe('input', () => {
	it('accepts plain responses grouped by a function of the response', () => {
		const plain: EvaluationResponse[] = session('a', 5, {});
		const { groups } = aggregateEvaluations(
			defaultInstrument,
			plain.map((r) => ({ ...r, meta: {} })),
			(r) => r.phase
		);
		// Grouping by phase splits every pair: nothing can be paired, everything is withheld.
		expect(groups.map((g) => [g.key, g.summary.counts.pairs])).toEqual([
			['post', 0],
			['pre', 0]
		]);
	});
});

describe('aggregateByVersion', () => {
	// Version 1 asked the belief item the default instrument asks; version 2 dropped it for another.
	const v2 = {
		...defaultInstrument,
		version: 2,
		items: defaultInstrument.items.filter((item) => item.id !== 'b-adults-decide')
	};
	const newItem = (code: string, people: number) =>
		session(code, people, {}).map((r) => ({ ...r, answers: { 'b-raids-help': r.phase === 'pre' ? 4 : 2 } }));

	it('reads each version’s answers with its own items', () => {
		const old = session('v1-a', 6, {});
		const current = newItem('v2-a', 7);
		const overall = summariseEvaluation(v2, [...old, ...current]);
		// Read with version 2, version 1's answers say nothing about beliefs: only 7 pairs count.
		expect(overall.beliefs?.scale).toMatchObject({ suppressed: false, n: 7 });
		const groups = aggregateByVersion(
			[
				{ key: '1', instrument: defaultInstrument, responses: old },
				{ key: '2', instrument: v2, responses: current }
			],
			overall
		);
		expect(groups.map((g) => [g.key, g.sessions, g.summary.counts.pairs])).toEqual([
			['1', 1, 6],
			['2', 1, 7]
		]);
		expect(groups[0]?.summary.beliefs?.scale).toMatchObject({ suppressed: false, n: 6 });
		expect(groups[1]?.summary.beliefs?.scale).toMatchObject({ suppressed: false, n: 7 });
	});

	it('withholds a small version, and the next smallest beside it, so that neither can be worked out from the total', () => {
		const groups = aggregateByVersion(
			[
				{ key: '1', instrument: defaultInstrument, responses: session('v1-a', 3, {}) },
				{ key: '2', instrument: defaultInstrument, responses: session('v2-a', 6, {}) },
				{ key: '3', instrument: defaultInstrument, responses: session('v3-a', 9, {}) }
			],
			summariseEvaluation(defaultInstrument, [...session('v1-a', 3, {}), ...session('v2-a', 6, {}), ...session('v3-a', 9, {})])
		);
		expect(groups.map((g) => g.summary.beliefs?.scale)).toEqual([
			{ suppressed: true, reason: 'fewer-than-minimum', minimum: 5 },
			{ suppressed: true, reason: 'complementary', minimum: 5 },
			expect.objectContaining({ suppressed: false, n: 9 })
		]);
	});
});
