import {
	aggregateByVersion,
	aggregateEvaluations,
	DEFAULT_MINIMUM,
	pairResponses,
	SCALE_MAX,
	SCALE_MIN,
	summariseEvaluation,
	type EvaluationResponse,
	type EvaluationSummary,
	type Figure,
	type Instrument,
	type PairedChange,
	type RetrospectiveAnswer,
	type TaggedResponse,
	type VersionGroup
} from '@unconflate/evaluation';
import type { Locale } from '../i18n/locales.ts';
import { foldForSearch } from '../search-text.ts';

/**
 * What the impact pages show, computed once from a set of responses: packages/evaluation's
 * summary (every test, effect size and suppression is its, never recomputed here), plus the
 * item texts in the reader's language, the distributions the charts draw and the open answers
 * matching a search. Framework-free, so that it is unit-tested on its own.
 */

/** How many answered each point of a 5-point scale, before and after. */
export interface Distribution {
	labels: string[];
	before: number[];
	after: number[];
}

/** One rated item's row: its text, the paired change and, when shown, its distribution. */
export interface ChangeRow {
	id: string;
	kind: 'belief' | 'retrospective';
	prompt: string;
	reversed: boolean;
	change: Figure<PairedChange>;
	distribution: Figure<Distribution>;
}

export interface KnowledgeRow {
	id: string;
	prompt: string;
	percentCorrect: Figure<{ before: number; after: number }>;
}

export interface OpenRow {
	id: string;
	prompt: string;
	/** Answers matching the search (all when there is none); withheld below the minimum. */
	answers: Figure<string[]>;
	/** How many answers there are in all (when shown). */
	total: number;
}

export interface ImpactReport {
	summary: EvaluationSummary;
	knowledge: { score: Figure<PairedChange>; items: KnowledgeRow[] } | null;
	beliefScale: Figure<PairedChange> | null;
	rows: ChangeRow[];
	open: OpenRow[];
}

const points = SCALE_MAX - SCALE_MIN + 1;
const tally = (values: number[]) => {
	const counts = new Array<number>(points).fill(0);
	for (const v of values) if (Number.isInteger(v) && v >= SCALE_MIN && v <= SCALE_MAX) counts[v - SCALE_MIN]!++;
	return counts;
};

/** The answers containing every word of the search (accents and case ignored). */
export function searchAnswers(answers: readonly string[], search: string): string[] {
	const words = foldForSearch(search).split(/\s+/).filter(Boolean);
	if (words.length === 0) return [...answers];
	return answers.filter((answer) => {
		const folded = foldForSearch(answer);
		return words.every((word) => folded.includes(word));
	});
}

/**
 * The report of a set of responses read with `instrument`. Distributions are drawn over the same
 * pairs (beliefs) or post questionnaires (retrospective) as the item's test, and withheld with it.
 */
