import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { averageRanks } from './wilcoxon.ts';

/**
 * The matched-pairs rank-biserial correlation (Kerby 2014, "The simple difference formula",
 * Comprehensive Psychology 3: 11.IT.3.1, https://doi.org/10.2466/11.IT.3.1):
 *
 *     r = (T+ − T−) / (T+ + T−)
 *
 * where T+ and T− are the sums of the ranks of the positive and negative differences, zero
 * differences dropped as in the Wilcoxon test (so T+ + T− = n(n+1)/2). It is the share of the rank
 * mass that favours an increase minus the share that favours a decrease: +1 when every non-zero
 * change is an increase, −1 when every one is a decrease.
 *
 * Confidence interval: normal approximation on Fisher's z scale, as the R package effectsize
 * computes it (`rank_biserial(x, y, paired = TRUE)`; Ben-Shachar, Lüdecke & Makowski 2020, JOSS
 * 5(56): 2815, https://doi.org/10.21105/joss.02815):
 *
 *     SE = √(n(n+1)(2n+1)/6) / (n(n+1)/2),   CI = tanh(atanh(r) ± z₁₋α/₂ · SE)
 *
 * SE is the null standard deviation of r (from Var(T+) = n(n+1)(2n+1)/24, since
 * r = 2T+/(n(n+1)/2) − 1). We chose it over a bootstrap because it is deterministic and
 * reproducible in R, because a bootstrap of 5–20 Likert differences takes few distinct values
 * and gives ragged percentile intervals, and because it stays inside [−1, 1]. Its limit: when
 * every change has the same sign (r = ±1) the interval collapses to that point; read it with n.
 */
export interface RankBiserial {
	/** r, in [−1, 1]. */
	r: number;
	/** Non-zero differences. */
	n: number;
	/** The confidence interval [low, high]. */
	interval: [number, number];
	/** Its level, e.g. 0.95. */
	confidence: number;
}

/** The rank-biserial correlation of paired differences (after − before); null when none is non-zero. */
export function rankBiserial(differences: readonly number[], confidence = 0.95): RankBiserial | null {
	if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be between 0 and 1, not ${confidence}`);
	const d = differences.filter((value) => value !== 0);
	const n = d.length;
	if (n === 0) return null;
	const ranks = averageRanks(d.map(Math.abs));
	let plus = 0;
	let minus = 0;
	ranks.forEach((rank, i) => {
		if (d[i]! > 0) plus += rank;
		else minus += rank;
	});
	const r = (plus - minus) / (plus + minus);
	const maxSum = (n * (n + 1)) / 2;
	const se = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 6) / maxSum;
	const q = normalQuantile(1 - (1 - confidence) / 2, 0, 1);
	const z = Math.atanh(r);
	return { r, n, interval: [Math.tanh(z - q * se), Math.tanh(z + q * se)], confidence };
}
