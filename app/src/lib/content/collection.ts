import { LOCALES, isLocale, type Locale } from '../i18n/locales.ts';
import { createPathTable, localizePath, type LearnSlugs, type PathTable } from '../i18n/paths.ts';
import { parseFrontMatter, type FrontMatter } from './front-matter.ts';
import { renderMarkdown, type Block, type Heading } from './markdown.ts';

/** A content file as read from disk: its path relative to `app/content/` and its text. */
export interface ContentFile {
	path: string;
	text: string;
}

/** Which collection a page belongs to: Learn pages, or fixed pages such as quick exit. */
export type Section = 'learn' | 'pages';

export interface Page extends FrontMatter {
	id: string;
	section: Section;
	locale: Locale;
	/** Canonical route, without language: `/learn/what-is-sex-work`. */
	route: string;
	blocks: Block[];
	headings: Heading[];
	citations: string[];
}

export interface Collection {
	pages: Page[];
	paths: PathTable;
}

/** All problems found in content, one line each, naming the file. */
export class ContentError extends Error {
	readonly problems: string[];

	constructor(problems: string[]) {
		super(`Content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ContentError';
		this.problems = problems;
	}
}

export interface CollectionOptions {
	hasSource(id: string): boolean;
	hasChart(id: string): boolean;
	/** Link targets that are not pages but exist (e.g. `quiz`), per canonical route. */
	extraTargets: Record<string, string>;
	citationLabel: Record<Locale, (n: number) => string>;
}

const FILE = /^(learn|pages)\/([a-z]{2})\/([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/**
 * Parse, validate and render every content file. Throws a ContentError listing every problem
 * (missing translation, bad front-matter, unknown source, broken link) with the file it is in.
 */
export function buildCollection(files: readonly ContentFile[], options: CollectionOptions): Collection {
	const problems: string[] = [];
	type Parsed = { file: string; id: string; section: Section; locale: Locale; data: FrontMatter; body: string };
	const parsed: Parsed[] = [];

	for (const file of files) {
		const match = FILE.exec(file.path);
		if (!match) {
			problems.push(`${file.path}: content files must be named <learn|pages>/<en|fr>/<kebab-case-id>.md`);
			continue;
		}
		const [, section, locale, id] = match as unknown as [string, Section, string, string];
		if (!isLocale(locale)) {
			problems.push(`${file.path}: unknown language "${locale}" (expected one of ${LOCALES.join(', ')})`);
			continue;
		}
		try {
			const { data, body } = parseFrontMatter(file.text);
			parsed.push({ file: file.path, id, section, locale, data, body });
		} catch (error) {
			problems.push(`${file.path}: ${(error as Error).message}`);
		}
	}

	// Every page exists in every language, with the same order.
	const ids = new Set(parsed.map((p) => `${p.section}/${p.id}`));
	for (const key of ids) {
		const versions = parsed.filter((p) => `${p.section}/${p.id}` === key);
		for (const locale of LOCALES) {
			if (!versions.some((v) => v.locale === locale)) {
				problems.push(`${key}: missing translation: add content/${key.replace('/', `/${locale}/`)}.md`);
			}
		}
		const orders = new Set(versions.map((v) => v.data.order));
		if (orders.size > 1) problems.push(`${key}: "order" differs between languages (${[...orders].join(' vs ')})`);
	}
	for (const locale of LOCALES) {
		const seen = new Map<string, string>();
		for (const p of parsed.filter((q) => q.locale === locale)) {
			const other = seen.get(`${p.section}/${p.data.slug}`);
			if (other) problems.push(`${p.file}: slug "${p.data.slug}" is also used by ${other}`);
			seen.set(`${p.section}/${p.data.slug}`, p.file);
		}
	}

	const slugsOf = (section: Section): LearnSlugs[] =>
		[...new Set(parsed.filter((p) => p.section === section).map((p) => p.id))].map((id) => ({
			id,
			slugs: Object.fromEntries(
				LOCALES.map((l) => [l, parsed.find((p) => p.id === id && p.section === section && p.locale === l)?.data.slug ?? id])
			) as Record<Locale, string>
		}));
	const paths = createPathTable(slugsOf('learn'), slugsOf('pages'));
	const routeOf = (section: Section, id: string) => (section === 'learn' ? `/learn/${id}` : `/${id}`);

	// Anchors come from a first render, so that links can be checked against them.
	const first = parsed.map((p) =>
		renderMarkdown(p.body, {
			resolveLink: () => ({ href: '#' }),
			hasSource: () => true,
			hasChart: () => true,
			citationLabel: () => ''
		})
	);
	const anchors = new Map<string, Set<string>>();
	parsed.forEach((p, i) => {
		const key = `${routeOf(p.section, p.id)}|${p.locale}`;
		anchors.set(key, new Set(first[i]?.headings.map((h) => h.id)));
	});

	const pages: Page[] = [];
	for (const p of parsed) {
		const route = routeOf(p.section, p.id);
		const rendered = renderMarkdown(p.body, {
			hasSource: options.hasSource,
			hasChart: options.hasChart,
			citationLabel: options.citationLabel[p.locale],
			resolveLink(target) {
				const [id = '', anchor] = target.split('#');
				const targetRoute =
					options.extraTargets[id] ?? (ids.has(`learn/${id}`) ? `/learn/${id}` : ids.has(`pages/${id}`) ? `/${id}` : undefined);
				if (!targetRoute) return { error: `no page "${id}"` };
				if (anchor && !anchors.get(`${targetRoute}|${p.locale}`)?.has(anchor)) {
					return { error: `no heading #${anchor} on "${id}" (${p.locale})` };
				}
				return { href: localizePath(paths, targetRoute + (anchor ? `#${anchor}` : ''), p.locale) };
			}
		});
		for (const error of rendered.errors) problems.push(`${p.file}: ${error}`);
		pages.push({
			...p.data,
			id: p.id,
			section: p.section,
			locale: p.locale,
			route,
			blocks: rendered.blocks,
			headings: rendered.headings,
			citations: rendered.citations
		});
	}

	// Headings anchor the language switcher, so h2 anchors must match across languages.
	for (const key of ids) {
		const [section = '', id = ''] = key.split('/');
		const sets = LOCALES.map((l) => pages.find((p) => p.section === section && p.id === id && p.locale === l));
		const [a, b] = sets;
		if (!a || !b) continue;
		const h2 = (page: Page) =>
			page.headings
				.filter((h) => h.depth === 2)
				.map((h) => h.id)
				.join(',');
		if (h2(a) !== h2(b)) {
			problems.push(`${key}: ## anchors differ between languages (en: ${h2(a) || 'none'}; fr: ${h2(b) || 'none'})`);
		}
	}

	if (problems.length > 0) throw new ContentError([...new Set(problems)]);
	pages.sort((x, y) => x.order - y.order || x.id.localeCompare(y.id));
	return { pages, paths };
}
