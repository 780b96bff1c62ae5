import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageRanks, psignrank, signedRankTest } from './wilcoxon.ts';

// Reference values: R 4.2.2, `wilcox.test(..., paired = TRUE)` with its defaults, printed with
// options(digits = 15). Each case also shows the derivation from R's documented algorithm, so the
// numbers can be checked without R.

describe('R’s own example (?wilcox.test, Hollander & Wolfe’s depression scores)', () => {
	const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
	const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
	// d = x − y = 0.952, −0.147, 1.022, 0.43, 0.62, 0.59, 0.49, −0.08, 0.01: nine non-zero, untied.
	// Ranks of |d|: 0.01→1, 0.08→2, 0.147→3, 0.43→4, 0.49→5, 0.59→6, 0.62→7, 0.952→8, 1.022→9.
	// V = 1+4+5+6+7+8+9 = 40 (negatives: 2+3 = 5). n < 50, no ties, no zeros: exact.
	// Of the 2⁹ = 512 sign patterns, those with V ≤ 5 number 1+1+1+2+2+3 = 10 (sums 0…5), and by
	// symmetry as many have V ≥ 40, so P(V ≥ 40) = 10/512 = 0.01953125 and two-sided p = 0.0390625.

	it('gives V = 40 and the exact two-sided p-value 0.03906', () => {
		const result = signedRankTest(x, y);
		expect(result).toMatchObject({ statistic: 40, negativeRankSum: 5, n: 9, zeros: 0, ties: false, method: 'exact' });
		expect(result.pValue).toBe(0.0390625);
	});

	it('gives p = 0.01953 for the alternative "greater" and 505/512 for "less"', () => {
		expect(signedRankTest(x, y, { alternative: 'greater' }).pValue).toBe(0.01953125);
		// P(V ≤ 40) = 1 − P(V ≥ 41) = 1 − P(V ≤ 4) = 1 − 7/512; R prints 0.986328125.
		expect(signedRankTest(x, y, { alternative: 'less' }).pValue).toBe(0.986328125);
	});

	it('matches R’s psignrank(0:5, 9)', () => {
		// R: 0.001953125 0.003906250 0.005859375 0.009765625 0.013671875 0.019531250
		expect([0, 1, 2, 3, 4, 5].map((q) => psignrank(q, 9))).toEqual([1, 2, 3, 5, 7, 10].map((c) => c / 512));
	});
});

describe('a Likert item with ties and zeros (normal approximation with tie and continuity corrections)', () => {
	const before = [2, 3, 3, 2, 4, 1, 3, 2, 3, 2];
	const after = [4, 4, 3, 3, 5, 3, 3, 4, 2, 4];
	// d = after − before = 2, 1, 0, 1, 1, 2, 0, 2, −1, 2. Two zeros are dropped: n = 8.
	// |d|: four 1s share ranks 1–4 (mean 2.5), four 2s share ranks 5–8 (mean 6.5).
	// V = 3 × 2.5 (the positive 1s) + 4 × 6.5 = 33.5; T− = 2.5. Ties and zeros: normal approximation.
	// E[V] = n(n+1)/4 = 18; V − 18 = 15.5; two-sided correction sign(15.5) × 0.5 → 15.
	// σ² = n(n+1)(2n+1)/24 − Σ(t³ − t)/48 = 8·9·17/24 − (60 + 60)/48 = 51 − 2.5 = 48.5.
	// z = 15/√48.5 = 2.15387447585; p = 2·(1 − Φ(z)) = 0.0312500171169744 (R prints 0.03125).
	it('gives V = 33.5 and p = 0.0312500171 as R does', () => {
		const result = signedRankTest(after, before);
		expect(result).toMatchObject({ statistic: 33.5, negativeRankSum: 2.5, n: 8, zeros: 2, ties: true, method: 'normal' });
		expect(result.z).toBeCloseTo(15 / Math.sqrt(48.5), 12);
		expect(result.pValue).toBeCloseTo(0.0312500171169744, 13);
	});
});

