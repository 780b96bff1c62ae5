import { z } from 'zod';
import { findItem, phases, SCALE_MAX, SCALE_MIN, type Instrument, type Item, type Phase } from './instrument.ts';
import { isPairingKey } from './pairing.ts';

/** A retrospective answer: where the participant places themselves before the workshop and now. */
export interface RetrospectiveAnswer {
	before: number;
	now: number;
}

/**
 * One answer: a knowledge item's option id, a belief rating (1–5, as answered: reversal is applied
 * only when scoring), a retrospective pair, or an open text.
 */
export type Answer = string | number | RetrospectiveAnswer;

/**
 * One questionnaire as filled in. It carries no name, email, time or address: only the session it
 * belongs to, the phase, and the pairing key (a salted hash of a code the participant chose, or of
 * a device token; see pairing.ts) that links a participant's pre and post questionnaires.
 * Unanswered items are absent from `answers`.
 */
export interface EvaluationResponse {
	/** The session's code (e.g. "2026-vancouver-03"). */
	session: string;
	phase: Phase;
	/** `pairingKey(code, salt)`: 64 lower-case hexadecimal digits. */
	pairing: string;
	/** Answers by item id. */
	answers: Record<string, Answer>;
}

/** Why a response, or one of its answers, was refused. Codes are stable; the app translates them. */
export type ResponseProblem =
	| { code: 'missing-session' }
	| { code: 'unknown-phase'; value: string }
	| { code: 'missing-pairing' }
	| { code: 'bad-pairing' }
	| { code: 'unknown-item'; item: string }
	| { code: 'not-in-phase'; item: string; phase: Phase }
	| { code: 'out-of-range'; item: string; value: string }
	| { code: 'incomplete-pair'; item: string }
	| { code: 'too-long'; item: string; maxLength: number };

const isRating = (value: unknown): value is number =>
	Number.isInteger(value) && (value as number) >= SCALE_MIN && (value as number) <= SCALE_MAX;

/** What is wrong with one answer to one item, or null when it is acceptable. */
export function checkAnswer(item: Item, value: unknown): ResponseProblem | null {
	const shown = (v: unknown) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));
	switch (item.kind) {
		case 'knowledge':
			return typeof value === 'string' && item.options.some((option) => option.id === value)
				? null
				: { code: 'out-of-range', item: item.id, value: shown(value) };
		case 'belief':
			return isRating(value) ? null : { code: 'out-of-range', item: item.id, value: shown(value) };
		case 'retrospective': {
			if (typeof value !== 'object' || value === null) return { code: 'out-of-range', item: item.id, value: shown(value) };
			const { before, now } = value as Partial<RetrospectiveAnswer>;
			if (before === undefined || now === undefined) return { code: 'incomplete-pair', item: item.id };
			return isRating(before) && isRating(now) ? null : { code: 'out-of-range', item: item.id, value: shown(value) };
		}
		case 'open':
			if (typeof value !== 'string') return { code: 'out-of-range', item: item.id, value: shown(value) };
			// Length in code points, as a person counts characters.
			return [...value].length > item.maxLength ? { code: 'too-long', item: item.id, maxLength: item.maxLength } : null;
	}
}

/** The outcome of `validateResponse`. */
export type ValidatedResponse = { ok: true; response: EvaluationResponse } | { ok: false; problems: ResponseProblem[] };

/**
 * Checks a response against an instrument and names every problem: a missing session or pairing
 * key, an unknown phase, an answer to an unknown item or to an item its phase does not ask, a value
 * out of range. Open answers are trimmed and empty ones dropped (an empty box is no answer).
 */
export function validateResponse(
	instrument: Instrument,
	input: { session?: unknown; phase?: unknown; pairing?: unknown; answers?: Record<string, unknown> }
): ValidatedResponse {
	const problems: ResponseProblem[] = [];
	const session = typeof input.session === 'string' ? input.session.trim() : '';
	if (session === '') problems.push({ code: 'missing-session' });
	const phase = typeof input.phase === 'string' ? input.phase.trim().toLowerCase() : '';
	const knownPhase = (phases as readonly string[]).includes(phase) ? (phase as Phase) : undefined;
	if (!knownPhase) problems.push({ code: 'unknown-phase', value: String(input.phase ?? '') });
	const pairing = typeof input.pairing === 'string' ? input.pairing.trim().toLowerCase() : '';
	if (pairing === '') problems.push({ code: 'missing-pairing' });
	else if (!isPairingKey(pairing)) problems.push({ code: 'bad-pairing' });

	const answers: Record<string, Answer> = {};
	for (const [itemId, raw] of Object.entries(input.answers ?? {})) {
		const value = typeof raw === 'string' && raw.trim() === '' ? undefined : raw;
		if (value === undefined || value === null) continue;
		const item = findItem(instrument, itemId);
		if (!item) {
			problems.push({ code: 'unknown-item', item: itemId });
			continue;
		}
		if (knownPhase && !(item.phases as readonly Phase[]).includes(knownPhase)) {
			problems.push({ code: 'not-in-phase', item: itemId, phase: knownPhase });
			continue;
		}
		const answer = item.kind === 'open' && typeof value === 'string' ? value.trim() : value;
		const problem = checkAnswer(item, answer);
		if (problem) problems.push(problem);
		else answers[itemId] = answer as Answer;
	}
	if (problems.length > 0 || !knownPhase) return { ok: false, problems };
	return { ok: true, response: { session, phase: knownPhase, pairing, answers } };
}

/**
 * A Zod schema for one response to `instrument`, for the app's boundaries (forms, API). Its
 * issues carry the problem's code in `params.problem`, so that messages can be translated.
 */
export function responseSchema(instrument: Instrument) {
	return z
		.object({
			session: z.string(),
			phase: z.string(),
			pairing: z.string(),
			answers: z.record(z.string(), z.unknown())
		})
		.transform((input, context) => {
			const result = validateResponse(instrument, input);
			if (result.ok) return result.response;
			for (const problem of result.problems) {
				const path =
					'item' in problem
						? ['answers', problem.item]
						: [problem.code === 'unknown-phase' ? 'phase' : problem.code.endsWith('session') ? 'session' : 'pairing'];
				context.addIssue({ code: 'custom', path, message: problem.code, params: { problem } });
			}
			return z.NEVER;
		});
}
