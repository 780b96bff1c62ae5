import { describe, expect, it } from 'vitest';
import { analyseDialogue } from './dialogue.ts';
import { seeded } from './random.ts';
import type { Vote, VoteValue } from './votes.ts';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/**
 * Votes drawn from known opinions: `opinion(participant, statement)` gives the probability of
 * agreeing; the rest disagree, except a small share of passes. `seen` decides which statements a
 * participant voted on.
 */
function simulate(
	participants: string[],
	statements: string[],
	opinion: (p: number, s: number) => number,
	options: { seed: number; seen?: (p: number, s: number, random: () => number) => boolean }
): Vote[] {
	const random = seeded(options.seed);
	const votes: Vote[] = [];
	participants.forEach((participant, p) => {
		statements.forEach((statement, s) => {
			if (options.seen && !options.seen(p, s, random)) return;
			const roll = random();
			const value: VoteValue = roll < 0.05 ? 0 : random() < opinion(p, s) ? 1 : -1;
			votes.push({ participant, statement, value });
		});
	});
	return votes;
}

const sameSet = (a: readonly string[], b: readonly string[]) => expect([...a].sort()).toEqual([...b].sort());

describe('two opposed camps with a shared core', () => {
	// 20 + 20 people; s0–s4 everyone agrees with; s5–s14 camp A agrees and camp B disagrees; s15–s24 the reverse.
	const people = ids('p', 40);
	const statements = ids('s', 25);
	const campA = (p: number) => p < 20;
	const opinion = (p: number, s: number) => (s < 5 ? 0.95 : s < 15 === campA(p) ? 0.9 : 0.1);
	const votes = simulate(people, statements, opinion, { seed: 7 });
	const result = analyseDialogue({ statements, votes });

	it('finds the two camps, exactly', () => {
		expect(result.groups.map((g) => g.size)).toEqual([20, 20]);
		const labelOf = new Map<number, number>();
		result.map.forEach((point, i) => labelOf.set(i, point.group));
		const a = new Set(people.slice(0, 20).map((_, i) => labelOf.get(i)));
		const b = new Set(people.slice(20).map((_, i) => labelOf.get(20 + i)));
		expect(a.size).toBe(1);
		expect(b.size).toBe(1);
		expect([...a][0]).not.toBe([...b][0]);
		expect(result.quality.silhouette).toBeGreaterThan(result.quality.nullSilhouette);
	});

	it('puts the shared core, and only it, on common ground', () => {
		sameSet(result.commonGround, statements.slice(0, 5));
	});

	it('calls every camp statement divisive, and no core statement', () => {
		sameSet(result.divisive, statements.slice(5));
	});
});

describe('one uniform crowd', () => {
	// Everyone has the same chance of agreeing with each statement: there is no structure to find.
	const people = ids('p', 40);
	const statements = ids('s', 20);
	const chance = Array.from({ length: 20 }, (_, s) => (s < 4 ? 0.9 : 0.2 + (0.6 * ((s * 37) % 11)) / 10));
	const votes = simulate(people, statements, (_, s) => chance[s] as number, { seed: 11 });
	const result = analyseDialogue({ statements, votes });

	it('finds one group', () => {
		expect(result.groups).toEqual([{ size: 40 }]);
		expect(result.quality.silhouette).toBeLessThanOrEqual(result.quality.nullSilhouette);
	});

	it('still shows what the whole table agrees with', () => {
		expect(result.commonGround).toEqual(expect.arrayContaining(statements.slice(0, 4)));
		expect(result.divisive).toEqual([]);
	});
});

