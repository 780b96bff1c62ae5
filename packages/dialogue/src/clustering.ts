import { kmeans } from 'ml-kmeans';
import { seeded, shuffle } from './random.ts';

export type Point = readonly [number, number];

/** Mean silhouette width (Rousseeuw 1987): how much closer each point is to its own group than to the next. */
export function silhouette(points: readonly Point[], labels: readonly number[], k: number): number {
	if (k < 2) return 0;
	const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);
	let total = 0;
	for (let i = 0; i < points.length; i++) {
		const sums = new Array<number>(k).fill(0);
		const counts = new Array<number>(k).fill(0);
		for (let j = 0; j < points.length; j++) {
			if (i === j) continue;
			const label = labels[j] as number;
			sums[label] = (sums[label] as number) + distance(points[i] as Point, points[j] as Point);
			counts[label] = (counts[label] as number) + 1;
		}
		const own = labels[i] as number;
		// A point alone in its group has silhouette 0 by convention.
		if ((counts[own] as number) === 0) continue;
		const a = (sums[own] as number) / (counts[own] as number);
		let b = Infinity;
		for (let c = 0; c < k; c++)
			if (c !== own && (counts[c] as number) > 0) b = Math.min(b, (sums[c] as number) / (counts[c] as number));
		if (!Number.isFinite(b)) continue;
		const width = Math.max(a, b);
		total += width === 0 ? 0 : (b - a) / width;
	}
	return total / points.length;
}

export interface Partition {
	k: number;
	labels: number[];
	silhouette: number;
}

/**
 * The best of several k-means runs (k-means++ starts, seeded) for one k, by within-group spread,
 * with groups numbered by size (largest first) so that results are stable.
 */
export function partition(points: readonly Point[], k: number, seed: number, restarts = 8): Partition {
	if (k === 1) return { k, labels: points.map(() => 0), silhouette: 0 };
	let best: { labels: number[]; spread: number } | undefined;
	for (let r = 0; r < restarts; r++) {
		const result = kmeans(
			points.map((p) => [p[0], p[1]]),
			k,
			{ initialization: 'kmeans++', seed: seed + r * 7919, maxIterations: 100 }
		);
		let spread = 0;
		result.clusters.forEach((c, i) => {
			const centre = result.centroids[c] as number[];
			const p = points[i] as Point;
			spread += (p[0] - (centre[0] ?? 0)) ** 2 + (p[1] - (centre[1] ?? 0)) ** 2;
		});
		if (!best || spread < best.spread - 1e-12) best = { labels: result.clusters, spread };
	}
	const labels = renumberBySize((best as { labels: number[] }).labels, k);
	return { k, labels, silhouette: silhouette(points, labels, k) };
}

function renumberBySize(labels: readonly number[], k: number): number[] {
	const sizes = Array.from({ length: k }, (_, c) => ({ c, n: labels.filter((l) => l === c).length, first: labels.indexOf(c) }));
	sizes.sort((a, b) => b.n - a.n || a.first - b.first);
	const rank = new Map(sizes.map((s, i) => [s.c, i]));
	return labels.map((l) => rank.get(l) as number);
}

export interface GroupChoice extends Partition {
	// `silhouette` is the best partition's into two or more groups, even when the votes show no
	// structure and one group is kept.
	/** Best silhouette of the same procedure on votes shuffled within each statement (no structure). */
	nullSilhouette: number;
	/** Every k tried and its silhouette (NaN when a group would be too small to show). */
	tried: Array<{ k: number; silhouette: number }>;
}

export interface GroupOptions {
	/** Most groups to consider (Pol.is: min(5, 2 + ⌊n/12⌋)). */
	maxGroups?: number;
	/** A partition with a group smaller than this is not considered (no one's votes may be inferred). */
	minGroupSize: number;
	seed: number;
	/** Shuffled copies of the votes used to tell structure from noise. */
	nullRounds?: number;
}

/**
 * How many opinion groups, and who is in each: k-means for k = 2 … max on the projected
 * participants, the k with the best silhouette (as Pol.is chooses); then a check that the
 * structure is real: the same procedure on votes shuffled within each statement (which keeps each
 * statement's overall agreement and destroys who-agrees-with-whom) must not do as well, else the
 * table is one crowd and there is one group.
 */
export function chooseGroups(
	points: readonly Point[],
	shuffledProjections: (random: () => number) => Point[],
	options: GroupOptions
): GroupChoice {
	const n = points.length;
	const maxGroups = Math.min(options.maxGroups ?? Math.min(5, 2 + Math.floor(n / 12)), Math.floor(n / options.minGroupSize));
	const single: GroupChoice = { k: 1, labels: points.map(() => 0), silhouette: 0, nullSilhouette: NaN, tried: [] };
	if (maxGroups < 2) return single;

	const best = (candidates: readonly Point[], seed: number, tried?: GroupChoice['tried']): Partition | undefined => {
		let top: Partition | undefined;
		for (let k = 2; k <= maxGroups; k++) {
			const p = partition(candidates, k, seed + k);
			const sizes = Array.from({ length: k }, (_, c) => p.labels.filter((l) => l === c).length);
			const showable = sizes.every((s) => s >= options.minGroupSize);
			tried?.push({ k, silhouette: showable ? p.silhouette : NaN });
			if (showable && (!top || p.silhouette > top.silhouette + 1e-12)) top = p;
		}
		return top;
	};

	const tried: GroupChoice['tried'] = [];
	const observed = best(points, options.seed, tried);
	if (!observed) return { ...single, tried };
	const random = seeded(options.seed ^ 0x5bd1e995);
	let nullSilhouette = -Infinity;
	for (let r = 0; r < (options.nullRounds ?? 19); r++) {
		const shuffled = best(shuffledProjections(random), options.seed + 1000 * (r + 1));
		if (shuffled) nullSilhouette = Math.max(nullSilhouette, shuffled.silhouette);
	}
	// With 19 rounds, beating them all is a one-sided test at the 5% level.
	if (observed.silhouette <= nullSilhouette) return { ...single, silhouette: observed.silhouette, nullSilhouette, tried };
	return { ...observed, nullSilhouette, tried };
}

/** Votes shuffled among participants, statement by statement (each column keeps its votes). */
export function shuffleColumns<T>(rows: ReadonlyArray<readonly T[]>, random: () => number): T[][] {
	const copy = rows.map((row) => [...row]);
	const columns = rows[0]?.length ?? 0;
	for (let j = 0; j < columns; j++) {
		const column = shuffle(
			copy.map((row) => row[j] as T),
			random
		);
		column.forEach((v, i) => ((copy[i] as T[])[j] = v));
	}
	return copy;
}
