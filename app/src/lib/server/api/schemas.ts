// Every schema of the HTTP API, in one place: the routes validate requests with them, the e2e
// tests validate responses with them, and openapi.ts turns them into the OpenAPI document
// (z.toJSONSchema), so the documentation cannot drift from what the server does.
import { CATEGORIES, type AnalysisResult, type StrengthKind } from '@unconflate/analyzer';
import * as z from 'zod';
import { MAX_BATCH_ITEMS } from './config.ts';

/**
 * The named components of the OpenAPI document (`id`). Descriptions and examples are Zod's ordinary
 * metadata (`.meta()`, `.describe()`), which z.toJSONSchema reads.
 */
export const apiRegistry = z.registry<{ id: string }>();

export const SyntaxSchema = z
	.enum(['text', 'markdown', 'html'])
	.meta({ description: 'The syntax of the text: markup is skipped, offsets stay in the original.' })
	.register(apiRegistry, { id: 'Syntax' });

export const LocaleSchema = z
	.enum(['en', 'fr'])
	.meta({ description: 'Language of messages, explanations and suggestions (the text itself is English).' })
	.register(apiRegistry, { id: 'Locale' });

const TextSchema = z
	.string()
	.refine((text) => text.trim() !== '', 'the text is empty: nothing to check')
	.describe('The text to check, at most API_MAX_TEXT_BYTES in UTF-8 (1 MiB unless the server says otherwise).');

const EXAMPLE_TEXT = 'Police raided three massage parlours to rescue trafficking victims; sex work is modern slavery.';

export const CheckRequestSchema = z
	.strictObject({
		text: TextSchema,
		syntax: SyntaxSchema.default('text'),
		locale: LocaleSchema.default('en')
	})
	.meta({
		description: 'One text to check.',
		examples: [
			{ text: EXAMPLE_TEXT },
			{ text: '## Findings\n\nMost people who sell sex *choose* to.', syntax: 'markdown', locale: 'fr' }
		]
	})
	.register(apiRegistry, { id: 'CheckRequest' });

/** The text fields of a multipart upload (the file itself is checked apart). */
export const CheckFormSchema = z.strictObject({
	syntax: SyntaxSchema.optional(),
	locale: LocaleSchema.default('en')
});

const RecordIdSchema = z
	.union([z.string().max(256), z.int()])
	.describe('Your identifier for the text, returned with its result (null when absent).');

export const BatchItemSchema = z
	.strictObject({ id: RecordIdSchema.optional(), text: TextSchema, syntax: SyntaxSchema.default('text') })
	.meta({ description: 'One text of a batch.' })
	.register(apiRegistry, { id: 'BatchItem' });

export const BatchRequestSchema = z
	.strictObject({
		items: z.array(BatchItemSchema).min(1).max(MAX_BATCH_ITEMS).describe(`1 to ${MAX_BATCH_ITEMS} texts, checked in order.`),
		locale: LocaleSchema.default('en')
	})
	.meta({
		description: `Up to ${MAX_BATCH_ITEMS} texts in one request, each with an optional id of yours.`,
		examples: [
			{
				items: [
					{ id: 'a-1', text: EXAMPLE_TEXT },
					{ id: 'a-2', text: '<p>Sex workers organised to demand <em>labour rights</em>.</p>', syntax: 'html' }
				],
				locale: 'en'
			}
		]
	})
	.register(apiRegistry, { id: 'BatchRequest' });

// ── Responses ────────────────────────────────────────────────────────────────────────────────
const offset = z.int().min(0);
const position = z.int().min(1);
const STRENGTH_KINDS = [
	'distinction',
	'labour-trafficking-named',
	'coercion-defined',
	'self-identification',
	'cited-source'
] as const satisfies readonly StrengthKind[];

export const FindingSchema = z
	.strictObject({
		rule: z.string().describe('The rule id (stable; see GET /api/v1/rules).'),
		category: z.enum(CATEGORIES),
		severity: z.enum(['error', 'warning', 'info']),
		message: z.string(),
		explanation: z.string(),
		suggestions: z.array(z.string()),
		sources: z.array(z.string()).describe('Bibliography ids (the Sources page lists them).'),
		scope: z.enum(['span', 'document']).describe('Document-level findings point at their first supporting passage.'),
		start: offset.describe('0-based UTF-16 offset into the text sent.'),
		end: offset.describe('Exclusive end offset.'),
		line: position,
		column: position.describe('1-based, in UTF-16 code units (as SARIF).'),
		endLine: position,
		endColumn: position
	})
	.meta({ description: 'One place where the text conflates, or a word to reconsider.' })
	.register(apiRegistry, { id: 'Finding' });

export const StrengthSchema = z
	.strictObject({ kind: z.enum(STRENGTH_KINDS), start: offset, end: offset })
	.meta({ description: 'Something the text does well; strengths lower the score.' })
	.register(apiRegistry, { id: 'Strength' });

export const CheckResultSchema = z
	.strictObject({
		verdict: z.enum(['conflates', 'clear']).describe('"conflates" exactly when score >= 50.'),
		score: z.int().min(0).max(100).describe('How strongly the text conflates sex work and trafficking.'),
		categories: z.strictObject(
			Object.fromEntries(CATEGORIES.map((c) => [c, z.int().min(0)])) as Record<(typeof CATEGORIES)[number], z.ZodInt>
		),
		findings: z.array(FindingSchema),
		strengths: z.array(StrengthSchema)
	})
	.meta({ description: 'The analyzer’s result, as the library and the CLI give it.' })
	.register(apiRegistry, { id: 'CheckResult' });

export const BatchResponseSchema = z
	.strictObject({
		results: z.array(CheckResultSchema.extend({ id: z.union([z.string(), z.int(), z.null()]) }))
	})
	.meta({ description: 'One result per item, in the order sent.' })
	.register(apiRegistry, { id: 'BatchResponse' });

const Bilingual = z.strictObject({ en: z.string(), fr: z.string() });

export const RuleSchema = z
	.strictObject({
		id: z.string(),
		category: z.enum(CATEGORIES),
		severity: z.enum(['error', 'warning', 'info']),
		since: z.string().describe('Version that added the rule.'),
		message: Bilingual.describe('What a finding of this rule says.'),
		explanation: Bilingual,
		sources: z.array(z.string())
	})
	.meta({ description: 'A rule of the checker, in English and French.' })
	.register(apiRegistry, { id: 'Rule' });

export const RulesResponseSchema = z
	.strictObject({ rules: z.array(RuleSchema) })
	.meta({ description: 'Every rule, by category.' })
	.register(apiRegistry, { id: 'RulesResponse' });

export const ProblemSchema = z
	.looseObject({
		type: z.string().describe('Where this kind of problem is explained.'),
		title: z.string(),
		status: z.int(),
		detail: z.string().describe('What went wrong, in words.'),
		code: z.string().describe('A stable code for programs, e.g. too-large.'),
		errors: z
			.array(z.strictObject({ path: z.string(), message: z.string() }))
			.optional()
			.describe('Validation issues (400).'),
		reason: z.string().optional().describe('Why a document cannot be read (422), e.g. encrypted-pdf.'),
		line: z.int().optional().describe('The line where a text file goes wrong (422).')
	})
	.meta({ description: 'An error, as RFC 9457 problem details (application/problem+json).' })
	.register(apiRegistry, { id: 'Problem' });

// The response schema and the analyzer's type must describe the same object.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const resultMatchesAnalyzer: Same<z.output<typeof CheckResultSchema>, AnalysisResult> = true;
void resultMatchesAnalyzer;
