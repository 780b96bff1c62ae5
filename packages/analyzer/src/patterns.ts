import type { Token } from './text/tokens.ts';

/** One position of a compiled pattern. */
export type Slot =
	| { kind: 'word'; value: string }
	| { kind: 'prefix'; value: string }
	| { kind: 'number' }
	| { kind: 'large' }
	| { kind: 'percent' }
	| { kind: 'any' };

/** One position of a pattern: alternatives (each a run of slots), possibly optional. */
export interface Item {
	alternatives: Slot[][];
	optional: boolean;
	/** When every alternative is one plain word: those words, for a single lookup per token. */
	words?: ReadonlySet<string>;
}

/**
 * Parse a pattern: `(a|b c)` gives alternatives, `x?` and `(…)?` are optional. `traffick*` is a
 * prefix, `\d` a figure (not a year), `\L` a figure of 1,000 or more, `\%` a percentage, `\w` any
 * word. Throws on an unbalanced group, naming the pattern, so a broken rule fails
 * its test. Patterns are kept as items rather than expanded into every combination: one rule can
 * stand for hundreds of thousands of phrasings.
 */
export function parsePattern(pattern: string): Item[] {
	const items: Item[] = [];
	const source = pattern.trim();
	let i = 0;
	while (i < source.length) {
		const char = source[i];
		if (char === ' ') {
			i++;
			continue;
		}
		if (char === '(') {
			const close = source.indexOf(')', i);
			if (close < 0) throw new Error(`unbalanced "(" in pattern "${pattern}"`);
			const inner = source.slice(i + 1, close);
			if (inner.includes('(')) throw new Error(`nested group in pattern "${pattern}"`);
			const alternatives = inner.split('|').map((alt) => alt.trim().split(/\s+/).filter(Boolean).map(toSlot));
			if (alternatives.some((a) => a.length === 0)) throw new Error(`empty alternative in pattern "${pattern}"`);
			i = close + 1;
			const optional = source[i] === '?';
			if (optional) i++;
			items.push({ alternatives, optional });
			continue;
		}
		let end = i;
		while (end < source.length && source[end] !== ' ' && source[end] !== '(') end++;
		let word = source.slice(i, end);
		i = end;
		if (word.includes(')') || word.includes('|')) throw new Error(`unexpected "${word}" in pattern "${pattern}"`);
		const optional = word.endsWith('?') && word.length > 1;
		if (optional) word = word.slice(0, -1);
		items.push({ alternatives: [[toSlot(word)]], optional });
	}
	if (items.length === 0 || items.every((item) => item.optional)) throw new Error(`pattern "${pattern}" can match nothing`);
	// A leading optional article ("(the|a)? violent industry") would make every "the" in a text try
	// the pattern; the finding then starts at the first word that matters.
	while (
		items[0]?.optional &&
		items[0].alternatives.every((a) => a.length === 1 && a[0]?.kind === 'word' && STOPWORDS.has(a[0].value))
	) {
		items.shift();
	}
	for (const item of items) {
		if (item.alternatives.every((a) => a.length === 1 && a[0]?.kind === 'word')) {
			item.words = new Set(item.alternatives.map((a) => (a[0] as { value: string }).value));
		}
	}
	return items;
}

/** The slots a pattern can start with (optional items let later ones start it). */
export function firstSlots(items: readonly Item[]): Slot[] {
	const slots: Slot[] = [];
	for (const item of items) {
		for (const alternative of item.alternatives) if (alternative[0]) slots.push(alternative[0]);
		if (!item.optional) break;
	}
	return slots;
}

export function toSlot(word: string): Slot {
	if (word === '\\d') return { kind: 'number' };
	if (word === '\\L') return { kind: 'large' };
	if (word === '\\%') return { kind: 'percent' };
	if (word === '\\w') return { kind: 'any' };
	if (word.startsWith('@')) throw new Error(`"${word}": spread the cue's patterns into the rule instead (one pass per sentence)`);
	if (word.endsWith('*') && word.length > 1) return { kind: 'prefix', value: word.slice(0, -1) };
	return { kind: 'word', value: word };
}

