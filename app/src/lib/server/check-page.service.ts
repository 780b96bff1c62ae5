// The Check page without JavaScript: the form posts the text or file here, it is read and checked
// in memory and the result goes back in the response. Nothing is stored, and nothing from the text
// or the file (not even its name) is logged: errors are returned as codes, never with an excerpt.
// To be switched to the server's worker pool (lib/server/check/) when that lands.
import type { Locale, Syntax } from '@unconflate/analyzer';
import { DocumentError, kindOfFile, readDocument } from '@unconflate/documents';
import { z } from 'zod';
import { checkText } from '#lib/check/analysis.ts';
import { exampleById } from '#lib/check/examples.ts';
import { MAX_FILE_BYTES, utf8Length } from '#lib/check/limits.ts';
import { problemOfDocument, textProblem, type Problem } from '#lib/check/problems.ts';
import type { Checked } from '#lib/check/types.ts';
import { applySuggestion } from '#lib/check/working-copy.ts';

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

function checkTyped(text: string, syntax: Syntax, locale: Locale): CheckOutcome {
	const problem = textProblem(text);
	if (problem) return { ok: false, text, syntax, problem, size: utf8Length(text) };
	return { ok: true, text, syntax, checked: checkText(text, syntax, locale) };
}

/** Check the form's file when one was chosen, else its text. */
export async function checkSubmission(form: FormData, locale: Locale): Promise<CheckOutcome> {
	const { text, syntax, file } = fieldsOf(form);
	if (!file || (file.size === 0 && file.name === '')) return checkTyped(text, syntax, locale);
	if (file.size > MAX_FILE_BYTES) return { ok: false, text, syntax, problem: 'file-too-large', size: file.size };
	const kind = kindOfFile(file.name, file.type);
	if (!kind) return { ok: false, text, syntax, problem: 'unsupported' };
	try {
		const document = await readDocument(new Uint8Array(await file.arrayBuffer()), kind, { maxSize: MAX_FILE_BYTES });
		return { ok: true, text: document.text, syntax: document.syntax, checked: checkText(document.text, document.syntax, locale) };
	} catch (error) {
		if (error instanceof DocumentError)
			return { ok: false, text, syntax, problem: problemOfDocument(error.code), size: file.size };
		throw error;
	}
}

/** Check one of the page's examples. */
export function checkExample(form: FormData, locale: Locale): CheckOutcome {
	const fields = fieldsOf(form);
	const example = exampleById(fields.example);
	if (!example) return checkTyped(fields.text, fields.syntax, locale);
	return checkTyped(example.text, example.syntax, locale);
}

/**
 * Accept a suggestion without JavaScript: the button names the finding (rule and offsets) and the
 * wording; the text is checked again, the same finding looked up, replaced, and the new text
 * checked. When the text changed in between, it is checked as it is and the reader told.
 */
export function acceptSuggestion(form: FormData, locale: Locale): CheckOutcome {
	const { text, syntax, accept } = fieldsOf(form);
	const problem = textProblem(text);
	if (problem) return { ok: false, text, syntax, problem };
	const before = checkText(text, syntax, locale);
	const match = /^(\d+):(\d+):([a-z0-9-]+):(\d+)$/.exec(accept);
	const [start, end, rule, choice] = match
		? [Number(match[1]), Number(match[2]), match[3] ?? '', Number(match[4])]
		: [-1, -1, '', -1];
	const index = before.result.findings.findIndex((f) => f.rule === rule && f.start === start && f.end === end);
	const wording = before.wording[rule]?.[choice];
	if (index === -1 || wording === undefined) return { ok: false, text, syntax, problem: 'stale', checked: before };
	const edited = applySuggestion(before, index, wording).text;
	return { ok: true, text: edited, syntax, checked: checkText(edited, syntax, locale), accepted: wording };
}
