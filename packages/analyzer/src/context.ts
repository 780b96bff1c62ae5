import type { Context, Cue } from './rules/types.ts';
import type { Sentence } from './text/sentences.ts';
import type { Token } from './text/tokens.ts';

/** Where a cue occurs in a sentence (token range, end exclusive). */
export interface CueMatch {
	owner: { cue: Cue };
	from: number;
	to: number;
}

/** A sentence as rules see it: its words and its cues, in order (a few per sentence). */
export interface SentenceView {
	sentence: Sentence;
	tokens: Token[];
	cues: CueMatch[];
}

const NEGATIONS = new Set([
	'not',
	'no',
	'never',
	'nor',
	'neither',
	'without',
	"isn't",
	"aren't",
	"wasn't",
	"weren't",
	"doesn't",
	"don't",
	"didn't",
	"can't",
	'cannot',
	"won't",
	'hardly',
	'rarely'
]);
const FIRST_PERSON = new Set(['i', 'we']);
const LEGAL_HEADS = new Set([
	'act',
	'code',
	'protocol',
	'convention',
	'rapporteur',
	'bill',
	'law',
	'statute',
	'unit',
	'office',
	'coalition',
	'force',
	'commission',
	'council',
	'committee',
	'division',
	'department',
	'centre',
	'center',
	'hotline',
	'network',
	'alliance',
	'project',
	'foundation',
	'directive',
	'strategy',
	'program',
	'programme',
	'initiative',
	'section'
]);
const QUALIFIERS = new Set(['forced', 'coerced', 'involuntary', 'trafficked', 'compelled', 'enforced']);
const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);

/** Whether the offsets [start, end) lie inside a pair of quotation marks of the sentence. */
export function isQuoted(view: SentenceView, start: number, end: number): boolean {
	const text = view.sentence.text;
	const from = start - view.sentence.start;
	const to = end - view.sentence.start;
	let open = false;
	for (let i = 0; i < from; i++) {
		const c = text[i] ?? '';
		if (OPENING.has(c)) open = true;
		else if (CLOSING.has(c)) open = false;
		else if (c === '"') open = !open;
	}
	if (!open) return false;
	for (let i = to; i < text.length; i++) {
		const c = text[i] ?? '';
		if (CLOSING.has(c) || c === '"') return true;
		if (OPENING.has(c)) return false;
	}
	return false;
}

/** Whether the match is exactly what a pair of quotation marks holds ("scare quotes"). */
export function isScareQuoted(view: SentenceView, start: number, end: number): boolean {
	const text = view.sentence.text;
	const before = text[start - view.sentence.start - 1] ?? '';
	const after = text[end - view.sentence.start] ?? '';
	return (OPENING.has(before) || before === '"' || before === '‘') && (CLOSING.has(after) || after === '"' || after === '’');
}

function negatedAt(view: SentenceView, index: number, window = 3): boolean {
	for (let i = Math.max(0, index - window); i < index; i++) if (NEGATIONS.has(view.tokens[i]?.norm ?? '')) return true;
	return false;
}

function hasCue(view: SentenceView, cue: Cue, accept?: (from: number, to: number) => boolean): boolean {
	for (const match of view.cues) if (match.owner.cue === cue && (!accept || accept(match.from, match.to))) return true;
	return false;
}

/** Whether a context holds for a match covering tokens [from, to) of the sentence. */
export function contextHolds(context: Context, view: SentenceView, from: number, to: number): boolean {
	const first = view.tokens[from];
	const last = view.tokens[to - 1];
	switch (context) {
		case 'quotation':
			return first !== undefined && last !== undefined && isQuoted(view, first.start, last.end);
		case 'negation':
			return negatedAt(view, from);
		case 'question':
			return /\?["'”’)\]]*$/.test(view.sentence.text);
		case 'attribution':
			// "Critics say …" reports a claim; "we believe …" makes one.
			return hasCue(view, 'attribution', (cueFrom) => !FIRST_PERSON.has(view.tokens[cueFrom - 1]?.norm ?? ''));
		case 'critique':
			return hasCue(view, 'critique');
		case 'distinction':
			return hasCue(view, 'distinction', (cueFrom) => !negatedAt(view, cueFrom, 2));
		case 'minors':
			return hasCue(view, 'minors');
		case 'self-identification':
			return hasCue(view, 'self-identification');
		case 'legal-context':
			return hasCue(view, 'legal');
		case 'coerced-qualifier':
			return QUALIFIERS.has(view.tokens[from - 1]?.norm ?? '');
		case 'after-anti':
			// "anti-trafficking raids" names the raids' purpose; critiques use it too.
			return view.tokens[from - 1]?.norm === 'anti';
		case 'legal-name': {
			// A statute or office: capitalised words next to a head word ("Trafficking Victims Protection
			// Act"), or a mandate title that quotes old terms ("Special Rapporteur on … child prostitution").
			const window = view.tokens.slice(Math.max(0, from - 10), Math.min(view.tokens.length, to + 6));
			const heads = window.filter((t) => t.capital && LEGAL_HEADS.has(t.norm));
			if (heads.length === 0) return false;
			const capitalised = view.tokens.slice(from, to).every((t) => t.capital || t.norm.length <= 3);
			return capitalised || heads.some((t) => t.norm === 'rapporteur' || t.norm === 'protocol' || t.norm === 'convention');
		}
	}
}