const YEAR = /^(1[5-9]|20)\d\d$/;
const STOPWORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'of', 'to', 'in', 'and', 'or']);

export function slotMatches(slot: Slot, token: Token): number {
	switch (slot.kind) {
		case 'word':
			return token.norm === slot.value ? 1 : 0;
		case 'prefix':
			return token.norm.startsWith(slot.value) ? 1 : 0;
		case 'number':
			return isFigure(token.norm) && !YEAR.test(token.norm) ? 1 : 0;
		case 'large':
			// 1,000 and more, written in figures (years excluded): the size of a claimed phenomenon.
			return isFigure(token.norm) && !YEAR.test(token.norm) && Number(token.norm.replace(/,/g, '')) >= 1000 ? 1 : 0;
		case 'percent':
			return isFigure(token.norm) && token.norm.endsWith('%') ? 1 : 0;
		case 'any':
			return 1;
	}
}

/** A compiled pattern with what it belongs to. */
export interface Entry<T> {
	items: Item[];
	owner: T;
}

/** A match: who it belongs to and the tokens it covers (end exclusive). */
export interface Match<T> {
	owner: T;
	from: number;
	to: number;
}

/** Patterns that start with one word, grouped by the word that must come second. */
interface Bucket<T> {
	/** Patterns whose second token is not a known word (a prefix, a figure, any word, or none). */
	loose: Entry<T>[];
	bySecond: Map<string, Entry<T>[]>;
}

/**
 * All patterns of all rules and cues in one index by first word (then by second word), so that a
 * sentence is read once whatever the number of rules: each token looks up only the patterns that
 * can start with it and its neighbour. Common first words ("the", "sex") start dozens of patterns;
 * the second word leaves one or two to try.
 */
export class PatternIndex<T> {
	private readonly entries: Entry<T>[] = [];
	private byWord = new Map<string, Bucket<T>>();
	/** Prefix-first patterns, by the prefix's first three letters as a number (prefixes have at least three). */
	private byStem = new Map<number, Entry<T>[]>();
	private numberFirst: Entry<T>[] = [];
	private others: Entry<T>[] = [];
	private compiled = false;

	add(pattern: string, owner: T): void {
		const items = parsePattern(pattern);
		for (const first of firstSlots(items)) {
			if (first.kind === 'prefix' && first.value.length < 3) {
				throw new Error(`prefix "${first.value}*" is too short in pattern "${pattern}"`);
			}
		}
		this.entries.push({ items, owner });
		this.compiled = false;
	}

	private compile(): void {
		const byWord = new Map<string, Map<Entry<T>, Set<string> | 'loose'>>();
		const byStem = new Map<number, Entry<T>[]>();
		const numberFirst = new Set<Entry<T>>();
		const others = new Set<Entry<T>>();
		for (const entry of this.entries) {
			for (const { first, next } of starts(entry.items)) {
				if (first.kind === 'word') {
					let seconds = byWord.get(first.value);
					if (!seconds) byWord.set(first.value, (seconds = new Map()));
					const words = next.every((s) => s?.kind === 'word') ? next.map((s) => (s as { value: string }).value) : null;
					const known = seconds.get(entry);
					if (words === null || known === 'loose') seconds.set(entry, 'loose');
					else if (known) for (const w of words) known.add(w);
					else seconds.set(entry, new Set(words));
				} else if (first.kind === 'prefix') {
					const list = listOf(byStem, stemKey(first.value, 0));
					if (!list.includes(entry)) list.push(entry);
				} else if (first.kind === 'number' || first.kind === 'large' || first.kind === 'percent') numberFirst.add(entry);
				else others.add(entry);
			}
		}
		this.byWord = new Map();
		for (const [word, seconds] of byWord) {
			const bucket: Bucket<T> = { loose: [], bySecond: new Map() };
			for (const [entry, next] of seconds) {
				if (next === 'loose') bucket.loose.push(entry);
				else for (const w of next) listOf(bucket.bySecond, w).push(entry);
			}
			this.byWord.set(word, bucket);
		}
		this.byStem = byStem;
		this.numberFirst = [...numberFirst];
		this.others = [...others];
		this.compiled = true;
	}

