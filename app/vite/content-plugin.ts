import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { ruleIds } from '@unconflate/analyzer/docs';
import { findSource, iloForcedLabour2022 } from '@unconflate/knowledge';
import { buildCollection, type Collection } from '../src/lib/content/collection.ts';
import { rulePathEntries } from '../src/lib/i18n/paths.ts';
import { parseQuiz, type Question } from '../src/lib/quiz/questions.ts';

const CONTENT_ID = 'virtual:unconflate/content';
const PATHS_ID = 'virtual:unconflate/paths';
const CHARTS = new Set<string>([iloForcedLabour2022.id]);

function listMarkdown(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.md'))
		.map((file) => join(dir, file));
}

/** Read, validate and render all content under `contentDir`. Throws listing every problem. */
export function loadContent(contentDir: string): { collection: Collection; questions: Question[] } {
	const files = ['learn', 'pages'].flatMap((section) =>
		listMarkdown(join(contentDir, section)).map((path) => ({
			path: relative(contentDir, path).split(sep).join('/'),
			text: readFileSync(path, 'utf8')
		}))
	);
	const collection = buildCollection(files, {
		hasSource: (id) => findSource(id) !== undefined,
		hasChart: (id) => CHARTS.has(id),
		extraTargets: { quiz: '/learn/quiz', sources: '/learn/sources' },
		citationLabel: { en: (n) => `Source ${n}`, fr: (n) => `Source ${n}` }
	});
	const questions = parseQuiz(readFileSync(join(contentDir, 'quiz', 'questions.yaml'), 'utf8'), {
		hasSource: (id) => findSource(id) !== undefined,
		hasAnchor: (pageId, anchor, locale) =>
			collection.pages.some(
				(p) => p.section === 'learn' && p.id === pageId && p.locale === locale && p.headings.some((h) => h.id === anchor)
			)
	});
	return { collection, questions };
}

/**
 * Content is compiled at build time: a content error fails `vite build` (and shows in `vite dev`)
 * with the file and the problem, and the server ships pre-rendered HTML instead of a parser.
 */
export function contentPlugin(contentDir: string): Plugin {
	let cache: ReturnType<typeof loadContent> | undefined;
	const load = () => (cache ??= loadContent(contentDir));
	return {
		name: 'unconflate-content',
		buildStart() {
			cache = undefined;
			try {
				load();
			} catch (error) {
				this.error((error as Error).message);
			}
		},
		resolveId(id) {
			if (id === CONTENT_ID || id === PATHS_ID) return `\0${id}`;
			return undefined;
		},
		load(id) {
			if (id === `\0${CONTENT_ID}`) {
				const { collection, questions } = load();
				return `export const pages = ${JSON.stringify(collection.pages)};\nexport const questions = ${JSON.stringify(questions)};`;
			}
			if (id === `\0${PATHS_ID}`) {
				// Content pages, then the checker's rule pages (one per rule of the analyzer).
				const entries = [...load().collection.paths, ...rulePathEntries(ruleIds)];
				return `export const pathEntries = ${JSON.stringify(entries)};`;
			}
			return undefined;
		},
		configureServer(server) {
			server.watcher.add(contentDir);
			server.watcher.on('change', (file) => {
				if (!file.startsWith(contentDir)) return;
				cache = undefined;
				for (const id of [CONTENT_ID, PATHS_ID]) {
					const mod = server.moduleGraph.getModuleById(`\0${id}`);
					if (mod) server.moduleGraph.invalidateModule(mod);
				}
				server.ws.send({ type: 'full-reload' });
			});
		}
	};
}
