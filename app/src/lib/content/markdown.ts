import { Marked, type Tokens } from 'marked';

/** A piece of a rendered page: HTML, or a component the page renders in its place. */
export type Block = { kind: 'html'; html: string } | { kind: 'chart'; id: string } | { kind: 'terms' } | { kind: 'services' };

export interface Heading {
	id: string;
	text: string;
	depth: 2 | 3;
}

export interface RenderedMarkdown {
	blocks: Block[];
	headings: Heading[];
	/** Cited source ids, in order of first citation (the reference numbers). */
	citations: string[];
}

export interface RenderContext {
	/** Resolve `learn:page#anchor`; returns the URL or an error message. */
	resolveLink(target: string): { href: string } | { error: string };
	/** Whether a source id exists in the bibliography. */
	hasSource(id: string): boolean;
	/** Whether a chart id exists. */
	hasChart(id: string): boolean;
	/** Label for a citation link, e.g. "Source 3" (screen readers announce it). */
	citationLabel(n: number): string;
}

const DIRECTIVE = /^::(chart|terms|services)(?:\[([a-z0-9-]+)\])?[ \t]*$/;
const ANCHOR = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;
const CITATION = /^\[@([a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/;

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function slugify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * Render a page body. Problems (unknown sources, broken links, headings without anchors) are
 * collected, not thrown, so that one build reports all of them.
 */
export function renderMarkdown(body: string, context: RenderContext): RenderedMarkdown & { errors: string[] } {
	const errors: string[] = [];
	const citations: string[] = [];
	const headings: Heading[] = [];
	const usedIds = new Set<string>();

	const cite = (id: string): number => {
		let n = citations.indexOf(id) + 1;
		if (n === 0) n = citations.push(id);
		return n;
	};

	const marked = new Marked({
		gfm: true,
		extensions: [
			{
				name: 'citation',
				level: 'inline',
				start: (src: string) => {
					const i = src.indexOf('[@');
					return i < 0 ? undefined : i;
				},
				tokenizer(src: string) {
					const match = CITATION.exec(src);
					if (!match) return undefined;
					const ids = (match[1] ?? '').split(';').map((part) => part.trim().replace(/^@/, ''));
					return { type: 'citation', raw: match[0], ids };
				},
				renderer(token) {
					const links = (token['ids'] as string[]).map((id) => {
						if (!context.hasSource(id)) {
							errors.push(`unknown source id "${id}" in citation ${token.raw}`);
							return '';
						}
						const n = cite(id);
						return `<a href="#ref-${id}" aria-label="${escapeHtml(context.citationLabel(n))}">${n}</a>`;
					});
					return `<sup class="cite">[${links.filter(Boolean).join(', ')}]</sup>`;
				}
			}
		],
		walkTokens(token) {
			if (token.type !== 'heading') return;
			const heading = token as Tokens.Heading & { anchor?: string };
			const match = ANCHOR.exec(heading.text);
			if (match) {
				heading.anchor = match[1];
				heading.text = heading.text.replace(ANCHOR, '');
				const last = heading.tokens.at(-1);
				if (last && 'text' in last) {
					last.text = last.text.replace(ANCHOR, '');
					if ('raw' in last) last.raw = last.raw.replace(ANCHOR, '');
				}
			}
		},
		renderer: {
			heading(token) {
				const { depth, text } = token;
				const anchor = (token as Tokens.Heading & { anchor?: string }).anchor;
				if (depth === 1) errors.push(`"# ${text}": the title is the page's only h1; use ## and ### in the body`);
				if (depth > 3) errors.push(`"${text}": use ## and ### headings only`);
				if (depth === 2 && !anchor) errors.push(`"## ${text}" has no anchor: end it with {#some-id}`);
				const id = anchor ?? slugify(text);
				if (usedIds.has(id)) errors.push(`duplicate heading anchor "#${id}"`);
				usedIds.add(id);
				const level = Math.min(Math.max(depth, 2), 3) as 2 | 3;
				headings.push({ id, text, depth: level });
				return `<h${level} id="${id}">${this.parser.parseInline(token.tokens)}</h${level}>\n`;
			},
			link(token) {
				const inner = this.parser.parseInline(token.tokens);
				const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
				const href = token.href;
				if (href.startsWith('learn:')) {
					const resolved = context.resolveLink(href.slice('learn:'.length));
					if ('error' in resolved) {
						errors.push(`broken internal link (${href}): ${resolved.error}`);
						return inner;
					}
					return `<a href="${escapeHtml(resolved.href)}"${title}>${inner}</a>`;
				}
				if (/^https?:\/\//.test(href)) {
					return `<a href="${escapeHtml(href)}"${title} rel="noreferrer noopener">${inner}</a>`;
				}
				if (href.startsWith('#') || href.startsWith('mailto:') || href.startsWith('tel:')) {
					return `<a href="${escapeHtml(href)}"${title}>${inner}</a>`;
				}
				errors.push(`link "${href}": use learn:page-id for internal links or a full https:// URL`);
				return inner;
			},
			html(token) {
				// Content is Markdown only: raw HTML is shown as text, never injected.
				return escapeHtml(token.text);
			},
			image(token) {
				errors.push(`image "${token.href}": images are not supported in content yet`);
				return escapeHtml(token.text);
			},
			table(token) {
				const header = token.header.map((cell) => `<th scope="col">${this.parser.parseInline(cell.tokens)}</th>`).join('');
				const rows = token.rows
					.map(
						(row) =>
							`<tr>${row
								.map((cell, i) =>
									i === 0
										? `<th scope="row">${this.parser.parseInline(cell.tokens)}</th>`
										: `<td>${this.parser.parseInline(cell.tokens)}</td>`
								)
								.join('')}</tr>`
					)
					.join('\n');
				return `<div class="table-wrap"><table><thead><tr>${header}</tr></thead><tbody>${rows}</tbody></table></div>\n`;
			}
		}
	});

	const blocks: Block[] = [];
	let pending: string[] = [];
	const flush = () => {
		const text = pending.join('\n').trim();
		pending = [];
		if (text) blocks.push({ kind: 'html', html: marked.parse(text, { async: false }) });
	};
	for (const line of body.split(/\r?\n/)) {
		const directive = DIRECTIVE.exec(line);
		if (!directive) {
			if (line.startsWith('::')) errors.push(`unknown directive "${line.trim()}" (known: ::chart[id], ::terms, ::services)`);
			pending.push(line);
			continue;
		}
		flush();
		const [, name, arg] = directive;
		if (name === 'chart') {
			if (!arg || !context.hasChart(arg)) errors.push(`unknown chart "${arg ?? ''}"`);
			else blocks.push({ kind: 'chart', id: arg });
		} else if (name === 'terms' || name === 'services') {
			blocks.push({ kind: name });
		}
	}
	flush();
	return { blocks, headings, citations, errors };
}
