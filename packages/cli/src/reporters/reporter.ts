import type { InputError, ResultEvent, Summary } from '../types.ts';

/**
 * A reporter renders results as they come (a corpus is never held in memory): each method returns
 * the text to write to stdout, possibly empty. Reporters only render: they never recompute a result.
 */
export interface Reporter {
	start(): string;
	result(event: ResultEvent): string;
	/** Input errors also go to stderr, whatever the reporter. */
	error(error: InputError): string;
	end(summary: Summary): string;
}

export interface ReporterOptions {
	/** ANSI colours (only when stdout is a terminal and NO_COLOR is unset). */
	color: boolean;
	/** Stylish: only error-severity findings. */
	quiet: boolean;
	/** The command's version, for SARIF's tool.driver. */
	version: string;
}

export const FORMATS = ['stylish', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** Where a result came from, for people: `file`, `corpus.jsonl:12 (id a-017)`. */
export function placeOf(event: ResultEvent): string {
	const { source, id } = event.result;
	if (event.recordLine === null) return source;
	return `${source}:${event.recordLine}${id === null ? '' : ` (id ${String(id)})`}`;
}
