import type { Reporter } from './reporter.ts';

/**
 * `{ "results": [...], "summary": {...} }` (DESIGN.md, "Checker result contract"), written one
 * result per line as results come, so that a corpus of any size streams.
 */
export function jsonReporter(): Reporter {
	let first = true;
	return {
		start: () => '{"results":[',
		result(event) {
			const line = (first ? '\n' : ',\n') + JSON.stringify(event.result);
			first = false;
			return line;
		},
		error: () => '',
		end: (summary) => `\n],"summary":${JSON.stringify(summary)}}\n`
	};
}
