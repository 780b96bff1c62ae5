import { contextHolds, isScareQuoted, type CueMatch, type SentenceView } from './context.ts';
import { compileCondition, CUE_BIT, CUES, meets, type CueMask } from './cues.ts';
import { PatternIndex, type Match } from './patterns.ts';
import { Positions } from './positions.ts';
import { ruleText } from './rule-text.ts';
import { rules } from './rules/index.ts';
import type { Cue, Rule } from './rules/types.ts';
import { scoreOf } from './score.ts';
import { STRENGTHS } from './strengths.ts';
import { htmlProseParts } from './syntax/html.ts';
import { markdownProseParts } from './syntax/markdown.ts';
import type { Directive, ProsePart } from './syntax/prose.ts';
import { sentencesOf } from './text/sentences.ts';
import { tokenize } from './text/tokens.ts';
import {
	CATEGORIES,
	type AnalysisResult,
	type AnalyzeOptions,
	type Category,
	type Finding,
	type Locale,
	type Strength,
	type StrengthKind
} from './types.ts';

const DOCUMENT_SIGNAL = 'trafficking-only-sexual';

/** A rule with its cue conditions compiled to masks (see cues.ts). */
interface CompiledRule {
	rule: Rule;
	sentence: CueMask | undefined;
	document: CueMask | undefined;
	nearby: CueMask | undefined;
}

type Owner = { cue: Cue } | { rule: CompiledRule } | { strength: StrengthKind };

interface Engine {
	index: PatternIndex<Owner>;
}

let engine: Engine | undefined;

/** Compile every pattern once per process (or page): a few milliseconds, then reused. */
function getEngine(): Engine {
	if (engine) return engine;
	// One index for cues, rules and strengths: a sentence is read once.
	const index = new PatternIndex<Owner>();
	for (const [cue, patterns] of Object.entries(CUES) as Array<[Cue, readonly string[]]>)
		for (const p of patterns) index.add(p, { cue });
	for (const rule of rules) {
		const compiled: CompiledRule = {
			rule,
			sentence: compileCondition(rule.sentence),
			document: compileCondition(rule.document),
			nearby: compileCondition(rule.nearby)
		};
		for (const p of rule.patterns) index.add(p, { rule: compiled });
	}
	for (const [kind, patterns] of Object.entries(STRENGTHS) as Array<[StrengthKind, readonly string[]]>) {
		for (const p of patterns) index.add(p, { strength: kind });
	}
	engine = { index };
	return engine;
}

/** The input's prose in parts, its inline directives gathered as the parts are read. */
function* proseOf(input: string, syntax: AnalyzeOptions['syntax'], directives: Directive[]): Generator<ProsePart> {
	const parts: Iterable<ProsePart> =
		syntax === 'markdown'
			? markdownProseParts(input)
			: syntax === 'html'
				? htmlProseParts(input)
				: [{ offset: 0, text: input, directives: [] }];
	for (const part of parts) {
		directives.push(...part.directives);
		yield part;
	}
}

interface Candidate {
	rule: Rule;
	compiled: CompiledRule;
	start: number;
	end: number;
	/** Cues of the sentence before, the sentence itself and (once read) the one after, as a mask. */
	nearby: number;
	nearbyOk?: boolean;
}

/**
 * Analyse a text: where it conflates sex work and trafficking, why, and what to write instead.
 * Synchronous, pure and free of I/O: the same call runs in Node and in browsers.
 */
