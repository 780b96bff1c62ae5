import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { assemble, readDirectives, type Directive, type Keep, type Prose, type ProsePart } from './prose.ts';

/** Elements whose content is not prose. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'head']);
/** Elements that end a sentence-like unit: a break is placed where they open or close. */
const BLOCK = new Set([
	'p',
	'div',
	'li',
	'ul',
	'ol',
	'dl',
	'dt',
	'dd',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'br',
	'hr',
	'tr',
	'td',
	'th',
	'table',
	'section',
	'article',
	'aside',
	'header',
	'footer',
	'nav',
	'main',
	'blockquote',
	'figure',
	'figcaption',
	'caption',
	'title',
	'body',
	'html',
	'form',
	'fieldset',
	'legend',
	'details',
	'summary',
	'address'
]);
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;

/** The parser is fed this much at a time, and the prose decided so far is handed on. */
export const PART_SIZE = 32 * 1024;

/** The prose of an HTML document as one string. */
export function htmlProse(source: string, partSize = PART_SIZE): Prose {
	const parts = [...htmlProseParts(source, partSize)];
	return { text: parts.map((p) => p.text).join(''), directives: parts.flatMap((p) => p.directives) };
}

/**
 * HTML through htmlparser2 (fast, maintained, gives exact source indices), fed in parts: one parser
 * reads the whole document, so nothing depends on where a part ends, and after each part the prose
 * of what has been read is handed on, so that memory follows the part. Entities are decoded in
 * place, padded to their length; `<title>` is kept, the rest of `<head>` is not.
 */
export function* htmlProseParts(source: string, partSize = PART_SIZE): Generator<ProsePart> {
	let keeps: Keep[] = [];
	let breaks: number[] = [];
	let directives: Directive[] = [];
	let skipDepth = 0;
	let inTitle = false;
	let cursor = 0;
	/** Everything before this offset has been read: kept as text, or markup. */
	let decided = 0;

	const parser: Parser = new Parser(
		{
			onopentag(name) {
				if (name === 'title') inTitle = true;
				if (SKIP.has(name)) skipDepth++;
				if (BLOCK.has(name)) breaks.push(parser.startIndex);
				decided = Math.max(decided, parser.endIndex + 1);
			},
			onclosetag(name, isImplied) {
				if (name === 'title') inTitle = false;
				if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
				if (BLOCK.has(name) && !isImplied) breaks.push(parser.startIndex);
				if (!isImplied) decided = Math.max(decided, parser.endIndex + 1);
			},
			ontext(text) {
				if (skipDepth > 0 && !inTitle) {
					decided = Math.max(decided, parser.endIndex + 1);
					return;
				}
				// The parser's indices can be off around implied tags ("</p>" with no "<p>"): trust them
				// only when the text is really there, else find it after the previous text.
				let start = parser.startIndex;
				if (!source.startsWith(text, start)) start = parser.endIndex + 1 - text.length;
				if (!source.startsWith(text, start)) start = source.indexOf(text, cursor);
				if (start < 0) return;
				cursor = start + text.length;
				decided = Math.max(decided, cursor);
				let last = 0;
				for (const match of text.matchAll(ENTITY)) {
					const at = match.index ?? 0;
					if (at > last) keeps.push({ start: start + last, end: start + at });
					const decoded = decodeHTML(match[0]).replace(/\u00a0/g, ' ');
					keeps.push({
						start: start + at,
						end: start + at + match[0].length,
						text: decoded.length <= match[0].length ? decoded : ' '
					});
					last = at + match[0].length;
				}
				if (last < text.length) keeps.push({ start: start + last, end: start + text.length });
			},
			oncomment(data) {
				directives.push(...readDirectives(data, parser.startIndex));
			},
			oncommentend() {
				decided = Math.max(decided, parser.endIndex + 1);
			}
		},
		{ decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: true }
	);

	let from = 0;
	const flush = (to: number): ProsePart => {
		keeps.sort((a, b) => a.start - b.start);
		const part = { offset: from, text: assemble(source, keeps, breaks, from, to), directives };
		// Keep what reaches past the part (a text whose end is not read yet) for the next one.
		keeps = keeps.filter((k) => k.end > to);
		breaks = breaks.filter((b) => b >= to);
		directives = [];
		from = to;
		return part;
	};

	for (let at = 0; at < source.length;) {
		// End each write just after a ">", so that no entity or tag name is cut.
		let end = Math.min(source.length, at + partSize);
		if (end < source.length) {
			const close = source.lastIndexOf('>', end - 1);
			const next = close >= at ? close : source.indexOf('>', end);
			end = next < 0 ? source.length : next + 1;
		}
		parser.write(source.slice(at, end));
		at = end;
		if (at < source.length && decided > from) yield flush(Math.min(decided, at));
	}
	parser.end();
	yield flush(source.length);
}