describe('sparse votes', () => {
	// 60 people in two camps, each voting on about a third of 30 statements; 5 more voted on only 4.
	const people = ids('p', 65);
	const statements = ids('s', 30);
	const opinion = (p: number, s: number) => (s < 6 ? 0.95 : (s % 2 === 0) === p < 30 ? 0.9 : 0.1);
	const votes = simulate(people, statements, opinion, {
		seed: 3,
		seen: (p, s, random) => (p >= 60 ? s < 4 : s < 6 || random() < 0.35)
	});
	const result = analyseDialogue({ statements, votes });

	it('leaves out people with too few votes and recovers the camps from the rest', () => {
		expect(result.participants).toEqual({ total: 65, grouped: 60 });
		expect(result.groups).toHaveLength(2);
		const groupOf = result.map.map((point) => point.group);
		const majorityA = mostCommon(groupOf.slice(0, 30));
		const agreeing = groupOf.filter((g, i) => (i < 30 ? g === majorityA : g !== majorityA)).length;
		expect(agreeing / 60).toBeGreaterThanOrEqual(0.9);
	});

	it('finds the core as common ground', () => {
		expect(result.commonGround).toEqual(expect.arrayContaining(statements.slice(0, 6)));
		for (const s of statements.slice(6)) expect(result.commonGround).not.toContain(s);
	});
});

describe('small tables', () => {
	it('shows no group smaller than the minimum, so that no one’s votes can be inferred', () => {
		// Two camps of 4: splitting them would show groups of 4.
		const people = ids('p', 8);
		const statements = ids('s', 10);
		const votes = simulate(people, statements, (p, s) => (s < 5 === p < 4 ? 0.95 : 0.05), { seed: 5 });
		expect(analyseDialogue({ statements, votes }).groups).toEqual([{ size: 8 }]);
		expect(analyseDialogue({ statements, votes }, { minGroupSize: 4 }).groups).toEqual([{ size: 4 }, { size: 4 }]);
	});

	it('hides declared stakeholder groups under the minimum and counts them', () => {
		const people = ids('p', 12);
		const statements = ids('s', 8);
		const votes = simulate(people, statements, () => 0.7, { seed: 9 });
		const declared = new Map(people.map((p, i) => [p, i < 4 ? 'police' : i < 10 ? 'sex workers' : 'health']));
		const { shown, hidden } = analyseDialogue({ statements, votes, declared }).byStakeholder;
		expect(shown.map((g) => [g.group, g.participants])).toEqual([['sex workers', 6]]);
		expect(hidden).toBe(6);
		const agree = votes.filter(
			(v) => v.statement === 's0' && v.value === 1 && Number(v.participant.slice(1)) >= 4 && Number(v.participant.slice(1)) < 10
		).length;
		expect(shown[0]?.statements[0]?.agree).toBe(agree);
	});
});

describe('results', () => {
	it('are the same for the same votes and seed', () => {
		const people = ids('p', 30);
		const statements = ids('s', 12);
		const votes = simulate(people, statements, (p, s) => ((s % 3 === 0) === p < 15 ? 0.8 : 0.3), { seed: 21 });
		expect(analyseDialogue({ statements, votes }, { seed: 4 })).toEqual(analyseDialogue({ statements, votes }, { seed: 4 }));
	});

	it('count the last vote of a participant on a statement, and ignore statements not listed', () => {
		const votes: Vote[] = [
			{ participant: 'a', statement: 's0', value: -1 },
			{ participant: 'a', statement: 's0', value: 1 },
			{ participant: 'a', statement: 'removed', value: 1 }
		];
		const result = analyseDialogue({ statements: ['s0'], votes });
		expect(result.statements[0]?.overall).toMatchObject({ agree: 1, disagree: 0, pass: 0 });
	});

	it('compute group-informed consensus as the product of smoothed agreement', () => {
		const people = ids('p', 40);
		const statements = ids('s', 25);
		const votes = simulate(people, statements, (p, s) => (s < 5 ? 0.95 : s < 15 === p < 20 ? 0.9 : 0.1), { seed: 7 });
		const result = analyseDialogue({ statements, votes });
		for (const s of result.statements) {
			expect(s.consensus).toBeCloseTo(
				s.groups.reduce((product, t) => product * ((t.agree + 1) / (t.agree + t.disagree + t.pass + 2)), 1),
				12
			);
		}
	});
});

function mostCommon(values: readonly number[]): number {
	const counts = new Map<number, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}
