import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { assemble, readDirectives, type Directive, type Keep, type Prose } from './prose.ts';

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

/**
 * HTML through htmlparser2 (fast, maintained, gives exact source indices). Entities are decoded
 * in place, padded to their length; `<title>` is kept, the rest of `<head>` is not.
 */
export function htmlProse(source: string): Prose {
	const keeps: Keep[] = [];
	const breaks: number[] = [];
	const directives: Directive[] = [];
	let skipDepth = 0;
	let inTitle = false;
	let cursor = 0;

	const parser: Parser = new Parser(
		{
			onopentag(name) {
				if (name === 'title') inTitle = true;
				if (SKIP.has(name)) skipDepth++;
				if (BLOCK.has(name)) breaks.push(parser.startIndex);
			},
			onclosetag(name, isImplied) {
				if (name === 'title') inTitle = false;
				if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
				if (BLOCK.has(name) && !isImplied) breaks.push(parser.startIndex);
			},
			ontext(text) {
				if (skipDepth > 0 && !inTitle) return;
				// The parser's indices can be off around implied tags ("</p>" with no "<p>"): trust them
				// only when the text is really there, else find it after the previous text.
				let start = parser.startIndex;
				if (!source.startsWith(text, start)) start = parser.endIndex + 1 - text.length;
				if (!source.startsWith(text, start)) start = source.indexOf(text, cursor);
				if (start < 0) return;
				cursor = start + text.length;
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
			}
		},
		{ decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: true }
	);
	parser.write(source);
	parser.end();
	keeps.sort((a, b) => a.start - b.start);
	return { text: assemble(source, keeps, breaks), directives };
}
