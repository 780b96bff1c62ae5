import { tally, type Tally } from './consensus.ts';
import type { VoteMatrix } from './votes.ts';

export interface StakeholderAgreement {
	/** The declared group (from the facilitator's list). */
	group: string;
	participants: number;
	/** Per statement, in the matrix's order. */
	statements: Tally[];
}

/**
 * Agreement by declared stakeholder group (sex workers, police, health, residents…), which at
 * tables of 10 to 60 people says more than inferred groups. A group with fewer than
 * `minGroupSize` participants is not shown, and is counted in `hidden` so that the total adds up:
 * at that size someone's votes could be inferred.
 */
export function agreementByStakeholder(
	matrix: VoteMatrix,
	declared: ReadonlyMap<string, string>,
	minGroupSize: number
): { shown: StakeholderAgreement[]; hidden: number } {
	const members = new Map<string, number[]>();
	matrix.participants.forEach((participant, i) => {
		const group = declared.get(participant);
		if (group === undefined) return;
		const list = members.get(group);
		if (list) list.push(i);
		else members.set(group, [i]);
	});
	const shown: StakeholderAgreement[] = [];
	let hidden = 0;
	for (const [group, rows] of [...members].sort((a, b) => a[0].localeCompare(b[0]))) {
		if (rows.length < minGroupSize) {
			hidden += rows.length;
			continue;
		}
		shown.push({ group, participants: rows.length, statements: matrix.statements.map((_, j) => tally(matrix, rows, j)) });
	}
	return { shown, hidden };
}
