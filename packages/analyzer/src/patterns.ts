import type { Token } from './text/tokens.ts';

/** One position of a compiled pattern. */
export type Slot =
	| { kind: 'word'; value: string }
	| { kind: 'prefix'; value: string }
	| { kind: 'number' }
	| { kind: 'large' }
	| { kind: 'percent' }
	| { kind: 'any' }
	| { kind: 'cue'; name: string };

/** One position of a pattern: alternatives (each a run of slots), possibly optional. */
export interface Item {
	alternatives: Slot[][];
	optional: boolean;
}

/**
 * Parse a pattern: `(a|b c)` gives alternatives, `x?` and `(…)?` are optional. `traffick*` is a
 * prefix, `\d` a figure (not a year), `\L` a figure of 1,000 or more, `\%` a percentage, `\w` any
 * word, `@name` a cue. Throws on an unbalanced group, naming the pattern, so a broken rule fails
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
	if (word.startsWith('@')) return { kind: 'cue', name: word.slice(1) };
	if (word.endsWith('*') && word.length > 1) return { kind: 'prefix', value: word.slice(0, -1) };
	return { kind: 'word', value: word };
}

const YEAR = /^(1[5-9]|20)\d\d$/;
const FIGURE = /^\d/;

export function slotMatches(slot: Slot, token: Token): number {
	switch (slot.kind) {
		case 'word':
			return token.norm === slot.value ? 1 : 0;
		case 'prefix':
			return token.norm.startsWith(slot.value) ? 1 : 0;
		case 'number':
			return FIGURE.test(token.norm) && !YEAR.test(token.norm) ? 1 : 0;
		case 'large':
			// 1,000 and more, written in figures (years excluded): the size of a claimed phenomenon.
			return FIGURE.test(token.norm) && !YEAR.test(token.norm) && Number(token.norm.replace(/,/g, '')) >= 1000 ? 1 : 0;
		case 'percent':
			return FIGURE.test(token.norm) && token.norm.endsWith('%') ? 1 : 0;
		case 'any':
			return 1;
		case 'cue':
			return 0; // resolved by the caller through cueAt
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

type CueAt = (name: string, index: number) => number;

/**
 * All patterns of all rules and cues in one index by first word, so that a sentence is read once
 * whatever the number of rules: each token looks up the patterns that can start with it.
 */
export class PatternIndex<T> {
	private readonly byWord = new Map<string, Entry<T>[]>();
	/** Prefix-first patterns, by the prefix's first three letters (prefixes have at least three). */
	private readonly byStem = new Map<string, Entry<T>[]>();
	private readonly numberFirst: Entry<T>[] = [];
	private readonly others: Entry<T>[] = [];

	add(pattern: string, owner: T): void {
		const entry = { items: parsePattern(pattern), owner };
		const lists = new Set<Entry<T>[]>();
		for (const first of firstSlots(entry.items)) {
			if (first.kind === 'word') lists.add(listOf(this.byWord, first.value));
			else if (first.kind === 'prefix') {
				if (first.value.length < 3) throw new Error(`prefix "${first.value}*" is too short in pattern "${pattern}"`);
				lists.add(listOf(this.byStem, first.value.slice(0, 3)));
			} else if (first.kind === 'number' || first.kind === 'large' || first.kind === 'percent') lists.add(this.numberFirst);
			else lists.add(this.others);
		}
		for (const list of lists) list.push(entry);
	}

	/**
	 * Every match in the tokens, the longest for each pattern and start. `cueAt(name, i)` says how
	 * many tokens a cue covers from token i (0 when none starts there); cue slots rely on it.
	 */
	matchAll(tokens: readonly Token[], cueAt: CueAt = () => 0): Match<T>[] {
		const matches: Match<T>[] = [];
		const seen = new Set<Entry<T>>();
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i] as Token;
			seen.clear();
			const lists = [
				this.byWord.get(token.norm),
				this.byStem.get(token.norm.slice(0, 3)),
				FIGURE.test(token.norm) ? this.numberFirst : undefined,
				this.others
			];
			for (const list of lists) {
				if (!list) continue;
				for (const entry of list) {
					if (seen.has(entry)) continue;
					seen.add(entry);
					const end = longest(entry.items, 0, tokens, i, cueAt);
					if (end > i) matches.push({ owner: entry.owner, from: i, to: end });
				}
			}
		}
		return matches;
	}
}

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
	let list = map.get(key);
	if (!list) map.set(key, (list = []));
	return list;
}

/** The furthest token index the items can reach from `at` (or -1). Backtracks over alternatives. */
function longest(items: readonly Item[], index: number, tokens: readonly Token[], at: number, cueAt: CueAt): number {
	if (index === items.length) return at;
	const item = items[index] as Item;
	let best = item.optional ? longest(items, index + 1, tokens, at, cueAt) : -1;
	for (const alternative of item.alternatives) {
		let position = at;
		let ok = true;
		for (const slot of alternative) {
			const token = tokens[position];
			const width = !token ? 0 : slot.kind === 'cue' ? cueAt(slot.name, position) : slotMatches(slot, token);
			if (width <= 0) {
				ok = false;
				break;
			}
			position += width;
		}
		if (ok) best = Math.max(best, longest(items, index + 1, tokens, position, cueAt));
	}
	return best;
}