	/** Every match in the tokens, the longest for each pattern and start. */
	matchAll(tokens: readonly Token[]): Match<T>[] {
		if (!this.compiled) this.compile();
		const matches: Match<T>[] = [];
		const tryAll = (list: readonly Entry<T>[], i: number) => {
			for (const entry of list) {
				const end = longest(entry.items, 0, tokens, i);
				if (end > i) matches.push({ owner: entry.owner, from: i, to: end });
			}
		};
		for (let i = 0; i < tokens.length; i++) {
			const norm = (tokens[i] as Token).norm;
			const bucket = this.byWord.get(norm);
			if (bucket) {
				if (bucket.loose.length > 0) tryAll(bucket.loose, i);
				const next = tokens[i + 1];
				const list = next && bucket.bySecond.get(next.norm);
				if (list) tryAll(list, i);
			}
			if (norm.length >= 3 && this.byStem.size > 0) {
				const list = this.byStem.get(stemKey(norm, 0));
				if (list) tryAll(list, i);
			}
			if (this.numberFirst.length > 0 && isFigure(norm)) tryAll(this.numberFirst, i);
			if (this.others.length > 0) tryAll(this.others, i);
		}
		return matches;
	}
}

/** The first three code units of a word as one number, to look prefixes up without a new string. */
function stemKey(word: string, at: number): number {
	return word.charCodeAt(at) * 4294967296 + word.charCodeAt(at + 1) * 65536 + word.charCodeAt(at + 2);
}

function isFigure(norm: string): boolean {
	const c = norm.charCodeAt(0);
	return c >= 48 && c <= 57;
}

/**
 * The ways a pattern can start: its first slot, and the slots that can follow it (undefined where the
 * pattern may end after one token, which makes the second token irrelevant).
 */
function starts(items: readonly Item[]): Array<{ first: Slot; next: Array<Slot | undefined> }> {
	const found: Array<{ first: Slot; next: Array<Slot | undefined> }> = [];
	for (let k = 0; k < items.length; k++) {
		const item = items[k] as Item;
		for (const alternative of item.alternatives) {
			const first = alternative[0];
			if (!first) continue;
			if (alternative.length > 1) {
				found.push({ first, next: [alternative[1]] });
				continue;
			}
			const rest = items.slice(k + 1);
			const next: Array<Slot | undefined> = firstSlots(rest);
			if (rest.every((r) => r.optional)) next.push(undefined);
			found.push({ first, next });
		}
		if (!item.optional) break;
	}
	return found;
}

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
	let list = map.get(key);
	if (!list) map.set(key, (list = []));
	return list;
}

/** The furthest token index the items can reach from `at` (or -1). Backtracks over alternatives. */
function longest(items: readonly Item[], index: number, tokens: readonly Token[], at: number): number {
	if (index === items.length) return at;
	const item = items[index] as Item;
	let best = item.optional ? longest(items, index + 1, tokens, at) : -1;
	if (item.words) {
		const token = tokens[at];
		return token && item.words.has(token.norm) ? Math.max(best, longest(items, index + 1, tokens, at + 1)) : best;
	}
	for (const alternative of item.alternatives) {
		let position = at;
		let ok = true;
		for (const slot of alternative) {
			const token = tokens[position];
			const width = token ? slotMatches(slot, token) : 0;
			if (width <= 0) {
				ok = false;
				break;
			}
			position += width;
		}
		if (ok) best = Math.max(best, longest(items, index + 1, tokens, position));
	}
	return best;
}
