import { itemsFor, type Instrument, type Item, type Phase, type ResponseProblem } from '@unconflate/evaluation';

/**
 * The questionnaire as an HTML form (no JavaScript): one field per item, named by the item's id;
 * a retrospective item has two, `<id>.before` and `<id>.now`. Framework-free, so that the form's
 * reading and its error mapping are unit-tested on their own.
 */

/** The field that holds the participant's made-up code. */
export const CODE_FIELD = 'code';
/** The checkbox that asks the device to remember the participant instead of a code. */
export const DEVICE_FIELD = 'device';
/** Longest code accepted (a code is a short memory aid, not a text). */
export const CODE_MAX_LENGTH = 64;

/** The form field names of an item. */
export function fieldsOf(item: Item): string[] {
	return item.kind === 'retrospective' ? [`${item.id}.before`, `${item.id}.now`] : [item.id];
}

const rating = (value: string): number | string => (/^\d+$/.test(value) ? Number(value) : value);

/**
 * Reads a posted questionnaire: the answers to the items this phase asks (ratings as numbers;
 * anything else is left as typed for validation to name) and every field as typed, to give the
 * form back filled in when something must be corrected. Fields of items the phase does not ask
 * are ignored; an unanswered item is absent.
 */
export function readQuestionnaire(
	instrument: Instrument,
	phase: Phase,
	get: (name: string) => string | null
): { answers: Record<string, unknown>; fields: Record<string, string> } {
	const answers: Record<string, unknown> = {};
	const fields: Record<string, string> = {};
	for (const item of itemsFor(instrument, phase)) {
		for (const name of fieldsOf(item)) {
			const value = get(name);
			if (value !== null && value !== '') fields[name] = value;
		}
		if (item.kind === 'retrospective') {
			const before = fields[`${item.id}.before`];
			const now = fields[`${item.id}.now`];
			if (before === undefined && now === undefined) continue;
			answers[item.id] = {
				...(before !== undefined && { before: rating(before) }),
				...(now !== undefined && { now: rating(now) })
			};
		} else {
			const value = fields[item.id];
			if (value === undefined) continue;
			answers[item.id] = item.kind === 'belief' ? rating(value) : value;
		}
	}
	return { answers, fields };
}

/** A problem shown beside a field: the item it concerns (or `code`) and a stable message code. */
export type FieldProblem = 'code-missing' | 'code-too-long' | 'choose-one' | 'pair-incomplete' | 'too-long';

/**
 * Where each problem is shown: by item id (or `code` for the pairing code). Problems that no
 * form field can cause (an unknown item, a wrong phase) are a tampered post and go under `form`.
 */
export function problemsByField(problems: readonly ResponseProblem[]): Record<string, FieldProblem | 'form'> {
	const out: Record<string, FieldProblem | 'form'> = {};
	for (const problem of problems) {
		switch (problem.code) {
			case 'missing-pairing':
			case 'bad-pairing':
				out[CODE_FIELD] = 'code-missing';
				break;
			case 'out-of-range':
				out[problem.item] = 'choose-one';
				break;
			case 'incomplete-pair':
				out[problem.item] = 'pair-incomplete';
				break;
			case 'too-long':
				out[problem.item] = 'too-long';
				break;
			default:
				out['form'] = 'form';
		}
	}
	return out;
}
