import { Lexer, type Token, type Tokens } from 'marked';
import { assemble, readDirectives, type Directive, type Keep, type Prose, type ProsePart } from './prose.ts';

/** Inputs larger than this are lexed in parts of about this size, split between blocks. */
export const PART_SIZE = 32 * 1024;

/** The prose of a Markdown document as one string. */
export function markdownProse(source: string, partSize = PART_SIZE): Prose {
	const parts = [...markdownProseParts(source, partSize)];
	return { text: parts.map((p) => p.text).join(''), directives: parts.flatMap((p) => p.directives) };
}

/**
 * The prose of a Markdown document in parts, in order. A large document is cut at blank lines
 * between top-level blocks (never inside a fenced code block or an HTML block that blank lines do
 * not end), and each part is lexed on its own, with the document's link reference definitions, so
 * that memory follows the part, not the document.
 */
export function* markdownProseParts(source: string, partSize = PART_SIZE): Generator<ProsePart> {
	const body = frontMatterEnd(source);
	if (source.length <= partSize) {
		yield { offset: 0, ...partProse(source, 0, source.length, body, undefined) };
		return;
	}
	const links = referenceDefinitions(source);
	let from = 0;
	for (const to of blockCuts(source, body, partSize)) {
		yield { offset: from, ...partProse(source, from, to, Math.max(from, body), links) };
		from = to;
	}
}

/**
 * Markdown through marked's lexer (about 17 MB/s here, against 0.8 MB/s for micromark, which
 * gives positions but would miss the 3 MB/s budget). marked's tokens carry their raw source but
 * no offsets, so each piece of prose is found again in the input, in order, from a cursor: a piece
 * that cannot be found is left out, so an offset is never wrong, at worst a word is not checked.
 * Code, inline code, HTML, link destinations, images and front-matter are not prose.
 */
function partProse(source: string, from: number, to: number, body: number, links: Links | undefined): Prose {
	const keeps: Keep[] = [];
	const directives: Directive[] = [];
	let cursor = body;
	// Searching the part alone keeps a piece that cannot be found from scanning the rest of the document.
	const part = from === 0 && to === source.length ? source : source.slice(from, to);

	/** Find `raw` at or after the cursor (within `limit`); returns its offset or -1. */
	const locate = (raw: string, limit: number): number => {
		if (raw.length === 0) return -1;
		const found = part.indexOf(raw, cursor - from);
		const at = found < 0 ? -1 : found + from;
		return at >= 0 && at + raw.length <= limit ? at : -1;
	};

	/** Keep a piece of prose: whole, or line by line when list or quote markers were stripped from it. */
	const keep = (raw: string, limit: number) => {
		const at = locate(raw, limit);
		if (at >= 0) {
			keeps.push({ start: at, end: at + raw.length });
			cursor = at + raw.length;
			return;
		}
		for (const line of raw.split('\n')) {
			const piece = line.trim();
			const lineAt = locate(piece, limit);
			if (lineAt < 0) continue;
			keeps.push({ start: lineAt, end: lineAt + piece.length });
			cursor = lineAt + piece.length;
		}
	};

	/** Move the cursor past a token that holds no prose. */
	const skip = (raw: string, limit: number) => {
		const at = locate(raw, limit);
		if (at >= 0) cursor = at + raw.length;
		return at;
	};

	const walk = (tokens: readonly Token[], limit: number) => {
		for (const token of tokens) visit(token, limit);
	};

	const visit = (token: Token, limit: number) => {
		switch (token.type) {
			case 'space':
			case 'hr':
			case 'code':
			case 'codespan':
			case 'image':
			case 'def':
			case 'br':
				skip(token.raw, limit);
				return;
			case 'html': {
				const at = skip(token.raw, limit);
				if (at >= 0 && token.raw.includes('<!--')) directives.push(...readDirectives(token.raw, at));
				return;
			}
			case 'escape': {
				// "\*": keep the character, not the backslash.
				const at = skip(token.raw, limit);
				if (at >= 0) keeps.push({ start: at + 1, end: at + token.raw.length });
				return;
			}
			case 'text': {
				const text = token as Tokens.Text;
				if (text.tokens && text.tokens.length > 0) container(token, text.tokens, limit);
				else keep(token.raw, limit);
				return;
			}
			case 'link': {
				const link = token as Tokens.Link;
				// Bare URLs and autolinks are addresses, not prose.
				if (link.text === link.href || /^(?:https?:|mailto:|www\.)/i.test(link.text)) skip(token.raw, limit);
				else container(token, link.tokens, limit);
				return;
			}
			case 'table': {
				const table = token as Tokens.Table;
				const start = locate(token.raw, limit);
				if (start < 0) return;
				const end = start + token.raw.length;
				cursor = start;
				for (const cell of table.header) walk(cell.tokens, end);
				for (const row of table.rows) for (const cell of row) walk(cell.tokens, end);
				cursor = end;
				return;
			}
			case 'list': {
				const list = token as Tokens.List;
				const start = locate(token.raw, limit);
				if (start < 0) return;
				const end = start + token.raw.length;
				cursor = start;
				for (const item of list.items) container(item, item.tokens, end);
				cursor = end;
				return;
			}
			default: {
				const children = (token as { tokens?: Token[] }).tokens;
				if (children) container(token, children, limit);
				else skip(token.raw, limit);
			}
		}
	};

	/** Walk a token's children within the token's own source span, then move past it. */
	const container = (token: Token, children: readonly Token[], limit: number) => {
		const start = locate(token.raw, limit);
		if (start < 0) {
			walk(children, limit);
			return;
		}
		const end = start + token.raw.length;
		cursor = start;
		walk(children, end);
		cursor = end;
	};

	const lexer = new Lexer({ gfm: true });
	if (links) Object.assign(lexer.tokens.links, links);
	walk(lexer.lex(body === 0 && to === source.length ? source : source.slice(body, to)), to);
	keeps.sort((a, b) => a.start - b.start);
	return { text: assemble(source, keeps, [], from, to), directives };
}

