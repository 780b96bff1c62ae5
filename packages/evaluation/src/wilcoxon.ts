import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

/**
 * The Wilcoxon signed-rank test, computed as R's `wilcox.test(x, y, paired = TRUE)` computes it
 * with its defaults (`exact = NULL`, `correct = TRUE`, `digits.rank = Inf`); the steps below follow
 * R's `stats:::wilcox.test.default` (R 4.x) and its documentation (`?wilcox.test`, `?psignrank`):
 *
 * 1. d = x − y; zero differences are dropped (Wilcoxon's method, not Pratt's); n = non-zero count.
 * 2. |d| is ranked, ties getting the mean of their ranks; V = the sum of the ranks of positive d.
 * 3. Exact p-value when n < 50 and there are neither ties nor zeros: V's null distribution is the
 *    number of subsets of {1, …, n} with each sum, over 2ⁿ (counted by dynamic programming).
 * 4. Otherwise the normal approximation: z = (V − n(n+1)/4 − c) / σ with
 *    σ² = n(n+1)(2n+1)/24 − Σ(t³ − t)/48 over groups of t tied |d|, and the continuity correction
 *    c = ±0.5 (sign(V − n(n+1)/4)·0.5 two-sided, 0.5 for "greater", −0.5 for "less").
 *
 * With no non-zero difference (n = 0) R's p-value is NaN (0/0), and so is this one.
 */

/** The alternative hypothesis about the location shift of x − y (R's `alternative`). */
export type Alternative = 'two-sided' | 'greater' | 'less';

/** Options of `signedRankTest`, with R's defaults. */
export interface SignedRankOptions {
	/** Default "two-sided". */
	alternative?: Alternative;
	/** Continuity correction in the normal approximation (R's `correct`); default true. */
	correct?: boolean;
	/** Force (true) or forbid (false) the exact p-value; default: exact when n < 50 (R's `exact = NULL`). */
	exact?: boolean;
}

/** The test's result. */
export interface SignedRankResult {
	/** R's V: the sum of the ranks of the positive differences (T+). */
	statistic: number;
	/** The sum of the ranks of the negative differences (T−); T+ + T− = n(n+1)/2. */
	negativeRankSum: number;
	/** Number of non-zero differences. */
	n: number;
	/** Number of zero differences dropped. */
	zeros: number;
	/** Whether some |d| were tied. */
	ties: boolean;
	/** How the p-value was computed. */
	method: 'exact' | 'normal';
	/** The standardised statistic, for the normal approximation only. */
	z?: number;
	pValue: number;
	alternative: Alternative;
}

/** Ranks of `values` (1-based), ties given the mean of their ranks, as R's `rank()` does by default. */
export function averageRanks(values: readonly number[]): number[] {
	const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
	const ranks = new Array<number>(values.length);
	for (let start = 0; start < order.length;) {
		let end = start + 1;
		while (end < order.length && order[end]!.value === order[start]!.value) end++;
		const rank = (start + 1 + end) / 2; // mean of ranks start+1 … end
		for (let k = start; k < end; k++) ranks[order[k]!.index] = rank;
		start = end;
	}
	return ranks;
}

const distributions = new Map<number, Float64Array>();

/**
 * The null distribution of V for n untied, non-zero differences: element k is the number of subsets
 * of {1, …, n} whose sum is k (so it sums to 2ⁿ). Counts stay below 2⁵³ for n < 50, so they are exact.
 */
function signedRankCounts(n: number): Float64Array {
	let counts = distributions.get(n);
	if (counts) return counts;
	const max = (n * (n + 1)) / 2;
	counts = new Float64Array(max + 1);
	counts[0] = 1;
	for (let rank = 1; rank <= n; rank++) {
		const top = (rank * (rank + 1)) / 2;
		for (let sum = top; sum >= rank; sum--) counts[sum]! += counts[sum - rank]!;
	}
	distributions.set(n, counts);
	return counts;
}

/**
 * P(V ≤ q) for n untied non-zero differences (R's `psignrank(q, n)`); with `upper`, P(V > q)
 * (`lower.tail = FALSE`). As in R, q is rounded to an integer after adding 1e-7.
 */
export function psignrank(q: number, n: number, upper = false): number {
	if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, not ${n}`);
	const counts = signedRankCounts(n);
	const max = (n * (n + 1)) / 2;
	const k = Math.round(q + 1e-7);
	const total = 2 ** n;
	let sum = 0;
	if (upper) {
		if (k < 0) return 1;
		for (let s = Math.max(k + 1, 0); s <= max; s++) sum += counts[s]!;
	} else {
		if (k < 0) return 0;
		for (let s = 0; s <= Math.min(k, max); s++) sum += counts[s]!;
	}
	return sum / total;
}

const pnorm = (z: number) => normalCdf(z, 0, 1);

/**
 * The Wilcoxon signed-rank test of x − y (paired), or of x alone (one sample, against 0).
 * Throws a RangeError, as R stops, on no values at all, on lengths that differ or on values that are
 * not finite numbers.
 */
export function signedRankTest(x: readonly number[], y?: readonly number[], options: SignedRankOptions = {}): SignedRankResult {
	const alternative = options.alternative ?? 'two-sided';
	const correct = options.correct ?? true;
	if (y && y.length !== x.length) throw new RangeError(`x and y must have the same length (${x.length} and ${y.length})`);
	const all = y ? x.map((value, i) => value - y[i]!) : [...x];
	if (all.length === 0) throw new RangeError('not enough observations');
	if (all.some((d) => !Number.isFinite(d))) throw new RangeError('every value must be a finite number');

	const d = all.filter((value) => value !== 0);
	const zeros = all.length - d.length;
	const n = d.length;
	const ranks = averageRanks(d.map(Math.abs));
	let statistic = 0;
	let negativeRankSum = 0;
	ranks.forEach((rank, i) => {
		if (d[i]! > 0) statistic += rank;
		else negativeRankSum += rank;
	});
	const tieSizes = new Map<number, number>();
	for (const rank of ranks) tieSizes.set(rank, (tieSizes.get(rank) ?? 0) + 1);
	const ties = tieSizes.size !== ranks.length;
	const exact = options.exact ?? n < 50;
	const base = { statistic, negativeRankSum, n, zeros, ties, alternative };

	if (exact && !ties && zeros === 0) {
		let pValue: number;
		if (alternative === 'two-sided') {
			const p = statistic > (n * (n + 1)) / 4 ? psignrank(statistic - 1, n, true) : psignrank(statistic, n);
			pValue = Math.min(2 * p, 1);
		} else if (alternative === 'greater') pValue = psignrank(statistic - 1, n, true);
		else pValue = psignrank(statistic, n);
		return { ...base, method: 'exact', pValue };
	}

	const centred = statistic - (n * (n + 1)) / 4;
	let tieTerm = 0;
	for (const t of tieSizes.values()) tieTerm += t ** 3 - t;
	const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieTerm / 48);
	const correction = !correct
		? 0
		: alternative === 'two-sided'
			? Math.sign(centred) * 0.5
			: alternative === 'greater'
				? 0.5
				: -0.5;
	const z = (centred - correction) / sigma;
	const pValue = alternative === 'less' ? pnorm(z) : alternative === 'greater' ? pnorm(-z) : 2 * Math.min(pnorm(z), pnorm(-z));
	return { ...base, method: 'normal', z, pValue };
}
