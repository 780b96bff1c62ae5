import type { AnalysisResult, Locale, Syntax } from '@unconflate/analyzer';

/** One analysed document or corpus record, as `--format json` prints it (DESIGN.md, "Checker result contract"). */
export interface CheckedRecord extends AnalysisResult {
	/** The path as given or matched, or "-" for stdin. */
	source: string;
	/** The record's id in a .jsonl or .csv corpus; null for a whole document (or a record without one). */
	id: string | number | null;
}

/** What kind of input a source is, from its extension. */
export type SourceKind = 'text' | 'markdown' | 'html' | 'pdf' | 'docx' | 'jsonl' | 'csv';

/** One input to check: a file, or stdin ("-"). */
export interface Source {
	/** The path as given or matched (forward slashes), or "-". */
	path: string;
	/** The absolute path to read, or "-". */
	file: string;
	kind: SourceKind;
}

/** A problem with one input: printed as `unconflate: <source>[:<line>]: <reason>`, counted in `summary.errors`. */
export interface InputError {
	source: string;
	/** 1-based line of the file (a corpus record), when the problem has one. */
	line: number | null;
	reason: string;
}

/** A result, with what the reporters need beyond the JSON contract. */
export interface ResultEvent {
	kind: 'result';
	result: CheckedRecord;
	/** What the source is: SARIF points at lines of a text file, at the record's line in a corpus. */
	sourceKind: SourceKind;
	/** 1-based line where the record starts in its corpus file; null for a whole document. */
	recordLine: number | null;
	/** The text analysed (extracted, for PDF and DOCX): findings' offsets point into it. */
	text: string;
}

export interface ErrorEvent {
	kind: 'error';
	error: InputError;
}

/** A source was opened (counted in `summary.sources`). */
export interface SourceEvent {
	kind: 'source';
	source: Source;
}

export type CheckEvent = ResultEvent | ErrorEvent | SourceEvent;

/** Totals printed after the results. */
export interface Summary {
	/** Inputs opened (files and stdin). */
	sources: number;
	/** Documents and corpus records analysed. */
	records: number;
	conflates: number;
	clear: number;
	/** Input errors (a missing file, a malformed JSONL line, …). */
	errors: number;
	/** Findings across all records. */
	findings: number;
}

/** How inputs are read and analysed. */
export interface CheckOptions {
	/** Overrides the syntax guessed from the extension (stdin and corpus records are text unless told). */
	syntax?: Syntax | undefined;
	locale: Locale;
	/** Rule ids and categories turned off (from the config file). */
	disable: readonly string[];
	/** Largest document, or corpus record, to read, in bytes. */
	maxSize: number;
	/** Field (JSONL) or column (CSV) holding the text. */
	textField: string;
	/** Field (JSONL) or column (CSV) holding the record id. */
	idField: string;
	/** Called while a corpus is read: bytes read so far, the file's size, records analysed. */
	onProgress?: ((source: Source, bytesRead: number, totalBytes: number, records: number) => void) | undefined;
}

/** A problem that stops one input (the others go on): the documents package's error, so that its reasons pass through. */
export { DocumentError as InputFailure } from '@unconflate/documents';
