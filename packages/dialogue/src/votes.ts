/** A vote on a statement: agree, disagree or pass. */
export type VoteValue = 1 | -1 | 0;

export interface Vote {
	participant: string;
	statement: string;
	value: VoteValue;
}

/**
 * Votes as a matrix: a row per participant, a column per statement, `null` where the participant
 * has not voted. The last vote of a participant on a statement counts (votes can be changed).
 */
export interface VoteMatrix {
	participants: string[];
	statements: string[];
	rows: Array<Array<VoteValue | null>>;
}

export function voteMatrix(statements: readonly string[], votes: readonly Vote[]): VoteMatrix {
	const column = new Map(statements.map((s, i) => [s, i]));
	const rowOf = new Map<string, number>();
	const rows: Array<Array<VoteValue | null>> = [];
	const participants: string[] = [];
	for (const vote of votes) {
		const j = column.get(vote.statement);
		if (j === undefined) continue; // a statement moderated out, or unknown
		let i = rowOf.get(vote.participant);
		if (i === undefined) {
			i = rows.length;
			rowOf.set(vote.participant, i);
			participants.push(vote.participant);
			rows.push(Array.from({ length: statements.length }, () => null));
		}
		(rows[i] as Array<VoteValue | null>)[j] = vote.value;
	}
	return { participants, statements: [...statements], rows };
}

/** How many statements a row has voted on (passes included: a pass is an answer). */
export function votesCast(row: ReadonlyArray<VoteValue | null>): number {
	let n = 0;
	for (const v of row) if (v !== null) n++;
	return n;
}
