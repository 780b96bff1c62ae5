import { z } from 'zod';
import { stringsOf } from '../form-fields.ts';

/** Limits that keep one form from filling the database, and statements short (Pol.is: one idea each). */
export const DIALOGUE_LIMITS = {
	question: 300,
	statement: 280,
	seeds: 100,
	groups: 20,
	group: 60,
	minGroupSize: { min: 2, max: 50 },
	minVotes: { min: 1, max: 100 }
} as const;

/** One entry a line: trimmed, empty lines dropped. */
export const lines = (text: string) =>
	text
		.split(/\r?\n/)
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean);

const whole = (min: number, max: number, code: string) =>
	z
		.string()
		.trim()
		.regex(/^\d{1,4}$/, code)
		.transform(Number)
		.pipe(z.number().int().min(min, code).max(max, code));

/** The settings a facilitator may change at any time. */
export const settingsForm = z.object({
	question: z.string().trim().min(5, 'question-missing').max(DIALOGUE_LIMITS.question, 'too-long'),
	locale: z.enum(['en', 'fr'], 'unreadable'),
	questionTranslation: z.string().trim().max(DIALOGUE_LIMITS.question, 'too-long'),
	stakeholderGroups: z
		.string()
		.transform(lines)
		.pipe(
			z
				.array(z.string().max(DIALOGUE_LIMITS.group, 'group-too-long'))
				.max(DIALOGUE_LIMITS.groups, 'too-many-groups')
				.transform((groups) => [...new Set(groups)])
		),
	moderation: z.enum(['before', 'after'], 'unreadable'),
	allowStatements: z.boolean(),
	minGroupSize: whole(DIALOGUE_LIMITS.minGroupSize.min, DIALOGUE_LIMITS.minGroupSize.max, 'min-group-size'),
	// Empty: Pol.is's rule (7 votes, or every statement when there are fewer).
	minVotes: z
		.string()
		.trim()
		.transform((value, ctx) => {
			if (value === '') return null;
			const n = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
			if (n >= DIALOGUE_LIMITS.minVotes.min && n <= DIALOGUE_LIMITS.minVotes.max) return n;
			ctx.addIssue({ code: 'custom', message: 'min-votes' });
			return z.NEVER;
		})
});

/** Opening a dialogue: the settings and its seed statements. */
export const dialogueForm = settingsForm.extend({
	seeds: z
		.string()
		.transform(lines)
		.pipe(
			z
				.array(z.string().min(3, 'seed-too-short').max(DIALOGUE_LIMITS.statement, 'seed-too-long'))
				.max(DIALOGUE_LIMITS.seeds, 'too-many-seeds')
		)
});

export type DialogueFields = Record<keyof z.input<typeof dialogueForm>, string> & { allowStatements: string };

const DIALOGUE_FIELDS = [
	'question',
	'locale',
	'questionTranslation',
	'stakeholderGroups',
	'moderation',
	'allowStatements',
	'minGroupSize',
	'minVotes',
	'seeds'
] as const satisfies ReadonlyArray<keyof DialogueFields>;

/** The posted fields as strings, for re-filling the form after an error (nothing typed is lost). */
export function dialogueFieldsOf(form: FormData): DialogueFields {
	return stringsOf(form, DIALOGUE_FIELDS);
}

/** The fields ready for Zod: the checkbox becomes a boolean. */
export function dialogueInput(fields: DialogueFields) {
	return { ...fields, allowStatements: fields.allowStatements === 'on' };
}

/** An action of the list, as the facilitator edits it. */
export const actionForm = z.object({
	title: z.string().trim().min(3, 'title-missing').max(500, 'too-long'),
	owner: z.string().trim().max(200, 'too-long'),
	due: z.union([z.literal(''), z.iso.date('due-invalid')]),
	status: z.enum(['open', 'doing', 'done'], 'unreadable')
});
