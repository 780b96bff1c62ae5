import type { Category, Severity, StrengthKind } from './types.ts';

/**
 * How much each finding weighs, and how much each kind of strength relieves. The numbers are
 * calibrated on the labelled corpus (`npm run eval -w @unconflate/analyzer -- --calibrate`
 * searches them); the verdict threshold stays at 50, as DESIGN.md fixes it.
 */
export const CALIBRATION = {
	severity: { error: 1, warning: 0.8, info: 0.3 } satisfies Record<Severity, number>,
	/** Stigmatising words alone do not make a text conflate (LABELING.md): they weigh less, up to a cap. */
	stigmaFactor: 0.5,
	stigmaCap: 0.45,
	relief: {
		distinction: 0.4,
		'labour-trafficking-named': 0.35,
		// Naming coercion is good practice, but texts that conflate also invoke it for everyone: no relief.
		'coercion-defined': 0,
		'self-identification': 0.3,
		'cited-source': 0.1
	} satisfies Record<StrengthKind, number>,
	/** Weight at which the score reaches 50. */
	half: 0.6
};

export interface Weighed {
	category: Category;
	severity: Severity;
}

/** 0..100: grows with the weight of findings, less the relief of strengths, and saturates. */
export function scoreOf(findings: readonly Weighed[], strengths: ReadonlySet<StrengthKind>, calibration = CALIBRATION): number {
	let weight = 0;
	let stigma = 0;
	for (const finding of findings) {
		const w = calibration.severity[finding.severity];
		if (finding.category === 'stigma-terms') stigma += w * calibration.stigmaFactor;
		else weight += w;
	}
	weight += Math.min(stigma, calibration.stigmaCap);
	for (const kind of strengths) weight -= calibration.relief[kind];
	if (weight <= 0) return 0;
	return Math.min(100, Math.round(100 * (1 - 2 ** (-weight / calibration.half))));
}