describe('ties without zeros, one-sided (retrospective ratings that fell)', () => {
	const d = [-1, -2, -2, 1, -3, -1, -1];
	// |d|: four 1s → ranks 1–4 (2.5 each), two 2s → ranks 5–6 (5.5), one 3 → rank 7.
	// V = 2.5 (the single +1). E[V] = 7·8/4 = 14; V − 14 = −11.5.
	// σ² = 7·8·15/24 − ((4³−4) + (2³−2))/48 = 35 − 66/48 = 33.625.
	// "less": correction −0.5 → z = (−11.5 + 0.5)/√33.625 = −1.89696...; p = Φ(z) = 0.028915638670996.
	// Two-sided: correction sign(−11.5)·0.5 = −0.5, same z; p = 2Φ(z) = 0.0578312773419919.
	it('gives R’s one-sided and two-sided p-values', () => {
		const less = signedRankTest(d, undefined, { alternative: 'less' });
		expect(less.statistic).toBe(2.5);
		expect(less.z).toBeCloseTo(-11 / Math.sqrt(33.625), 12);
		expect(less.pValue).toBeCloseTo(0.028915638670996, 13);
		expect(signedRankTest(d).pValue).toBeCloseTo(0.0578312773419919, 13);
	});
});

describe('fifty or more differences', () => {
	// d_i = i·(−1)^i, i = 1…60: no ties, no zeros, but n ≥ 50, so R uses the normal approximation.
	// V = 2 + 4 + … + 60 = 930; E[V] = 60·61/4 = 915; σ² = 60·61·121/24 = 18452.5;
	// z = (15 − 0.5)/√18452.5 = 0.10674...; p = 2(1 − Φ(z)) = 0.914992675197531.
	const d = Array.from({ length: 60 }, (_, k) => (k + 1) * (k % 2 === 0 ? -1 : 1));

	it('uses the normal approximation by default, as R does', () => {
		const result = signedRankTest(d);
		expect(result).toMatchObject({ statistic: 930, method: 'normal' });
		expect(result.pValue).toBeCloseTo(0.914992675197531, 13);
	});

	it('computes the exact distribution when asked (R: exact = TRUE gives 0.915622458478901)', () => {
		const result = signedRankTest(d, undefined, { exact: true });
		expect(result.method).toBe('exact');
		expect(result.pValue).toBeCloseTo(0.915622458478901, 12);
	});

	it('drops the continuity correction when asked (R: correct = FALSE)', () => {
		// R: wilcox.test(c(3, −1, 4, 2, 5), correct = FALSE, exact = FALSE) gives V = 14, p = 0.0796158014601134.
		expect(signedRankTest([3, -1, 4, 2, 5], undefined, { correct: false, exact: false }).pValue).toBeCloseTo(
			0.0796158014601134,
			13
		);
	});
});

describe('edge cases', () => {
	it('gives NaN when every difference is zero, as R does', () => {
		const result = signedRankTest([1, 2, 3], [1, 2, 3]);
		expect(result).toMatchObject({ statistic: 0, n: 0, zeros: 3 });
		expect(result.pValue).toBeNaN();
	});

	it('refuses no values, unequal lengths and values that are not finite', () => {
		expect(() => signedRankTest([])).toThrow(RangeError);
		expect(() => signedRankTest([1, 2], [1])).toThrow(RangeError);
		expect(() => signedRankTest([1, Number.NaN])).toThrow(RangeError);
		expect(() => signedRankTest([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
	});

	it('ranks ties by their mean rank, as R’s rank() does', () => {
		expect(averageRanks([3, 1, 3, 2, 3])).toEqual([4, 1, 4, 2, 4]);
		expect(averageRanks([])).toEqual([]);
	});
});

// Differences as a paired design produces them: small integers (Likert changes) or arbitrary reals.
const likertChanges = fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 1, maxLength: 60 });
const realChanges = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 60 });
const changes = fc.oneof(likertChanges, realChanges);
const alternative = fc.constantFrom('two-sided' as const, 'greater' as const, 'less' as const);

