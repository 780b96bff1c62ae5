import { countBehind, suppressed, type Figure } from './figure.ts';
import type { Instrument } from './instrument.ts';
import type { EvaluationResponse } from './responses.ts';
import { summariseEvaluation, type EvaluationSummary, type SummaryOptions } from './summary.ts';

/** What is known about the session a response belongs to. */
export interface SessionMeta {
	/** The organisation that hosted or booked the session. */
	organisation?: string;
	/** Its sector (health, police, shelter, city, business, …). */
	sector?: string;
	/** The session's date, ISO 8601 (YYYY-MM-DD). */
	date?: string;
}

/** A response tagged with its session's metadata. */
export interface TaggedResponse extends EvaluationResponse {
	meta: SessionMeta;
}

/**
 * How to group: by session code, organisation, sector or year (of the session's date), or by any
 * function of the response. A null group key collects the responses whose metadata lacks it.
 */
export type GroupBy = 'session' | 'organisation' | 'sector' | 'year' | ((response: TaggedResponse) => string | null | undefined);

/** One group's summary. */
export interface GroupSummary {
	key: string | null;
	/** Number of distinct sessions in the group. */
	sessions: number;
	summary: EvaluationSummary;
}

/** The outcome of `aggregateEvaluations`. */
export interface Aggregation {
	overall: EvaluationSummary;
	groups: GroupSummary[];
}

function keyOf(by: GroupBy, response: TaggedResponse): string | null {
	if (typeof by === 'function') return by(response) ?? null;
	if (by === 'session') return response.session;
	if (by === 'year') return /^\d{4}(?:-|$)/.test(response.meta.date ?? '') ? response.meta.date!.slice(0, 4) : null;
	const value = response.meta[by]?.trim();
	return value ? value : null;
}

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number; figure: Figure<unknown> };

/** Every figure in a summary, by its path ("knowledge.score", "beliefs.byItem.2.change", …). */
function figures(node: unknown, path = '', out = new Map<string, Slot>()): Map<string, Slot> {
	if (typeof node !== 'object' || node === null) return out;
	for (const [key, child] of Object.entries(node)) {
		if (typeof child !== 'object' || child === null) continue;
		const childPath = path ? `${path}.${key}` : key;
		if ('suppressed' in child && typeof child.suppressed === 'boolean') {
			const parent = node as Record<string, unknown> | unknown[];
			out.set(childPath, { parent, key: Array.isArray(node) ? Number(key) : key, figure: child as Figure<unknown> });
		} else figures(child, childPath, out);
	}
	return out;
}

/**
 * Summaries per group and overall. Responses are paired within their own session whatever the
 * grouping. Each group's figures are suppressed below the minimum as in `summariseEvaluation`.
 * Then, for each figure shown overall, if some groups' are withheld, the groups that are shown
 * could be subtracted from the total to recover the withheld ones' combined figure (exactly, for a
 * mean). So further groups, smallest first, are withheld too (reason "complementary") until the
 * withheld groups are at least two and cover at least `minimum` responses together. Disclosure across different groupings of the same data (by
 * organisation and by sector, say) is not controlled here: publish one grouping per report.
 */
export function aggregateEvaluations(
	instrument: Instrument,
	responses: readonly TaggedResponse[],
	by: GroupBy,
	options: SummaryOptions = {}
): Aggregation {
	const byKey = new Map<string | null, TaggedResponse[]>();
	for (const response of responses) {
		const key = keyOf(by, response);
		const list = byKey.get(key);
		if (list) list.push(response);
		else byKey.set(key, [response]);
	}
	const groups: GroupSummary[] = [...byKey.entries()]
		.sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'en')))
		.map(([key, list]) => ({
			key,
			sessions: new Set(list.map((response) => response.session)).size,
			summary: summariseEvaluation(instrument, list, options)
		}));
	const overall = summariseEvaluation(instrument, responses, options);

	withholdComplementary(overall, groups);
	return { overall, groups };
}

/**
 * Withhold, in place, group figures that would let a withheld group's figure be worked out by
 * subtracting the shown ones from the total (see `aggregateEvaluations`).
 */
function withholdComplementary(overall: EvaluationSummary, groups: readonly GroupSummary[]): void {
	if (groups.length < 2) return;
	const overallFigures = figures(overall);
	const groupFigures = groups.map((group) => figures(group.summary));
	for (const [path, total] of overallFigures) {
		if (total.figure.suppressed) continue;
		const slots = groupFigures.map((map) => map.get(path)).filter((slot) => slot !== undefined);
		const withheld = slots.filter((slot) => slot.figure.suppressed && countBehind(slot.figure) > 0);
		if (withheld.length === 0) continue;
		const shown = slots.filter((slot) => !slot.figure.suppressed).sort((a, b) => countBehind(a.figure) - countBehind(b.figure));
		let behind = withheld.reduce((sum, slot) => sum + countBehind(slot.figure), 0);
		let count = withheld.length;
		// Subtraction from the total recovers only the withheld groups' combined figure: make it
		// cover at least two groups and at least `minimum` responses.
		for (const slot of shown) {
			if (count >= 2 && behind >= overall.minimum) break;
			(slot.parent as Record<string | number, unknown>)[slot.key] = suppressed(
				'complementary',
				overall.minimum,
				countBehind(slot.figure)
			);
			behind += countBehind(slot.figure);
			count++;
		}
	}
}

/** The answers given with one version of an instrument, to be read with that version. */
export interface VersionGroup {
	/** The version's label (its number). */
	key: string;
	instrument: Instrument;
	responses: readonly TaggedResponse[];
}

/**
 * Summaries per instrument version, each read with its own version's items (an answer keeps the
 * version it was given with), beside `overall`, the total read with one version. Suppression as in
 * `aggregateEvaluations`, complementary suppression included. Figures are matched by their path in
 * the summary: the headline figures (`knowledge.score`, `beliefs.scale`) have the same path in
 * every version, item figures are matched by position, so publish only the headline figures.
 */
export function aggregateByVersion(
	versions: readonly VersionGroup[],
	overall: EvaluationSummary,
	options: SummaryOptions = {}
): GroupSummary[] {
	const groups = versions.map((version) => ({
		key: version.key,
		sessions: new Set(version.responses.map((response) => response.session)).size,
		summary: summariseEvaluation(version.instrument, version.responses, { ...options, minimum: overall.minimum })
	}));
	withholdComplementary(overall, groups);
	return groups;
}
