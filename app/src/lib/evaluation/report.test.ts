import { defaultInstrument, type Answer, type EvaluationResponse, type Figure } from '@unconflate/evaluation';
import { describe, expect, it } from 'vitest';
import { buildBreakdown, buildReport, buildVersionRows, searchAnswers } from './report.ts';

/** A shown figure's value, or null when it is withheld. */
const valueOf = <T>(figure: Figure<T> | undefined): T | null => (figure && !figure.suppressed ? figure.value : null);
const key = (i: number) => i.toString(16).padStart(64, '0');

/** n participants who answered before and after; participant i's ratings come from the functions. */
function cohort(n: number, pre: (i: number) => number, post: (i: number) => number, session = 's1'): EvaluationResponse[] {
	return Array.from(
		{ length: n },
		(_, i): Array<{ session: string; phase: 'pre' | 'post'; pairing: string; answers: Record<string, Answer> }> => [
			{ session, phase: 'pre' as const, pairing: key(i), answers: { 'b-adults-decide': pre(i), 'k-movement': 'border' } },
			{
				session,
				phase: 'post' as const,
				pairing: key(i),
				answers: {
					'b-adults-decide': post(i),
					'k-movement': 'not-required',
					'r-tell-apart': { before: pre(i), now: post(i) },
					'o-stays-with-you': i % 2 ? 'Écouter avant de juger' : 'Labour trafficking is most trafficking'
				}
			}
		]
	).flat();
}

describe('the impact report', () => {
	it('draws each rated item’s answers before and after, over the pairs its test uses', () => {
		const report = buildReport(
			defaultInstrument,
			cohort(
				6,
				() => 2,
				(i) => (i < 4 ? 4 : 5)
			),
			'en'
		);
		const row = report.rows.find((r) => r.id === 'b-adults-decide');
		expect(row?.distribution).toEqual({
			suppressed: false,
			n: 6,
			value: {
				labels: defaultInstrument.scales['agreement']!.en,
				before: [0, 6, 0, 0, 0],
				after: [0, 0, 0, 4, 2]
			}
		});
		expect(row?.change.suppressed).toBe(false);
		if (row && !row.change.suppressed) expect(row.change.value.test.pValue).toBeLessThan(0.05);
		const retro = report.rows.find((r) => r.id === 'r-tell-apart');
		expect(valueOf(retro?.distribution)?.after).toEqual([0, 0, 0, 4, 2]);
		expect(report.summary.counts).toMatchObject({ pre: 6, post: 6, pairs: 6 });
		expect(report.knowledge?.items.find((k) => k.id === 'k-movement')?.percentCorrect).toEqual({
			suppressed: false,
			n: 6,
			value: { before: 0, after: 100 }
		});
	});

	it('withholds a distribution with its test when there are fewer pairs than the minimum', () => {
		const report = buildReport(
			defaultInstrument,
			cohort(
				4,
				() => 2,
				() => 4
			),
			'fr'
		);
		const row = report.rows.find((r) => r.id === 'b-adults-decide');
		expect(row?.distribution).toEqual({ suppressed: true, reason: 'fewer-than-minimum', minimum: 5 });
		expect(row?.prompt).toBe(defaultInstrument.items.find((i) => i.id === 'b-adults-decide')?.prompt.fr);
		expect(report.open.every((o) => o.answers.suppressed)).toBe(true);
	});

	it('keeps only the open answers that contain every searched word, ignoring case and accents', () => {
		const report = buildReport(
			defaultInstrument,
			cohort(
				6,
				() => 2,
				() => 3
			),
			'en',
			{ search: 'ecouter JUGER' }
		);
		const open = report.open.find((o) => o.id === 'o-stays-with-you');
		expect(open?.total).toBe(6);
		expect(valueOf(open?.answers)).toEqual(Array(3).fill('Écouter avant de juger'));
		expect(searchAnswers(['a b', 'b c'], '  ')).toEqual(['a b', 'b c']);
	});
});

describe('the breakdown by group', () => {
	it('gives each group its pairs and changes, and withholds a small group with enough others to hide it', () => {
		const tag = (responses: EvaluationResponse[], organisation: string) =>
			responses.map((r) => ({ ...r, meta: { organisation, date: '2026-01-10' } }));
		const responses = [
			...tag(
				cohort(
					6,
					() => 2,
					() => 4,
					'a'
				),
				'Clinic'
			),
			...tag(
				cohort(
					7,
					() => 2,
					() => 5,
					'b'
				),
				'Shelter'
			),
			...tag(
				cohort(
					2,
					() => 3,
					() => 3,
					'c'
				),
				'Police'
			)
		];
		const rows = buildBreakdown(defaultInstrument, responses, 'organisation');
		expect(rows.map((r) => [r.key, r.sessions, r.pairs])).toEqual([
			['Clinic', 1, 6],
			['Police', 1, 2],
			['Shelter', 1, 7]
		]);
		const shown = rows.map((r) => (r.beliefs?.suppressed ? r.beliefs.reason : 'shown'));
		// Police (2 pairs) is below the minimum; Clinic, the smallest other group, is withheld too,
		// or Police's figure could be recovered from the total minus the two others.
		expect(shown).toEqual(['complementary', 'fewer-than-minimum', 'shown']);
		expect(buildBreakdown(defaultInstrument, responses, 'year').map((r) => r.key)).toEqual(['2026']);
	});
});

describe('buildVersionRows', () => {
	it('gives each version of the questionnaire its own row, read with its own items, and withholds small ones', () => {
		const pairs = (session: string, people: number, item: string) =>
			Array.from({ length: people }, (_, p) => [
				{ session, phase: 'pre' as const, pairing: p.toString(16).padStart(64, '0'), answers: { [item]: 2 }, meta: {} },
				{ session, phase: 'post' as const, pairing: p.toString(16).padStart(64, '0'), answers: { [item]: 4 }, meta: {} }
			]).flat();
		const v2 = { ...defaultInstrument, version: 2, items: defaultInstrument.items.filter((i) => i.id !== 'b-adults-decide') };
		const old = pairs('s1', 6, 'b-adults-decide');
		const small = pairs('s2', 2, 'b-raids-help');
		const current = pairs('s3', 8, 'b-raids-help');
		const overall = buildReport(v2, [...old, ...small, ...current], 'en').summary;
		const rows = buildVersionRows(
			[
				{ version: 1, instrument: defaultInstrument, responses: old },
				{ version: 2, instrument: v2, responses: [...small, ...current] }
			],
			overall
		);
		expect(rows.map((r) => [r.key, r.sessions, r.pairs])).toEqual([
			['1', 1, 6],
			['2', 2, 10]
		]);
		// Version 1's answers count for beliefs when read with version 1 (with version 2 they would not).
		expect(rows[0]?.beliefs).toMatchObject({ suppressed: false, n: 6 });
		expect(rows[1]?.beliefs).toMatchObject({ suppressed: false, n: 10 });
		const lone = buildVersionRows(
			[{ version: 1, instrument: defaultInstrument, responses: pairs('s4', 3, 'b-adults-decide') }],
			overall
		);
		expect(lone[0]?.beliefs).toMatchObject({ suppressed: true, reason: 'fewer-than-minimum' });
	});
});
