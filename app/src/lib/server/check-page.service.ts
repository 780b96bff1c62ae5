// The Check page without JavaScript: the form posts the text or file here, it is read and checked
// in memory (in the server's worker threads, lib/server/check/, like the API) and the result goes
// back in the response. Nothing is stored, and nothing from the text or the file (not even its
// name) is logged: errors are returned as codes, never with an excerpt.
import type { Locale, Syntax } from '@unconflate/analyzer';
import { DocumentError, kindOfFile } from '@unconflate/documents';
import { z } from 'zod';
import { describeResult } from '#lib/check/analysis.ts';
import { exampleById } from '#lib/check/examples.ts';
import { MAX_FILE_BYTES, utf8Length } from '#lib/check/limits.ts';
import { problemOfDocument, textProblem, type Problem } from '#lib/check/problems.ts';
import type { Checked } from '#lib/check/types.ts';
import { applySuggestion } from '#lib/check/working-copy.ts';
import { CheckBusyError, CheckTimeoutError, checkText, readAndCheckDocument } from './check/pool.ts';

/** What the form action returns: the text always comes back, so nothing typed is lost. */
export type CheckOutcome =
	| { ok: true; text: string; syntax: Syntax; checked: Checked; accepted?: string }
	| { ok: false; text: string; syntax: Syntax; problem: Problem; size?: number; checked?: Checked };

const SYNTAX = z.enum(['text', 'markdown', 'html']).catch('text');

const Fields = z.object({
	text: z.string().catch(''),
	syntax: SYNTAX,
	file: z.instanceof(File).nullable().catch(null),
	example: z.string().catch(''),
	accept: z.string().catch('')
});

function fieldsOf(form: FormData) {
	return Fields.parse({
		text: form.get('text') ?? '',
		syntax: form.get('syntax') ?? 'text',
		file: form.get('file'),
		example: form.get('example') ?? '',
		accept: form.get('accept') ?? ''
	});
}

/**
 * How a check is run: the page's language, and a signal that ends it (the request's, combined
 * with the server's time budget). A check past its budget, or refused because too many are
 * waiting, becomes a problem for the reader; the text stays in the box.
 */
export interface CheckContext {
	locale: Locale;
	signal?: AbortSignal;
}

/** The worker pool's refusals as the page's problems; anything else is a fault and is thrown. */
function problemOfPool(error: unknown): Problem {
	if (error instanceof CheckTimeoutError) return 'timeout';
	if (error instanceof CheckBusyError) return 'busy';
	throw error;
}

async function analyse(text: string, syntax: Syntax, { locale, signal }: CheckContext): Promise<Checked> {
	return describeResult(text, syntax, await checkText(text, { syntax, locale, signal }));
}

async function checkTyped(text: string, syntax: Syntax, context: CheckContext): Promise<CheckOutcome> {
	const problem = textProblem(text);
	if (problem) return { ok: false, text, syntax, problem, size: utf8Length(text) };
	try {
		return { ok: true, text, syntax, checked: await analyse(text, syntax, context) };
	} catch (error) {
		return { ok: false, text, syntax, problem: problemOfPool(error) };
	}
}

/** Check the form's file when one was chosen, else its text. */
export async function checkSubmission(form: FormData, context: CheckContext): Promise<CheckOutcome> {
	const { text, syntax, file } = fieldsOf(form);
	if (!file || (file.size === 0 && file.name === '')) return checkTyped(text, syntax, context);
	if (file.size > MAX_FILE_BYTES) return { ok: false, text, syntax, problem: 'file-too-large', size: file.size };
	const kind = kindOfFile(file.name, file.type);
	if (!kind) return { ok: false, text, syntax, problem: 'unsupported' };
	try {
		const document = await readAndCheckDocument(new Uint8Array(await file.arrayBuffer()), kind, {
			maxSize: MAX_FILE_BYTES,
			locale: context.locale,
			signal: context.signal
		});
		return {
			ok: true,
			text: document.text,
			syntax: document.syntax,
			checked: describeResult(document.text, document.syntax, document.result)
		};
	} catch (error) {
		if (error instanceof DocumentError)
			return { ok: false, text, syntax, problem: problemOfDocument(error.code), size: file.size };
		return { ok: false, text, syntax, problem: problemOfPool(error) };
	}
}

/** Check one of the page's examples. */
export function checkExample(form: FormData, context: CheckContext): Promise<CheckOutcome> {
	const fields = fieldsOf(form);
	const example = exampleById(fields.example);
	if (!example) return checkTyped(fields.text, fields.syntax, context);
	return checkTyped(example.text, example.syntax, context);
}

/**
 * Accept a suggestion without JavaScript: the button names the finding (rule and offsets) and the
 * wording; the text is checked again, the same finding looked up, replaced, and the new text
 * checked. When the text changed in between, it is checked as it is and the reader told.
 */
export async function acceptSuggestion(form: FormData, context: CheckContext): Promise<CheckOutcome> {
	const { text, syntax, accept } = fieldsOf(form);
	const problem = textProblem(text);
	if (problem) return { ok: false, text, syntax, problem };
	let before: Checked;
	try {
		before = await analyse(text, syntax, context);
	} catch (error) {
		return { ok: false, text, syntax, problem: problemOfPool(error) };
	}
	const match = /^(\d+):(\d+):([a-z0-9-]+):(\d+)$/.exec(accept);
	const [start, end, rule, choice] = match
		? [Number(match[1]), Number(match[2]), match[3] ?? '', Number(match[4])]
		: [-1, -1, '', -1];
	const index = before.result.findings.findIndex((f) => f.rule === rule && f.start === start && f.end === end);
	const wording = before.wording[rule]?.[choice];
	if (index === -1 || wording === undefined) return { ok: false, text, syntax, problem: 'stale', checked: before };
	const edited = applySuggestion(before, index, wording).text;
	try {
		return { ok: true, text: edited, syntax, checked: await analyse(edited, syntax, context), accepted: wording };
	} catch (error) {
		// The suggestion is applied; only the new check did not finish: the edited text is kept.
		return { ok: false, text: edited, syntax, problem: problemOfPool(error) };
	}
}
