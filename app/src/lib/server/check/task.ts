// The CPU-heavy part of a check, as it runs inside a worker thread (see worker.ts): read the
// document when there is one, analyse, and hand back the result already serialised, so that the
// server's thread only writes bytes. Pure apart from the analyzer and the document readers.
import { analyze, type Locale, type Syntax } from '@unconflate/analyzer';
import { DocumentError, readDocument, type DocumentErrorCode, type DocumentKind } from '@unconflate/documents';

/** One text, or one document to read first. */
export type CheckTask =
	| { type: 'text'; text: string; syntax: Syntax; locale: Locale }
	| {
			type: 'document';
			/** Transferred, not copied. */
			bytes: Uint8Array;
			kind: DocumentKind;
			/** Overrides the syntax of a text, Markdown or HTML file; PDF and DOCX are read as plain text. */
			syntax: Syntax | undefined;
			locale: Locale;
			maxSize: number;
			/** Send the document's text back with the result (the Check page shows it). */
			withText?: boolean;
	  };

/**
 * What a task gives back: the analyzer's result as JSON, or why the document cannot be read
 * (DocumentError's fields: an Error's own properties do not survive the trip between threads).
 */
export type CheckOutcome =
	| { ok: true; json: string; document?: { text: string; syntax: Syntax } }
	| { ok: false; code: DocumentErrorCode; message: string; line: number | null };

export async function runCheck(task: CheckTask): Promise<CheckOutcome> {
	if (task.type === 'text') {
		return { ok: true, json: JSON.stringify(analyze(task.text, { syntax: task.syntax, locale: task.locale })) };
	}
	try {
		const document = await readDocument(task.bytes, task.kind, { maxSize: task.maxSize });
		const syntax = task.kind === 'pdf' || task.kind === 'docx' ? document.syntax : (task.syntax ?? document.syntax);
		const json = JSON.stringify(analyze(document.text, { syntax, locale: task.locale }));
		return task.withText ? { ok: true, json, document: { text: document.text, syntax } } : { ok: true, json };
	} catch (error) {
		if (error instanceof DocumentError) return { ok: false, code: error.code, message: error.message, line: error.line };
		throw error;
	}
}