export function analyze(input: string, options: AnalyzeOptions = {}): AnalysisResult {
	const locale: Locale = options.locale === 'fr' ? 'fr' : 'en';
	const disabled = new Set(options.disable ?? []);
	const { index } = getEngine();
	const directives: Directive[] = [];

	let documentCues = 0;
	const candidates: Candidate[] = [];
	const waiting: Candidate[] = [];
	const strengths: Strength[] = [];
	const lastStrengthEnd = new Map<StrengthKind, number>();
	const signal = { trafficking: 0, sexual: 0, generic: false, anchor: undefined as Candidate | undefined };
	let previous = 0;

	for (const sentence of sentencesOf(proseOf(input, options.syntax ?? 'text', directives))) {
		const tokens = tokenize(sentence.text, sentence.start);
		if (tokens.length === 0) continue;
		const cues: CueMatch[] = [];
		const matches: Array<Match<{ rule: CompiledRule } | { strength: StrengthKind }>> = [];
		let present = 0;
		let ordered = true;
		for (const match of index.matchAll(tokens)) {
			if ('cue' in match.owner) {
				cues.push(match as CueMatch);
				present |= CUE_BIT[match.owner.cue];
				continue;
			}
			const before = matches.at(-1);
			if (before && (before.from > match.from || (before.from === match.from && before.to < match.to))) ordered = false;
			matches.push(match as Match<{ rule: CompiledRule } | { strength: StrengthKind }>);
		}
		documentCues |= present;
		const view: SentenceView = { sentence, tokens, cues };

		// The sentence before now knows what follows it.
		if (waiting.length > 0) for (const candidate of waiting.splice(0)) decideNearby(candidate, present);

		const accepted = new Map<string, Array<[number, number]>>();
		// Matches come by start; the longest first at one start.
		if (!ordered) matches.sort((a, b) => a.from - b.from || b.to - a.to);
		for (const match of matches) {
			const first = tokens[match.from];
			const last = tokens[match.to - 1];
			if (!first || !last) continue;
			if ('strength' in match.owner) {
				const kind = match.owner.strength;
				if (kind === 'distinction' && contextHolds('negation', view, match.from, match.to)) continue;
				// Matches come in order, so an overlap can only be with the last strength of that kind.
				const previousEnd = lastStrengthEnd.get(kind) ?? -1;
				if (first.start >= previousEnd) {
					strengths.push({ kind, start: first.start, end: last.end });
					lastStrengthEnd.set(kind, last.end);
				}
				continue;
			}
			const compiled = match.owner.rule;
			const { rule } = compiled;
			if (disabled.has(rule.id) || disabled.has(rule.category)) continue;
			const taken = accepted.get(rule.id) ?? [];
			if (taken.some(([from, to]) => match.from < to && from < match.to)) continue;
			if (rule.lowerCaseOnly && tokens.slice(match.from, match.to).some((t) => t.capital)) continue;
			if (rule.quotedOnly && !isScareQuoted(view, first.start, last.end)) continue;
			if (rule.requires?.some((c) => !contextHolds(c, view, match.from, match.to))) continue;
			if (rule.unless?.some((c) => contextHolds(c, view, match.from, match.to))) continue;
			if (!meets(present, compiled.sentence)) continue;
			taken.push([match.from, match.to]);
			accepted.set(rule.id, taken);
			const candidate: Candidate = { rule, compiled, start: first.start, end: last.end, nearby: previous | present };
			if (rule.id === DOCUMENT_SIGNAL) {
				signal.anchor ??= candidate;
				continue;
			}
			candidates.push(candidate);
			if (rule.nearby) waiting.push(candidate);
		}

		if (present & CUE_BIT.trafficking) {
			signal.trafficking++;
			if (present & (CUE_BIT.sexual | CUE_BIT['sex-industry'])) signal.sexual++;
			if (present & CUE_BIT.generic) signal.generic = true;
		}
		previous = present;
	}

	const has = (cue: Cue) => (documentCues & CUE_BIT[cue]) !== 0;
	const kept = candidates.filter(
		(c) => meets(documentCues, c.compiled.document) && (c.rule.nearby === undefined || (c.nearbyOk ?? decideNearby(c)))
	);

	// Document signal: trafficking discussed, every mention in sexual terms, no other industry named.
	if (
		signal.anchor &&
		!disabled.has(DOCUMENT_SIGNAL) &&
		!disabled.has('sex-only') &&
		signal.trafficking > 0 &&
		signal.sexual === signal.trafficking &&
		signal.generic &&
		!has('labour') &&
		!has('critique') &&
		!strengths.some((s) => s.kind === 'distinction' || s.kind === 'labour-trafficking-named')
	) {
		kept.push(signal.anchor);
	}

	const positions = new Positions(input);
	const silenced = silencer(directives, positions, input.length);
	const findings = dedupe(kept.filter((c) => !silenced(c.rule, c.start)))
		.sort((a, b) => a.start - b.start || a.end - b.end)
		.map((c) => toFinding(c, locale, positions));

	const categories = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
	for (const finding of findings) categories[finding.category]++;
	strengths.sort((a, b) => a.start - b.start);
	const score = scoreOf(findings, new Set(strengths.map((s) => s.kind)));
	return { verdict: score >= 50 ? 'conflates' : 'clear', score, categories, findings, strengths };
}

