import { rankBiserial, type RankBiserial } from './effect-size.ts';
import { DEFAULT_MINIMUM, figure, type Figure } from './figure.ts';
import { SCALE_MAX, SCALE_MIN, type BeliefItem, type Instrument, type KnowledgeItem } from './instrument.ts';
import { pairResponses } from './pairing.ts';
import type { EvaluationResponse, RetrospectiveAnswer } from './responses.ts';
import { signedRankTest, type Alternative, type SignedRankResult } from './wilcoxon.ts';

/** Options of `summariseEvaluation`. */
export interface SummaryOptions {
	/** Fewest responses (or pairs) a figure may be computed over; default 5, at least 1. */
	minimum?: number;
	/** The alternative of every Wilcoxon test; default "two-sided". */
	alternative?: Alternative;
	/** Level of the effect sizes' confidence intervals; default 0.95. */
	confidence?: number;
}

/** Mean and median of a set of scores. */
export interface Location {
	mean: number;
	median: number;
}

/**
 * Change between two paired sets of scores (before and after): where each stands, the change
 * (after − before), the Wilcoxon signed-rank test of the changes and the rank-biserial correlation
 * (null when no one changed).
 */
export interface PairedChange {
	before: Location;
	after: Location;
	change: Location;
	test: SignedRankResult;
	effect: RankBiserial | null;
}

/** Per knowledge item: percentage of the pairs answering correctly before and after. */
export interface KnowledgeItemSummary {
	item: string;
	percentCorrect: Figure<{ before: number; after: number }>;
}

/** Per belief item: the change in its score (6 − answer for a reversed item: higher is closer to the evidence). */
export interface BeliefItemSummary {
	item: string;
	reversed: boolean;
	change: Figure<PairedChange>;
}

/** Per retrospective item: "before the workshop" against "now", both given after. */
export interface RetrospectiveItemSummary {
	item: string;
	change: Figure<PairedChange>;
}

/** Per open question: the answers, sorted (so their order says nothing about who wrote them). */
export interface OpenItemSummary {
	item: string;
	answers: Figure<string[]>;
}

