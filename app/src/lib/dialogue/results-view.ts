import type { Tally } from '@unconflate/dialogue';
import type { DialogueResults } from '#lib/server/dialogue.service.ts';

/** Shares of one tally, in whole percent of those who saw the statement. */
export interface Shares {
	agree: number;
	disagree: number;
	pass: number;
	votes: number;
}

export interface StatementView {
	id: string;
	text: string;
	overall: Shares;
	groups: Shares[];
	commonGround: boolean;
	divisive: boolean;
}

export interface ResultsView {
	participants: number;
	grouped: number;
	votes: number;
	groups: Array<{ label: string; size: number }>;
	statements: StatementView[];
	commonGround: StatementView[];
	divisive: StatementView[];
	stakeholders: Array<{ group: string; participants: number; statements: Shares[] }>;
	hiddenStakeholders: number;
	map: Array<{ x: number; y: number; group: number }>;
}

export function shares(t: Tally): Shares {
	const votes = t.agree + t.disagree + t.pass;
	const pct = (n: number) => (votes === 0 ? 0 : Math.round((n / votes) * 100));
	return { agree: pct(t.agree), disagree: pct(t.disagree), pass: pct(t.pass), votes };
}

/** Group labels as letters (A, B, …): groups have no names, and must not suggest any. */
export const groupLabel = (index: number) => String.fromCharCode(65 + index);

/**
 * What the results page shows: counts and shares only. Participant ids never leave the server
 * (the analysis keys rows by them); map points carry a position and a group, nothing else.
 */
export function resultsView(results: DialogueResults): ResultsView {
	const { analysis } = results;
	const textOf = new Map(results.statements.map((s) => [String(s.id), s.text]));
	const statements: StatementView[] = analysis.statements.map((s) => ({
		id: s.statement,
		text: textOf.get(s.statement) ?? '',
		overall: shares(s.overall),
		groups: analysis.groups.length > 1 ? s.groups.map(shares) : [],
		commonGround: s.commonGround,
		divisive: s.divisive
	}));
	const byId = new Map(statements.map((s) => [s.id, s]));
	const pick = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
	return {
		participants: analysis.participants.total,
		grouped: analysis.participants.grouped,
		votes: results.votes,
		groups: analysis.groups.map((g, i) => ({ label: groupLabel(i), size: g.size })),
		statements,
		commonGround: pick(analysis.commonGround),
		divisive: pick(analysis.divisive),
		stakeholders: analysis.byStakeholder.shown.map((g) => ({
			group: g.group,
			participants: g.participants,
			statements: g.statements.map(shares)
		})),
		hiddenStakeholders: analysis.byStakeholder.hidden,
		map: analysis.groups.length > 1 ? analysis.map : []
	};
}
