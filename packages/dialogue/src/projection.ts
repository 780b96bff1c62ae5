import { PCA } from 'ml-pca';
import type { VoteMatrix, VoteValue } from './votes.ts';

/**
 * Participants placed on a plane by their votes, as Pol.is does: a missing vote takes the
 * statement's mean vote, the two principal components are kept, and each participant is pushed
 * out by √(statements / votes cast), so that someone who voted on few statements is not drawn
 * towards the centre just for having few votes.
 */
export function project(matrix: VoteMatrix, rowIndexes: readonly number[]): Array<[number, number]> {
	const columns = matrix.statements.length;
	const rows = rowIndexes.map((i) => matrix.rows[i] as ReadonlyArray<VoteValue | null>);
	const means = Array.from({ length: columns }, (_, j) => {
		let sum = 0;
		let n = 0;
		for (const row of rows) {
			const v = row[j];
			if (v !== null && v !== undefined) {
				sum += v;
				n++;
			}
		}
		return n === 0 ? 0 : sum / n;
	});
	const filled = rows.map((row) => row.map((v, j) => (v === null ? (means[j] as number) : v)));
	if (rows.length < 2 || columns < 2) return rows.map(() => [0, 0]);
	const pca = new PCA(filled, { center: true, scale: false, method: 'SVD' });
	const components = Math.min(2, columns, rows.length);
	const points = pca.predict(filled, { nComponents: components }).to2DArray();
	return points.map((point, k) => {
		const cast = rows[k]?.filter((v) => v !== null).length ?? 0;
		const stretch = cast === 0 ? 1 : Math.sqrt(columns / cast);
		return [(point[0] ?? 0) * stretch, (point[1] ?? 0) * stretch];
	});
}