export function buildReport(
	instrument: Instrument,
	responses: readonly EvaluationResponse[],
	locale: Locale,
	options: { minimum?: number; search?: string } = {}
): ImpactReport {
	const minimum = options.minimum ?? DEFAULT_MINIMUM;
	const summary = summariseEvaluation(instrument, responses, { minimum });
	const { pairs, unique } = pairResponses(responses);
	const posts = unique.filter((r) => r.phase === 'post');
	const item = (id: string) => instrument.items.find((i) => i.id === id);
	const shown = <T>(figure: Figure<unknown>, value: () => T): Figure<T> =>
		figure.suppressed ? figure : { suppressed: false, n: figure.n, value: value() };

	const rows: ChangeRow[] = [];
	for (const belief of summary.beliefs?.byItem ?? []) {
		const definition = item(belief.item);
		if (definition?.kind !== 'belief') continue;
		rows.push({
			id: belief.item,
			kind: 'belief',
			prompt: definition.prompt[locale],
			reversed: belief.reversed,
			change: belief.change,
			distribution: shown(belief.change, () => {
				const both = pairs.filter(
					(p) => typeof p.pre.answers[belief.item] === 'number' && typeof p.post.answers[belief.item] === 'number'
				);
				return {
					labels: instrument.scales[definition.scale]?.[locale] ?? [],
					before: tally(both.map((p) => p.pre.answers[belief.item] as number)),
					after: tally(both.map((p) => p.post.answers[belief.item] as number))
				};
			})
		});
	}
	for (const retro of summary.retrospective) {
		const definition = item(retro.item);
		if (definition?.kind !== 'retrospective') continue;
		rows.push({
			id: retro.item,
			kind: 'retrospective',
			prompt: definition.prompt[locale],
			reversed: false,
			change: retro.change,
			distribution: shown(retro.change, () => {
				const answers = posts.map((r) => r.answers[retro.item] as RetrospectiveAnswer | undefined).filter((a) => a !== undefined);
				return {
					labels: instrument.scales[definition.scale]?.[locale] ?? [],
					before: tally(answers.map((a) => a.before)),
					after: tally(answers.map((a) => a.now))
				};
			})
		});
	}

	const knowledge = summary.knowledge
		? {
				score: summary.knowledge.score,
				items: summary.knowledge.byItem.map((k) => ({
					id: k.item,
					prompt: item(k.item)?.prompt[locale] ?? k.item,
					percentCorrect: k.percentCorrect
				}))
			}
		: null;

	const open = summary.open.map((o): OpenRow => ({
		id: o.item,
		prompt: item(o.item)?.prompt[locale] ?? o.item,
		total: o.answers.suppressed ? 0 : o.answers.value.length,
		answers: o.answers.suppressed ? o.answers : { ...o.answers, value: searchAnswers(o.answers.value, options.search ?? '') }
	}));

	return { summary, knowledge, beliefScale: summary.beliefs?.scale ?? null, rows, open };
}

/** How the impact page breaks the results down. */
export const GROUPINGS = ['session', 'organisation', 'sector', 'year'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** One group's line in the breakdown: how many answered, and its two headline changes. */
export interface GroupRow {
	/** The group's value (a session code, an organisation, a sector, a year), or null when unknown. */
	key: string | null;
	sessions: number;
	pairs: number;
	beliefs: Figure<PairedChange> | null;
	knowledge: Figure<PairedChange> | null;
}

/**
 * The results per group (packages/evaluation's `aggregateEvaluations`): each group's figures are
 * withheld below the minimum, and further groups too when a withheld one could otherwise be worked
 * out by subtracting the others from the total.
 */
export function buildBreakdown(
	instrument: Instrument,
	responses: readonly TaggedResponse[],
	by: Grouping,
	options: { minimum?: number } = {}
): GroupRow[] {
	const { groups } = aggregateEvaluations(instrument, responses, by, { minimum: options.minimum ?? DEFAULT_MINIMUM });
	return groups.map((group) => ({
		key: group.key,
		sessions: group.sessions,
		pairs: group.summary.counts.pairs,
		beliefs: group.summary.beliefs?.scale ?? null,
		knowledge: group.summary.knowledge?.score ?? null
	}));
}

/**
 * The headline results per version of the questionnaire, each read with its own version's items
 * (packages/evaluation's `aggregateByVersion`, with the same suppression as the breakdown), beside
 * the total the page reads with one version (`overall`).
 */
export function buildVersionRows(
	versions: ReadonlyArray<Omit<VersionGroup, 'key'> & { version: number }>,
	overall: EvaluationSummary
): GroupRow[] {
	return aggregateByVersion(
		versions.map((v) => ({ key: String(v.version), instrument: v.instrument, responses: v.responses })),
		overall
	).map((group) => ({
		key: group.key,
		sessions: group.sessions,
		pairs: group.summary.counts.pairs,
		beliefs: group.summary.beliefs?.scale ?? null,
		knowledge: group.summary.knowledge?.score ?? null
	}));
}
