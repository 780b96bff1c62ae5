import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankBiserial } from './effect-size.ts';
import { signedRankTest } from './wilcoxon.ts';

// Reference values: the R package effectsize 0.8.3 (Debian's r-cran-effectsize) on R 4.2.2,
// `rank_biserial(d)` on the differences d, printed with digits = 15. (Its two-argument paired form
// counts the non-zero values of x instead of the non-zero differences in the interval's n, so it
// differs from this, and from its own one-sample form, when some differences are zero.)

describe('matched-pairs rank-biserial correlation', () => {
	it('gives r = 35/45 and effectsize’s interval on R’s depression example', () => {
		const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
		const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
		// T+ = 40, T− = 5 (see wilcoxon.test.ts): r = (40 − 5)/45 = 0.7777…
		// SE = √(9·10·19/6)/45 = √285/45 = 0.375154…; atanh(r) = 1.040708…;
		// tanh(1.040708 ∓ 1.959964 × 0.375154) = 0.295363129336242, 0.944155901920081.
		const result = rankBiserial(x.map((v, i) => v - y[i]!));
		expect(result?.r).toBeCloseTo(35 / 45, 15);
		expect(result?.interval[0]).toBeCloseTo(0.295363129336242, 13);
		expect(result?.interval[1]).toBeCloseTo(0.944155901920081, 13);
	});

	it('drops zero changes and shares tied ranks on a Likert item', () => {
		const before = [2, 3, 3, 2, 4, 1, 3, 2, 3, 2];
		const after = [4, 4, 3, 3, 5, 3, 3, 4, 2, 4];
		// n = 8 non-zero changes, T+ = 33.5, T− = 2.5: r = 31/36 = 0.861111…
		// SE = √(8·9·17/6)/36 = √204/36; CI = tanh(atanh(r) ∓ 1.959964·SE) = 0.477715012636283, 0.968974862297454.
		const result = rankBiserial(after.map((v, i) => v - before[i]!));
		expect(result?.n).toBe(8);
		expect(result?.r).toBeCloseTo(31 / 36, 15);
		expect(result?.interval[0]).toBeCloseTo(0.477715012636283, 13);
		expect(result?.interval[1]).toBeCloseTo(0.968974862297454, 13);
	});

	it('is 1 with a collapsed interval when everyone improved, and null when no one changed', () => {
		expect(rankBiserial([1, 2, 1, 3, 1])).toMatchObject({ r: 1, interval: [1, 1] });
		expect(rankBiserial([0, 0, 0])).toBeNull();
	});

	it('gives a narrower interval at 90% than at 95%', () => {
		const d = [1, 2, -1, 3, 1, 0, 2, -2, 1, 1];
		const at95 = rankBiserial(d, 0.95)!;
		const at90 = rankBiserial(d, 0.9)!;
		expect(at90.interval[0]).toBeGreaterThan(at95.interval[0]);
		expect(at90.interval[1]).toBeLessThan(at95.interval[1]);
	});

	it('refuses a confidence level outside (0, 1)', () => {
		expect(() => rankBiserial([1, 2], 1)).toThrow(RangeError);
		expect(() => rankBiserial([1, 2], 0)).toThrow(RangeError);
	});
});

describe('properties', () => {
	const changes = fc
		.array(fc.integer({ min: -4, max: 4 }), { minLength: 1, maxLength: 40 })
		.filter((d) => d.some((v) => v !== 0));

	it('lies in [−1, 1], inside its own interval, and equals 2V/(n(n+1)/2) − 1', () => {
		fc.assert(
			fc.property(changes, (d) => {
				const result = rankBiserial(d)!;
				const { statistic, n } = signedRankTest(d);
				expect(result.r).toBeGreaterThanOrEqual(-1);
				expect(result.r).toBeLessThanOrEqual(1);
				expect(result.r).toBeCloseTo((2 * statistic) / ((n * (n + 1)) / 2) - 1, 12);
				expect(result.interval[0]).toBeLessThanOrEqual(result.r + 1e-12);
				expect(result.interval[1]).toBeGreaterThanOrEqual(result.r - 1e-12);
				expect(result.interval[0]).toBeGreaterThanOrEqual(-1);
				expect(result.interval[1]).toBeLessThanOrEqual(1);
			})
		);
	});

	it('changes sign, and mirrors its interval, when before and after are swapped', () => {
		fc.assert(
			fc.property(changes, (d) => {
				const forward = rankBiserial(d)!;
				const backward = rankBiserial(d.map((v) => -v))!;
				expect(backward.r).toBeCloseTo(-forward.r, 12);
				expect(backward.interval[0]).toBeCloseTo(-forward.interval[1], 12);
				expect(backward.interval[1]).toBeCloseTo(-forward.interval[0], 12);
			})
		);
	});
});
