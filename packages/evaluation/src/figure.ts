/**
 * A figure computed over participants' answers, or the reason it is withheld. A figure computed
 * over fewer than `minimum` responses is never returned (not even its count), so that no
 * individual's answers can be inferred from it.
 */
export type Figure<T> = ShownFigure<T> | SuppressedFigure;

/** A figure that may be shown, with the number of responses (or pairs) it was computed over. */
export interface ShownFigure<T> {
	suppressed: false;
	n: number;
	value: T;
}

/**
 * A withheld figure. `fewer-than-minimum`: computed over fewer than `minimum` responses.
 * `complementary`: large enough, but withheld because, beside a total and one small group, it would
 * let the small group's figure be worked out by subtraction.
 */
export interface SuppressedFigure {
	suppressed: true;
	reason: 'fewer-than-minimum' | 'complementary';
	minimum: number;
}

/** The default minimum number of responses behind a figure. */
export const DEFAULT_MINIMUM = 5;

// The count behind a suppressed figure is never part of it; aggregation needs it to decide on
// complementary suppression, so it is kept here, out of reach of serialisation.
const hiddenCounts = new WeakMap<SuppressedFigure, number>();

/** The count a figure was computed over, including a suppressed one's (for aggregation only). */
export function countBehind(figure: Figure<unknown>): number {
	return figure.suppressed ? (hiddenCounts.get(figure) ?? 0) : figure.n;
}

/** A suppressed figure that remembers, privately, how many responses it would have used. */
export function suppressed(reason: SuppressedFigure['reason'], minimum: number, n: number): SuppressedFigure {
	const figure: SuppressedFigure = { suppressed: true, reason, minimum };
	hiddenCounts.set(figure, n);
	return figure;
}

/** The figure `compute()` gives over n responses, or a suppressed one when n < minimum. */
export function figure<T>(n: number, minimum: number, compute: () => T): Figure<T> {
	return n < minimum ? suppressed('fewer-than-minimum', minimum, n) : { suppressed: false, n, value: compute() };
}
