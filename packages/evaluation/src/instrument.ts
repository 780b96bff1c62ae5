import { z } from 'zod';

/**
 * The evaluation instrument: the questions a workshop asks before and after, in English and
 * French. Instruments are data, validated by `instrumentSchema` (ids, options, phases, scales),
 * so that an edited instrument fails loudly before anyone answers it.
 */

/** When a questionnaire is filled in: at the start of the workshop or at its end. */
export const phases = ['pre', 'post'] as const;
/** When a questionnaire is filled in: at the start of the workshop or at its end. */
export type Phase = (typeof phases)[number];

/** Stable kebab-case ids: answers, exports and imports refer to items by id, so ids are never renamed. */
const id = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a kebab-case id (lower-case letters, digits, hyphens)');

/** Text in both languages of the platform; neither may be empty. */
export const localizedSchema = z.object({ en: z.string().trim().min(1), fr: z.string().trim().min(1) }).strict();
/** Text in both languages of the platform. */
export type LocalizedText = z.infer<typeof localizedSchema>;

/** Lowest and highest point of every rating in an instrument: a 5-point scale. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

/** The five labels of a rating scale, from 1 to 5, in both languages. */
const scaleSchema = z
	.object({
		en: z.tuple([z.string().min(1), z.string().min(1), z.string().min(1), z.string().min(1), z.string().min(1)]),
		fr: z.tuple([z.string().min(1), z.string().min(1), z.string().min(1), z.string().min(1), z.string().min(1)])
	})
	.strict();

const phaseList = z
	.array(z.enum(phases))
	.min(1)
	.refine((list) => new Set(list).size === list.length, 'a phase is listed twice');

const itemBase = {
	id,
	/** The question or statement as shown. */
	prompt: localizedSchema,
	/** The questionnaires it appears in. */
	phases: phaseList
};

/** A single-choice question with exactly one correct answer; scored as correct or not. */
export const knowledgeItemSchema = z
	.object({
		...itemBase,
		kind: z.literal('knowledge'),
		options: z.array(z.object({ id, label: localizedSchema }).strict()).min(2),
		/** The id of the correct option. */
		correct: id,
		/** Bibliography ids (packages/knowledge) that establish the correct answer. */
		sources: z.array(id).min(1),
		/** Shown after the post questionnaire, to say why; optional. */
		explanation: localizedSchema.optional()
	})
	.strict()
	.superRefine((item, context) => {
		const optionIds = item.options.map((option) => option.id);
		if (new Set(optionIds).size !== optionIds.length)
			context.addIssue({ code: 'custom', path: ['options'], message: 'option ids must be unique' });
		if (!optionIds.includes(item.correct))
			context.addIssue({ code: 'custom', path: ['correct'], message: `"${item.correct}" is not one of the options` });
	});

/**
 * A statement rated on the agreement scale (1 = strongly disagree … 5 = strongly agree).
 * `reversed` marks a statement where agreeing is the conflating belief ("Most sex workers are
 * trafficked"): its answers are scored 6 − answer, so that a higher score always means a view
 * closer to the evidence.
 */
export const beliefItemSchema = z
	.object({
		...itemBase,
		kind: z.literal('belief'),
		reversed: z.boolean(),
		/** The scale id in `instrument.scales`. */
		scale: id
	})
	.strict();

/**
 * A "before / now" self-rating pair on one scale, asked only in the post questionnaire: after the
 * workshop, the participant rates where they stand now and where they stood before it (the
 * retrospective or "post-then-pre" design, which avoids the response-shift bias of a pre rating
 * given before people know what they do not know; Howard et al. 1979, RESEARCH.md §5.1).
 */
export const retrospectiveItemSchema = z
	.object({
		...itemBase,
		kind: z.literal('retrospective'),
		phases: z.tuple([z.literal('post')]),
		scale: id
	})
	.strict();

/** A free-text question ("What will stay with you long after today?"). Never scored. */
export const openItemSchema = z
	.object({
		...itemBase,
		kind: z.literal('open'),
		/** Longest answer accepted, in characters. */
		maxLength: z.number().int().min(1).max(10_000)
	})
	.strict();

export const itemSchema = z.discriminatedUnion('kind', [
	knowledgeItemSchema,
	beliefItemSchema,
	retrospectiveItemSchema,
	openItemSchema
]);

/** One question of an instrument. */
export type Item = z.infer<typeof itemSchema>;
export type KnowledgeItem = z.infer<typeof knowledgeItemSchema>;
export type BeliefItem = z.infer<typeof beliefItemSchema>;
export type RetrospectiveItem = z.infer<typeof retrospectiveItemSchema>;
export type OpenItem = z.infer<typeof openItemSchema>;
/** The kinds of question an instrument can hold. */
export type ItemKind = Item['kind'];

export const instrumentSchema = z
	.object({
		id,
		/** Raised whenever an item is added, removed or reworded, so that results name the version asked. */
		version: z.number().int().min(1),
		title: localizedSchema,
		/** Rating scales by id; belief and retrospective items name theirs. */
		scales: z.record(id, scaleSchema),
		/** The two headings of every retrospective pair ("Before the workshop", "Now"). */
		periods: z.object({ before: localizedSchema, now: localizedSchema }).strict(),
		items: z.array(itemSchema).min(1)
	})
	.strict()
	.superRefine((instrument, context) => {
		const seen = new Set<string>();
		instrument.items.forEach((item, index) => {
			if (seen.has(item.id))
				context.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `item id "${item.id}" is used twice` });
			seen.add(item.id);
			if ((item.kind === 'belief' || item.kind === 'retrospective') && !(item.scale in instrument.scales))
				context.addIssue({ code: 'custom', path: ['items', index, 'scale'], message: `unknown scale "${item.scale}"` });
		});
	});

/** An evaluation instrument: its items, the questionnaires they appear in and the rating scales. */
export type Instrument = z.infer<typeof instrumentSchema>;

/** The items a questionnaire shows, in the instrument's order. */
export function itemsFor(instrument: Instrument, phase: Phase): Item[] {
	return instrument.items.filter((item) => (item.phases as readonly Phase[]).includes(phase));
}

/** An item by id, or undefined. */
export function findItem(instrument: Instrument, itemId: string): Item | undefined {
	return instrument.items.find((item) => item.id === itemId);
}
