import { chooseGroups, shuffleColumns, type Point } from './clustering.ts';
import { statementResults, type ConsensusOptions, type StatementResult } from './consensus.ts';
import { project } from './projection.ts';
import { agreementByStakeholder, type StakeholderAgreement } from './stakeholders.ts';
import { voteMatrix, votesCast, type Vote, type VoteMatrix } from './votes.ts';

export interface DialogueInput {
	/** Statements shown to participants (moderated-out ones left out), in a stable order. */
	statements: readonly string[];
	votes: readonly Vote[];
	/** Declared stakeholder group of participants who chose one. */
	declared?: ReadonlyMap<string, string>;
}

export interface DialogueOptions extends ConsensusOptions {
	/** Votes a participant needs before being placed in a group (default: 7, or every statement if fewer; Pol.is's rule). */
	minVotes?: number;
	/** Smallest group shown, opinion groups and declared groups alike (default 5). */
	minGroupSize?: number;
	maxGroups?: number;
	/** Shuffled rounds for the one-crowd check (default 19). */
	nullRounds?: number;
	/** Seed of every random choice, so that the same votes always give the same groups. */
	seed?: number;
}

export interface DialogueResult {
	participants: { total: number; grouped: number };
	/** Opinion groups: sizes, in order (largest first). One group means no structure was found. */
	groups: Array<{ size: number }>;
	/** How the number of groups was chosen: the best silhouette for two or more groups, the same on shuffled votes, each k tried. */
	quality: { silhouette: number; nullSilhouette: number; tried: Array<{ k: number; silhouette: number }> };
	statements: StatementResult[];
	/** Statements every group agrees with, most consensual first. */
	commonGround: string[];
	/** Statements that divide the groups, most divisive first. */
	divisive: string[];
	byStakeholder: { shown: StakeholderAgreement[]; hidden: number };
	/** Grouped participants on the plane (no identities), for the map. */
	map: Array<{ x: number; y: number; group: number }>;
}

/**
 * Opinion groups and common ground from a dialogue's votes: who is placed (enough votes), where
 * (PCA), in how many groups (k-means, silhouette, and a check against shuffled votes), and which
 * statements every group agrees with (group-informed consensus) or divide them. Pure: the same
 * input and seed give the same result.
 */
export function analyseDialogue(input: DialogueInput, options: DialogueOptions = {}): DialogueResult {
	const matrix = voteMatrix(input.statements, input.votes);
	const minVotes = options.minVotes ?? Math.min(7, matrix.statements.length);
	const minGroupSize = options.minGroupSize ?? 5;
	const seed = options.seed ?? 1;
	const everyone = matrix.rows.map((_, i) => i);
	const placed = everyone.filter((i) => votesCast(matrix.rows[i] ?? []) >= minVotes);

	const points = project(matrix, placed);
	const placedRows = placed.map((i) => matrix.rows[i] ?? []);
	const shuffledProjections = (random: () => number): Point[] => {
		const shuffled: VoteMatrix = { ...matrix, rows: shuffleColumns(placedRows, random) };
		return project(
			shuffled,
			shuffled.rows.map((_, i) => i)
		);
	};
	const choice = chooseGroups(points, shuffledProjections, {
		minGroupSize,
		seed,
		...(options.maxGroups === undefined ? {} : { maxGroups: options.maxGroups }),
		...(options.nullRounds === undefined ? {} : { nullRounds: options.nullRounds })
	});
	const groups = Array.from({ length: choice.k }, (_, g) => placed.filter((_, p) => choice.labels[p] === g));

	const statements = statementResults(matrix, everyone, groups, options);
	return {
		participants: { total: matrix.participants.length, grouped: placed.length },
		groups: groups.map((rows) => ({ size: rows.length })),
		quality: { silhouette: choice.silhouette, nullSilhouette: choice.nullSilhouette, tried: choice.tried },
		statements,
		commonGround: statements
			.filter((s) => s.commonGround)
			.sort((a, b) => b.consensus - a.consensus)
			.map((s) => s.statement),
		divisive: statements
			.filter((s) => s.divisive)
			.sort((a, b) => b.division - a.division)
			.map((s) => s.statement),
		byStakeholder: agreementByStakeholder(matrix, input.declared ?? new Map(), minGroupSize),
		map: points.map(([x, y], p) => ({ x, y, group: choice.labels[p] ?? 0 }))
	};
}
