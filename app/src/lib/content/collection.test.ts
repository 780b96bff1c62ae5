import { describe, expect, it } from 'vitest';
import { buildCollection, ContentError, type ContentFile } from './collection.ts';

const front = (over: Record<string, string | number> = {}) => {
	const data: Record<string, string | number> = {
		title: 'A page title',
		description: 'A description long enough for the schema to accept it.',
		slug: 'a-page',
		order: 1,
		level: 'intro',
		readingMinutes: 3,
		audience: '[public]',
		updated: '2026-11-28',
		...over
	};
	return `---\n${Object.entries(data)
		.map(([k, v]) => `${k}: ${v}`)
		.join('\n')}\n---\n`;
};

const options = {
	hasSource: (id: string) => ['known-source', 'other-source'].includes(id),
	hasChart: (id: string) => id === 'ilo-forced-labour-2022',
	extraTargets: { quiz: '/learn/quiz' },
	citationLabel: { en: (n: number) => `Source ${n}`, fr: (n: number) => `Source ${n}` }
};

const pair = (id: string, en: string, fr: string, extra: { enSlug?: string; frSlug?: string } = {}): ContentFile[] => [
	{ path: `learn/en/${id}.md`, text: front({ slug: extra.enSlug ?? id }) + en },
	{ path: `learn/fr/${id}.md`, text: front({ slug: extra.frSlug ?? `${id}-fr` }) + fr }
];

function problemsOf(files: ContentFile[]): string[] {
	try {
		buildCollection(files, options);
	} catch (error) {
		if (error instanceof ContentError) return error.problems;
		throw error;
	}
	return [];
}

describe('buildCollection', () => {
	it('renders citations as numbered links in order of first use', () => {
		const body = 'Lead.\n\n## One {#one}\n\nA fact [@other-source]. Another [@known-source; @other-source].\n';
		const { pages } = buildCollection(pair('page', body, body), options);
		const en = pages.find((p) => p.locale === 'en');
		expect(en?.citations).toEqual(['other-source', 'known-source']);
		const html = en?.blocks.map((b) => (b.kind === 'html' ? b.html : '')).join('');
		expect(html).toContain('href="#ref-other-source"');
		expect(html).toMatch(/\[<a href="#ref-known-source"[^>]*>2<\/a>, <a href="#ref-other-source"[^>]*>1<\/a>\]/);
	});

	it('localizes internal links and checks their anchors', () => {
		const en = 'Lead.\n\n## Start {#start}\n\nSee [the other](learn:other#end).\n';
		const fr = 'Intro.\n\n## Début {#start}\n\nVoir [l’autre](learn:other#end).\n';
		const other = 'Lead.\n\n## End {#end}\n\nText.\n';
		const { pages } = buildCollection([...pair('page', en, fr), ...pair('other', other, other, { frSlug: 'autre' })], options);
		const html = (locale: string) =>
			pages
				.find((p) => p.id === 'page' && p.locale === locale)
				?.blocks.map((b) => (b.kind === 'html' ? b.html : ''))
				.join('');
		expect(html('en')).toContain('href="/en/learn/other#end"');
		expect(html('fr')).toContain('href="/fr/apprendre/autre#end"');
	});

	it('names the file and the problem for each kind of content error', () => {
		const problems = problemsOf([
			...pair('cites', 'Lead.\n\n## A {#a}\n\nBad [@nope].\n', 'Lead.\n\n## A {#a}\n\nOk.\n'),
			...pair('links', 'Lead.\n\n## A {#a}\n\n[x](learn:missing) [y](learn:cites#zzz)\n', 'Lead.\n\n## A {#a}\n\nOk.\n'),
			...pair('anchors', 'Lead.\n\n## No anchor here\n\nText.\n', 'Lead.\n\n## Sans ancre {#other}\n\nTexte.\n'),
			{ path: 'learn/en/alone.md', text: front({ slug: 'alone' }) + 'Lead.\n' },
			{ path: 'learn/en/bad-front.md', text: front({ slug: 'Bad Slug', order: 'first' }) + 'Lead.\n' },
			{ path: 'learn/fr/bad-front.md', text: front({ slug: 'mauvais' }) + 'Lead.\n' }
		]);
		const has = (pattern: RegExp) =>
			expect(
				problems.some((p) => pattern.test(p)),
				`${pattern} in\n${problems.join('\n')}`
			).toBe(true);
		has(/^learn\/en\/cites\.md: unknown source id "nope"/);
		has(/^learn\/en\/links\.md: broken internal link \(learn:missing\): no page "missing"/);
		has(/^learn\/en\/links\.md: broken internal link \(learn:cites#zzz\): no heading #zzz/);
		has(/^learn\/en\/anchors\.md: "## No anchor here" has no anchor/);
		has(/^learn\/anchors: ## anchors differ between languages/);
		has(/^learn\/alone: missing translation: add content\/learn\/fr\/alone\.md/);
		has(/^learn\/en\/bad-front\.md: invalid front-matter: .*slug: must be lower-case kebab-case/);
		has(/^learn\/en\/bad-front\.md: invalid front-matter: .*order:/);
	});

	it('escapes raw HTML and marks outbound links noreferrer', () => {
		const body = 'Lead <script>alert(1)</script>.\n\n## A {#a}\n\n[site](https://example.org)\n';
		const { pages } = buildCollection(pair('page', body, body), options);
		const html = pages[0]?.blocks.map((b) => (b.kind === 'html' ? b.html : '')).join('') ?? '';
		expect(html).not.toContain('<script>');
		expect(html).toContain('&#60;script&#62;');
		expect(html).toContain('<a href="https://example.org" rel="noreferrer noopener">site</a>');
	});

	it('turns directives into blocks and rejects unknown ones', () => {
		const body = 'Lead.\n\n## A {#a}\n\n::chart[ilo-forced-labour-2022]\n\n::terms\n';
		const { pages } = buildCollection(pair('page', body, body), options);
		expect(pages[0]?.blocks.map((b) => b.kind)).toEqual(['html', 'chart', 'terms']);
		expect(problemsOf(pair('page', 'Lead.\n\n::chart[nope]\n::video\n', 'Lead.\n'))).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/unknown chart "nope"/),
				expect.stringMatching(/unknown directive "::video"/)
			])
		);
	});
});
