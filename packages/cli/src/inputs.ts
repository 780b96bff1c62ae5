import { stat } from 'node:fs/promises';
import { extname, isAbsolute, resolve, sep } from 'node:path';
import { escapePath, glob, isDynamicPattern } from 'tinyglobby';
import type { InputError, Source, SourceKind } from './types.ts';

const KINDS: Record<string, SourceKind> = {
	'.md': 'markdown',
	'.markdown': 'markdown',
	'.html': 'html',
	'.htm': 'html',
	'.pdf': 'pdf',
	'.docx': 'docx',
	'.jsonl': 'jsonl',
	'.ndjson': 'jsonl',
	'.csv': 'csv'
};

/** Extensions searched for in a folder given as an input. */
export const FOLDER_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'pdf', 'docx', 'jsonl', 'ndjson', 'csv'];
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** What a file is, from its extension: anything unknown is read as plain text. */
export function kindOf(path: string): SourceKind {
	return KINDS[extname(path).toLowerCase()] ?? 'text';
}

/**
 * Inputs as files: "-" is stdin, an existing file is itself, a folder is searched for the
 * extensions above, anything else is a glob. A missing file or a glob that matches nothing is an
 * input error; each file is checked once, in the order given (a glob's matches sorted).
 */
export async function resolveInputs(args: readonly string[], cwd: string): Promise<{ sources: Source[]; errors: InputError[] }> {
	const sources: Source[] = [];
	const errors: InputError[] = [];
	const seen = new Set<string>();
	const add = (path: string) => {
		const key = path === '-' ? '-' : resolve(cwd, path);
		if (seen.has(key)) return;
		seen.add(key);
		sources.push({ path: toPosix(path), file: key, kind: path === '-' ? 'text' : kindOf(path) });
	};

	for (const arg of args) {
		if (arg === '-') {
			add('-');
			continue;
		}
		const info = await stat(resolve(cwd, arg)).catch(() => null);
		if (info?.isFile()) {
			add(arg);
			continue;
		}
		let pattern = arg;
		if (info?.isDirectory()) pattern = `${escapePath(toPosix(arg)).replace(/\/+$/, '')}/**/*.{${FOLDER_EXTENSIONS.join(',')}}`;
		else if (!isDynamicPattern(arg)) {
			errors.push({ source: arg, line: null, reason: info ? 'not a regular file' : 'no such file or folder' });
			continue;
		}
		const matches = await glob(pattern, {
			cwd,
			absolute: isAbsolute(arg),
			onlyFiles: true,
			ignore: IGNORE,
			expandDirectories: false
		});
		if (matches.length === 0) {
			errors.push({ source: arg, line: null, reason: info ? 'no files to check in this folder' : 'no files match this glob' });
			continue;
		}
		for (const match of matches.sort()) add(match);
	}
	return { sources, errors };
}

/** Paths in reports use forward slashes everywhere (as SARIF's URIs do). */
function toPosix(path: string): string {
	return sep === '\\' ? path.replaceAll('\\', '/') : path;
}
