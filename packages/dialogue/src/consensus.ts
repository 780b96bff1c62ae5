import type { VoteMatrix, VoteValue } from './votes.ts';

/** Votes on one statement by one set of participants. */
export interface Tally {
	agree: number;
	disagree: number;
	pass: number;
	/** Laplace-smoothed share of agreement among those who saw it: (agree + 1) / (seen + 2), as Pol.is. */
	pAgree: number;
	pDisagree: number;
}

export function tally(matrix: VoteMatrix, rowIndexes: readonly number[], column: number): Tally {
	let agree = 0;
	let disagree = 0;
	let pass = 0;
	for (const i of rowIndexes) {
		const v = (matrix.rows[i] as ReadonlyArray<VoteValue | null>)[column];
		if (v === 1) agree++;
		else if (v === -1) disagree++;
		else if (v === 0) pass++;
	}
	const seen = agree + disagree + pass;
	return { agree, disagree, pass, pAgree: (agree + 1) / (seen + 2), pDisagree: (disagree + 1) / (seen + 2) };
}

export interface StatementResult {
	statement: string;
	overall: Tally;
	/** One tally per opinion group, in group order. */
	groups: Tally[];
	/**
	 * Group-informed consensus (Pol.is): the product over groups of each group's smoothed agreement.
	 * High only when every group tends to agree, so that no majority decides for the others.
	 */
	consensus: number;
	/** Spread of agreement between the most and the least agreeing group (0 with one group). */
	division: number;
	/** Every group agrees (smoothed share at least `agreeAt`) and each has enough votes on it. */
	commonGround: boolean;
	/** Groups disagree with each other: division at least `divideAt`. */
	divisive: boolean;
}

export interface ConsensusOptions {
	/** Smoothed share of agreement each group must reach for common ground (default 0.6). */
	agreeAt?: number;
	/** Votes each group must have cast on a statement before it can count as common ground (default 3). */
	minVotesPerGroup?: number;
	/** Spread of agreement between groups that makes a statement divisive (default 0.4). */
	divideAt?: number;
}

export function statementResults(
	matrix: VoteMatrix,
	everyone: readonly number[],
	groups: ReadonlyArray<readonly number[]>,
	options: ConsensusOptions = {}
): StatementResult[] {
	const agreeAt = options.agreeAt ?? 0.6;
	const minVotes = options.minVotesPerGroup ?? 3;
	const divideAt = options.divideAt ?? 0.4;
	return matrix.statements.map((statement, column) => {
		const overall = tally(matrix, everyone, column);
		const perGroup = groups.map((rows) => tally(matrix, rows, column));
		const consensus = perGroup.reduce((product, t) => product * t.pAgree, 1);
		const shares = perGroup.map((t) => t.pAgree);
		const division = shares.length < 2 ? 0 : Math.max(...shares) - Math.min(...shares);
		const commonGround =
			perGroup.length > 0 && perGroup.every((t) => t.pAgree >= agreeAt && t.agree + t.disagree + t.pass >= minVotes);
		return { statement, overall, groups: perGroup, consensus, division, commonGround, divisive: division >= divideAt };
	});
}
