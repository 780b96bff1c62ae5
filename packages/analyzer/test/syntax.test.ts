import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.ts';
import { markdownProse } from '../src/syntax/markdown.ts';

const spans = (text: string, syntax: 'text' | 'markdown' | 'html') =>
	analyze(text, { syntax }).findings.map((f) => text.slice(f.start, f.end));

describe('Markdown', () => {
	it('maps findings back to the original source, through emphasis, links and lists', () => {
		const md = '# Title\n\nWe must end **sex trafficking and prostitution** now.\n\n- item: [sex slaves](https://example.org)\n';
		expect(spans(md, 'markdown')).toEqual(expect.arrayContaining(['sex trafficking and prostitution', 'sex slaves']));
	});

	it('ignores code, link addresses and front-matter', () => {
		const md =
			'---\ntitle: child prostitute\n---\n\n`child prostitute`\n\n```\nchild prostitute\n```\n\nSee [here](https://x.org/child-prostitute).\n';
		expect(analyze(md, { syntax: 'markdown' }).findings).toEqual([]);
	});

	it('honours inline disable comments by rule id', () => {
		const md = 'A hooker was robbed.\n\n<!-- unconflate-disable-next-line slur-for-sex-workers -->\nA hooker was robbed.\n';
		const findings = analyze(md, { syntax: 'markdown' }).findings.filter((f) => f.rule === 'slur-for-sex-workers');
		expect(findings.map((f) => f.line)).toEqual([1]);
	});
});

describe('large Markdown, lexed in parts', () => {
	// Blocks that a cut between parts must not break: code with blank lines, a comment spanning
	// paragraphs, reference links defined far from their use, lists, tables, front-matter.
	const blocks = [
		'Police raids on brothels are framed as **rescue** of sex trafficking victims.',
		'```\nchild prostitute\n\nsex slaves\n```',
		'<!-- notes\n\nchild prostitute\n\n-->',
		'<script>\nlet a = "sex slaves";\n\nlet b = 1;\n</script>',
		'- a list item about [sex work][ref]\n\n- a second, loose, item',
		'| a | b |\n| - | - |\n| sex slaves | prostitution |',
		'    indented code: child prostitute',
		'~~~~\n```\n\nchild prostitute\n~~~~',
		'[ref]: https://example.org/sex-work'
	];
	const frontMatter = '---\ntitle: child prostitute\n---\n\n';
	const body = Array.from({ length: 60 }, (_, i) => blocks[i % blocks.length]).join('\n\n') + '\n\n';
	const document = frontMatter + body;

	it.each([40, 200, 1000])('gives the same prose in parts of %i characters as in one piece', (size) => {
		expect(markdownProse(document, size)).toEqual(markdownProse(document, Infinity));
	});

	it('keeps offsets and findings when the document is above the part size', () => {
		const large = frontMatter + body.repeat(200);
		expect(large.length).toBeGreaterThan(256 * 1024);
		const findings = analyze(large, { syntax: 'markdown' }).findings;
		expect(findings.length).toBeGreaterThan(0);
		expect(new Set(findings.map((f) => large.slice(f.start, f.end).toLowerCase()))).not.toContain('child prostitute');
	});
});

describe('HTML', () => {
	it('reads text between tags and entities, at the original offsets', () => {
		const html = '<p>The <b>sex&nbsp;trafficking</b> and prostitution &amp; more</p><script>var a = "child prostitute";</script>';
		const found = analyze(html, { syntax: 'html' }).findings;
		expect(found.map((f) => f.rule)).toContain('trafficking-joined-with-sex-work');
		expect(found.some((f) => f.rule === 'child-prostitute')).toBe(false);
		const lumps = found.find((f) => f.rule === 'trafficking-joined-with-sex-work');
		expect(html.slice(lumps?.start, lumps?.end)).toBe('sex&nbsp;trafficking</b> and prostitution');
	});

	it('keeps paragraphs apart, so that a sentence never spans two of them', () => {
		expect(
			analyze('<p>sex trafficking</p><p>and prostitution</p>', { syntax: 'html' }).findings.map((f) => f.rule)
		).not.toContain('trafficking-joined-with-sex-work');
	});
});

describe('positions', () => {
	it('gives 1-based lines and UTF-16 columns', () => {
		const text = 'First line.\nÉ😀 A hooker.';
		const [finding] = analyze(text).findings;
		expect(finding).toMatchObject({ line: 2, column: 7, endLine: 2, endColumn: 13 });
		expect(text.slice(finding?.start, finding?.end)).toBe('hooker');
	});
});

describe('results', () => {
	it('report all ten categories, zeros included, and messages in the chosen language', () => {
		const result = analyze('No woman chooses prostitution.', { locale: 'fr' });
		expect(Object.keys(result.categories)).toHaveLength(10);
		expect(result.categories['no-agency']).toBe(1);
		expect(result.findings[0]?.message).not.toBe(analyze('No woman chooses prostitution.').findings[0]?.message);
	});

	it('keep quotations and critiques of conflation clear', () => {
		expect(analyze('Critics say police treat every sex worker as a victim of trafficking.').verdict).toBe('clear');
		expect(analyze('Not everyone in the sex industry is trafficked.').strengths.map((s) => s.kind)).toContain('distinction');
	});

	it('can leave out rules and categories', () => {
		expect(analyze('A hooker was robbed.', { disable: ['stigma-terms'] }).findings).toEqual([]);
	});
});