/** Everything a report shows about a set of responses. */
export interface EvaluationSummary {
	instrument: { id: string; version: number };
	minimum: number;
	/**
	 * Questionnaires counted (each key once per session and phase), pairs formed, and
	 * questionnaires left out because their key was used twice in a session's phase.
	 */
	counts: { pre: number; post: number; pairs: number; duplicates: number };
	/**
	 * Knowledge asked both before and after: each pair's score is the percentage of those items
	 * answered correctly (no answer or "I don't know" is not correct); pairs that answered none of
	 * them in either questionnaire are left out. Locations and changes are in
	 * percent and percentage points; the test is on the number of correct answers, which ranks
	 * identically and avoids rounding in the differences. Null when the instrument has no such item.
	 */
	knowledge: { items: number; score: Figure<PairedChange>; byItem: KnowledgeItemSummary[] } | null;
	/**
	 * Beliefs asked both before and after: the scale score is a pair's mean item score over the items
	 * it answered both times. Null when the instrument has no such item.
	 */
	beliefs: { scale: Figure<PairedChange>; byItem: BeliefItemSummary[] } | null;
	retrospective: RetrospectiveItemSummary[];
	open: OpenItemSummary[];
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** The median (mean of the two middle values when their number is even). */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Paired change from per-participant `before`, `after` and exact `differences` (given separately
 * so that the test ranks differences computed without rounding, e.g. (Σpost − Σpre)/k).
 */
function pairedChange(
	before: number[],
	after: number[],
	differences: number[],
	options: Required<Omit<SummaryOptions, 'minimum'>>
): PairedChange {
	return {
		before: { mean: mean(before), median: median(before) },
		after: { mean: mean(after), median: median(after) },
		change: { mean: mean(differences), median: median(differences) },
		test: signedRankTest(differences, undefined, { alternative: options.alternative }),
		effect: rankBiserial(differences, options.confidence)
	};
}

const orient = (item: BeliefItem, answer: number) => (item.reversed ? SCALE_MIN + SCALE_MAX - answer : answer);
const both = (item: { phases: readonly string[] }) => item.phases.includes('pre') && item.phases.includes('post');

/**
 * Summarises the responses to one instrument: pairs pre and post questionnaires by session and
 * pairing key, then computes every figure, withholding any computed over fewer than `minimum`
 * pairs (or, for retrospective and open items, post questionnaires).
 */
export function summariseEvaluation(
	instrument: Instrument,
	responses: readonly EvaluationResponse[],
	options: SummaryOptions = {}
): EvaluationSummary {
	const minimum = options.minimum ?? DEFAULT_MINIMUM;
	if (!(Number.isInteger(minimum) && minimum >= 1))
		throw new RangeError(`minimum must be an integer of at least 1, not ${minimum}`);
	const settings = { alternative: options.alternative ?? 'two-sided', confidence: options.confidence ?? 0.95 } as const;
	const { pairs, unique, duplicates } = pairResponses(responses);
	const change = (before: number[], after: number[], differences: number[]) =>
		figure(differences.length, minimum, () => pairedChange(before, after, differences, settings));

	// Knowledge: number correct before and after, over the items asked both times.
	const knowledgeItems = instrument.items.filter((item): item is KnowledgeItem => item.kind === 'knowledge' && both(item));
	let knowledge: EvaluationSummary['knowledge'] = null;
	if (knowledgeItems.length > 0) {
		const k = knowledgeItems.length;
		const correct = (response: EvaluationResponse, item: KnowledgeItem) => response.answers[item.id] === item.correct;
		const count = (response: EvaluationResponse) => knowledgeItems.filter((item) => correct(response, item)).length;
		// A pair that skipped the whole knowledge section in either questionnaire says nothing about knowledge.
		const tried = (response: EvaluationResponse) => knowledgeItems.some((item) => response.answers[item.id] !== undefined);
		const scored = pairs.filter((pair) => tried(pair.pre) && tried(pair.post));
		const pre = scored.map((pair) => count(pair.pre));
		const post = scored.map((pair) => count(pair.post));
		const percent = (c: number) => (100 * c) / k;
		const score = figure(scored.length, minimum, () => {
			const differences = post.map((c, i) => c - pre[i]!);
			const result = pairedChange(pre.map(percent), post.map(percent), differences, settings);
			// Report the change in percentage points; the test and effect size use the counts.
			return { ...result, change: { mean: percent(result.change.mean), median: percent(result.change.median) } };
		});
		const byItem = knowledgeItems.map((item) => ({
			item: item.id,
			percentCorrect: figure(scored.length, minimum, () => ({
				before: (100 * scored.filter((pair) => correct(pair.pre, item)).length) / scored.length,
				after: (100 * scored.filter((pair) => correct(pair.post, item)).length) / scored.length
			}))
		}));
		knowledge = { items: k, score, byItem };
	}

	// Beliefs: per item, and the scale as each pair's mean over the items it answered both times.
	const beliefItems = instrument.items.filter((item): item is BeliefItem => item.kind === 'belief' && both(item));
	let beliefs: EvaluationSummary['beliefs'] = null;
	if (beliefItems.length > 0) {
		const answered = (response: EvaluationResponse, item: BeliefItem) => response.answers[item.id] as number | undefined;
		const byItem = beliefItems.map((item) => {
			const before: number[] = [];
			const after: number[] = [];
			for (const pair of pairs) {
				const a = answered(pair.pre, item);
				const b = answered(pair.post, item);
				if (a === undefined || b === undefined) continue;
				before.push(orient(item, a));
				after.push(orient(item, b));
			}
			return {
				item: item.id,
				reversed: item.reversed,
				change: change(
					before,
					after,
					after.map((v, i) => v - before[i]!)
				)
			};
		});
		const before: number[] = [];
		const after: number[] = [];
		const differences: number[] = [];
		for (const pair of pairs) {
			let sumBefore = 0;
			let sumAfter = 0;
			let k = 0;
			for (const item of beliefItems) {
				const a = answered(pair.pre, item);
				const b = answered(pair.post, item);
				if (a === undefined || b === undefined) continue;
				sumBefore += orient(item, a);
				sumAfter += orient(item, b);
				k++;
			}
			if (k === 0) continue;
			before.push(sumBefore / k);
			after.push(sumAfter / k);
			// One correctly rounded division of an integer: equal changes give equal numbers, so ties stay ties.
			differences.push((sumAfter - sumBefore) / k);
		}
		beliefs = { scale: change(before, after, differences), byItem };
	}

	const posts = unique.filter((response) => response.phase === 'post');
	const retrospective = instrument.items
		.filter((item) => item.kind === 'retrospective')
		.map((item) => {
			const answers = posts.map((r) => r.answers[item.id] as RetrospectiveAnswer | undefined).filter((a) => a !== undefined);
			const before = answers.map((a) => a.before);
			const after = answers.map((a) => a.now);
			return {
				item: item.id,
				change: change(
					before,
					after,
					after.map((v, i) => v - before[i]!)
				)
			};
		});

	const collator = new Intl.Collator('en');
	const open = instrument.items
		.filter((item) => item.kind === 'open')
		.map((item) => {
			const texts = unique
				.filter((r) => item.phases.includes(r.phase))
				.map((r) => r.answers[item.id])
				.filter((a): a is string => typeof a === 'string' && a !== '');
			return { item: item.id, answers: figure(texts.length, minimum, () => texts.sort(collator.compare)) };
		});

	return {
		instrument: { id: instrument.id, version: instrument.version },
		minimum,
		counts: {
			pre: unique.filter((r) => r.phase === 'pre').length,
			post: posts.length,
			pairs: pairs.length,
			duplicates: duplicates.reduce((sum, group) => sum + group.count, 0)
		},
		knowledge,
		beliefs,
		retrospective,
		open
	};
}