describe('properties', () => {
	it('keeps V within [0, n(n+1)/2], with V + T− = n(n+1)/2', () => {
		fc.assert(
			fc.property(changes, (d) => {
				const { statistic, negativeRankSum, n } = signedRankTest(d);
				expect(statistic).toBeGreaterThanOrEqual(0);
				expect(statistic).toBeLessThanOrEqual((n * (n + 1)) / 2);
				expect(statistic + negativeRankSum).toBe((n * (n + 1)) / 2);
			})
		);
	});

	it('gives a p-value in [0, 1] whenever some difference is not zero', () => {
		fc.assert(
			fc.property(changes, alternative, (d, alt) => {
				fc.pre(d.some((v) => v !== 0));
				const { pValue } = signedRankTest(d, undefined, { alternative: alt });
				expect(pValue).toBeGreaterThanOrEqual(0);
				expect(pValue).toBeLessThanOrEqual(1);
			})
		);
	});

	it('is symmetric: swapping before and after mirrors V and swaps the one-sided alternatives', () => {
		fc.assert(
			fc.property(likertChanges, likertChanges, (x, y) => {
				const n = Math.min(x.length, y.length);
				const [a, b] = [x.slice(0, n), y.slice(0, n)];
				const forward = signedRankTest(a, b);
				const backward = signedRankTest(b, a);
				expect(backward.statistic).toBe((forward.n * (forward.n + 1)) / 2 - forward.statistic);
				if (forward.n === 0) return;
				expect(backward.pValue).toBeCloseTo(forward.pValue, 12);
				expect(signedRankTest(b, a, { alternative: 'less' }).pValue).toBeCloseTo(
					signedRankTest(a, b, { alternative: 'greater' }).pValue,
					12
				);
			})
		);
	});

	it('does not change when every difference is multiplied by the same positive number', () => {
		fc.assert(
			fc.property(likertChanges, fc.integer({ min: 1, max: 1000 }), (d, k) => {
				const a = signedRankTest(d);
				const b = signedRankTest(d.map((v) => v * k));
				expect(b.statistic).toBe(a.statistic);
				if (a.n > 0) expect(b.pValue).toBe(a.pValue);
			})
		);
	});

	it('counts V’s null distribution exactly: psignrank agrees with enumerating every sign pattern', () => {
		for (let n = 1; n <= 12; n++) {
			const max = (n * (n + 1)) / 2;
			const counts = new Array<number>(max + 1).fill(0);
			for (let mask = 0; mask < 2 ** n; mask++) {
				let sum = 0;
				for (let rank = 1; rank <= n; rank++) if (mask & (1 << (rank - 1))) sum += rank;
				counts[sum]!++;
			}
			let cumulative = 0;
			for (let q = 0; q <= max; q++) {
				cumulative += counts[q]!;
				expect(psignrank(q, n)).toBe(cumulative / 2 ** n);
				expect(psignrank(q, n, true)).toBeCloseTo(1 - cumulative / 2 ** n, 14);
			}
		}
	});

	it('gives exact and approximate p-values that agree closely for 40 untied differences', () => {
		fc.assert(
			fc.property(
				fc.shuffledSubarray([...Array.from({ length: 40 }, (_, k) => k + 1)], { minLength: 0, maxLength: 40 }),
				(negatives) => {
					const d = Array.from({ length: 40 }, (_, k) => (negatives.includes(k + 1) ? -(k + 1) : k + 1));
					const exact = signedRankTest(d).pValue;
					const normal = signedRankTest(d, undefined, { exact: false }).pValue;
					expect(Math.abs(exact - normal)).toBeLessThan(0.005);
				}
			),
			{ numRuns: 50 }
		);
	});
});
