import { analyze, rules, type AnalysisResult, type Locale, type Syntax } from '@unconflate/analyzer';
import { findSource, terms } from '@unconflate/knowledge';
import type { Checked, SourceSummary } from './types.ts';

const termOfRule = new Map(rules.flatMap((rule) => (rule.term ? [[rule.id, rule.term] as const] : [])));
const termById = new Map(terms.map((term) => [term.id, term]));

/**
 * Check a text and gather what the page shows with the result: replacement wording and the cited
 * sources. Synchronous and pure, like the analyzer; the browser imports this module only when the
 * reader checks a text (or runs it in a worker), the server's form action calls it directly.
 */
export function checkText(text: string, syntax: Syntax, locale: Locale, now = new Date()): Checked {
	return describeResult(text, syntax, analyze(text, { syntax, locale }), now);
}

/** The page's view of a result computed elsewhere (the server's worker threads): wording and sources added. */
export function describeResult(text: string, syntax: Syntax, result: AnalysisResult, now = new Date()): Checked {
	const wording: Record<string, string[]> = {};
	const sources: Record<string, SourceSummary> = {};
	for (const finding of result.findings) {
		const term = termById.get(termOfRule.get(finding.rule) ?? '');
		// The text analysed is English: replacements come in English whatever the page's language.
		if (term) wording[finding.rule] = [...term.alternatives.en];
		for (const id of finding.sources) {
			const source = findSource(id);
			if (source && !sources[id]) {
				sources[id] = { title: source.title, publisher: source.publisher, year: source.year, url: source.url };
				if (source.authors) sources[id].authors = source.authors;
			}
		}
	}
	return { text, syntax, result, wording, sources, checkedAt: now.toISOString(), edits: 0 };
}