/**
 * Where two findings of one category overlap, keep the more severe (then the longer). Overlaps are
 * local, so candidates are swept in order of position and only each cluster is compared.
 */
function dedupe(candidates: Candidate[]): Candidate[] {
	const rank = { error: 3, warning: 2, info: 1 };
	const better = (a: Candidate, b: Candidate) =>
		rank[b.rule.severity] - rank[a.rule.severity] || b.end - b.start - (a.end - a.start) || a.start - b.start;
	const byCategory = new Map<string, Candidate[]>();
	for (const c of candidates) {
		const list = byCategory.get(c.rule.category);
		if (list) list.push(c);
		else byCategory.set(c.rule.category, [c]);
	}
	const kept: Candidate[] = [];
	for (const list of byCategory.values()) {
		list.sort((a, b) => a.start - b.start);
		let cluster: Candidate[] = [];
		let clusterEnd = -1;
		const flush = () => {
			const chosen: Candidate[] = [];
			for (const c of cluster.sort(better)) if (!chosen.some((k) => c.start < k.end && k.start < c.end)) chosen.push(c);
			kept.push(...chosen);
			cluster = [];
		};
		for (const c of list) {
			if (c.start >= clusterEnd && cluster.length > 0) flush();
			cluster.push(c);
			clusterEnd = Math.max(clusterEnd, c.end);
		}
		flush();
	}
	return kept;
}

/** Decide a candidate's `nearby` condition with the sentences read so far (and the next one, once read). */
function decideNearby(candidate: Candidate, next = 0): boolean {
	candidate.nearbyOk = meets(candidate.nearby | next, candidate.compiled.nearby);
	return candidate.nearbyOk;
}

function toFinding(c: Candidate, locale: Locale, positions: Positions): Finding {
	const text = ruleText(c.rule, locale);
	const start = positions.at(c.start);
	const end = positions.at(c.end);
	return {
		rule: c.rule.id,
		category: c.rule.category,
		severity: c.rule.severity,
		message: text.message,
		explanation: text.explanation,
		// Each finding owns its arrays (callers may edit a result), copied from the rule's.
		suggestions: [...text.suggestions],
		sources: [...text.sources],
		scope: c.rule.id === DOCUMENT_SIGNAL ? 'document' : 'span',
		start: c.start,
		end: c.end,
		line: start.line,
		column: start.column,
		endLine: end.line,
		endColumn: end.column
	};
}

/**
 * Inline directives in Markdown and HTML comments, as ESLint's: `unconflate-disable [ids]` …
 * `unconflate-enable [ids]`, `unconflate-disable-line [ids]`, `unconflate-disable-next-line [ids]`.
 * Ids are rule ids or categories; none means every rule.
 */
function silencer(
	directives: readonly Directive[],
	positions: Positions,
	length: number
): (rule: Rule, offset: number) => boolean {
	if (directives.length === 0) return () => false;
	const ranges: Array<{ from: number; to: number; rules: string[] }> = [];
	const open: Directive[] = [];
	for (const d of [...directives].sort((a, b) => a.offset - b.offset)) {
		if (d.kind === 'disable') open.push(d);
		else if (d.kind === 'enable') {
			for (let i = open.length - 1; i >= 0; i--) {
				const o = open[i] as Directive;
				if (d.rules.length === 0 || d.rules.some((r) => o.rules.includes(r))) {
					ranges.push({ from: o.offset, to: d.offset, rules: o.rules });
					open.splice(i, 1);
				}
			}
		} else {
			const line = positions.at(d.offset).line + (d.kind === 'disable-next-line' ? 1 : 0);
			ranges.push({ ...positions.line(line, length), rules: d.rules });
		}
	}
	for (const o of open) ranges.push({ from: o.offset, to: length, rules: o.rules });
	return (rule, offset) =>
		ranges.some(
			(r) =>
				offset >= r.from &&
				offset < r.to &&
				(r.rules.length === 0 || r.rules.includes(rule.id) || r.rules.includes(rule.category))
		);
}
