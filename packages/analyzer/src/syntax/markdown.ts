import { Lexer, type Token, type Tokens } from 'marked';
import { assemble, readDirectives, type Directive, type Keep, type Prose } from './prose.ts';

/**
 * Markdown through marked's lexer (about 17 MB/s here, against 0.8 MB/s for micromark, which
 * gives positions but would miss the 3 MB/s budget). marked's tokens carry their raw source but
 * no offsets, so each piece of prose is found again in the input, in order, from a cursor: a piece
 * that cannot be found is left out, so an offset is never wrong, at worst a word is not checked.
 * Code, inline code, HTML, link destinations, images and front-matter are not prose.
 */
export function markdownProse(source: string): Prose {
	const keeps: Keep[] = [];
	const directives: Directive[] = [];
	const body = frontMatterEnd(source);
	let cursor = body;

	/** Find `raw` at or after the cursor (within `limit`); returns its offset or -1. */
	const locate = (raw: string, limit: number): number => {
		if (raw.length === 0) return -1;
		const at = source.indexOf(raw, cursor);
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

	walk(new Lexer({ gfm: true }).lex(body === 0 ? source : source.slice(body)), source.length);
	keeps.sort((a, b) => a.start - b.start);
	return { text: assemble(source, keeps), directives };
}

/** Where the body starts, after a YAML front-matter block (`---` … `---`) if there is one. */
function frontMatterEnd(source: string): number {
	const match = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(source);
	return match ? match[0].length : 0;
}