type Links = Record<string, { href: string; title: string }>;

/** Link reference definitions of the whole document, as marked keys them, for every part. */
function referenceDefinitions(source: string): Links {
	const links: Links = Object.create(null) as Links;
	for (const match of source.matchAll(/^ {0,3}\[([^\]\n]+)\]:[ \t]*<?([^\s>]+)>?/gm)) {
		const label = (match[1] ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
		links[label] ??= { href: match[2] ?? '', title: '' };
	}
	return links;
}

// Opening lines of fenced code and of the HTML blocks that blank lines do not end, with what ends them.
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RAW_BLOCKS: Array<[RegExp, string]> = [
	[/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, '</'],
	[/^ {0,3}<!--/, '-->'],
	[/^ {0,3}<\?/, '?>'],
	[/^ {0,3}<![A-Za-z]/, '>'],
	[/^ {0,3}<!\[CDATA\[/, ']]>']
];

/**
 * Offsets at which to cut the document into parts of at least `size` (the last one ends the
 * document): the start of a line that follows a blank line, begins at the margin, and lies outside
 * fenced code and raw HTML blocks. A document with no such line stays whole.
 */
function* blockCuts(source: string, from: number, size: number): Generator<number> {
	let partStart = 0;
	let fence: string | null = null;
	let rawEnd: string | null = null;
	let previousBlank = false;
	for (let at = from; at < source.length;) {
		const newline = source.indexOf('\n', at);
		const lineEnd = newline < 0 ? source.length : newline + 1;
		const line = source.slice(at, lineEnd);
		const blank = line.trim() === '';
		if (fence !== null) {
			const close = FENCE.exec(line);
			if (close && close[1]?.[0] === fence[0] && (close[1]?.length ?? 0) >= fence.length && line.trim() === close[1])
				fence = null;
		} else if (rawEnd !== null) {
			if (rawEnd === '</' ? /<\/(?:script|pre|style|textarea)>/i.test(line) : line.includes(rawEnd)) rawEnd = null;
		} else {
			if (previousBlank && !blank && at - partStart >= size && !/^\s/.test(line)) {
				yield at;
				partStart = at;
			}
			const open = FENCE.exec(line);
			if (open) fence = open[1] ?? null;
			else {
				for (const [start, end] of RAW_BLOCKS) {
					if (!start.test(line)) continue;
					const closed =
						end === '</' ? /<\/(?:script|pre|style|textarea)>/i.test(line) : line.includes(end, line.indexOf('<') + 2);
					if (!closed) rawEnd = end;
					break;
				}
			}
		}
		previousBlank = blank;
		at = lineEnd;
	}
	yield source.length;
}

/** Where the body starts, after a YAML front-matter block (`---` … `---`) if there is one. */
function frontMatterEnd(source: string): number {
	const match = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(source);
	return match ? match[0].length : 0;
}
