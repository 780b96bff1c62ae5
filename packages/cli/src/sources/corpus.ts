import { InputFailure } from '../types.ts';

/** One record of a corpus, before analysis. */
export interface CorpusRecord {
	/** 1-based line where the record starts in the file. */
	line: number;
	id: string | number | null;
	text: string;
}

/** A record that could not be read: reported with its line, and the next records go on. */
export interface CorpusProblem {
	line: number;
	reason: string;
}

/** What a corpus reader yields, in file order: a record to analyse, or a problem with one. */
export type CorpusItem = { record: CorpusRecord } | { problem: CorpusProblem };

/** Text of a record's text field: a non-empty string, or why not. */
export function recordText(value: unknown, field: string): string {
	if (value === undefined || value === null) throw new InputFailure(`no "${field}" field (set the field with --text-field)`);
	if (typeof value !== 'string') throw new InputFailure(`"${field}" is not a string`);
	if (value.includes('\0')) throw new InputFailure(`"${field}" holds binary data (a NUL character)`);
	if (value.trim() === '') throw new InputFailure(`empty "${field}": nothing to check`);
	return value;
}

/** A record's id: a string or a number as given; anything else (or nothing) is null. */
export function recordId(value: unknown): string | number | null {
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (typeof value === 'string' && value !== '') return value;
	return null;
}
