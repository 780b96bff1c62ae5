import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What a build depends on: sources, content, messages, config and the lockfile. */
const INPUTS = [
	'app/src',
	'app/content',
	'app/messages',
	'app/static',
	'app/vite',
	'app/vite.config.ts',
	'app/project.inlang/settings.json',
	'app/package.json',
	'packages/knowledge/src',
	'packages/analyzer/src',
	'packages/documents/src',
	'packages/evaluation/src',
	'package-lock.json'
];
const SKIP = new Set(['node_modules', 'paraglide', '.svelte-kit']);

function* files(path: string): Generator<string> {
	if (!existsSync(path)) return;
	if (statSync(path).isFile()) {
		yield path;
		return;
	}
	for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		if (SKIP.has(entry.name)) continue;
		yield* files(join(path, entry.name));
	}
}

/**
 * A fingerprint of the build's inputs and of the origin it is built for: `npm start` rebuilds
 * when either changes (adapter-node 6 fixes the origin at build time).
 */
export function buildStamp(root: string, origin: string): string {
	const hash = createHash('sha256').update(`origin=${origin}\n`);
	for (const input of INPUTS) {
		for (const file of files(join(root, input))) {
			if (/\.test\.ts$/.test(file)) continue;
			hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
		}
	}
	return hash.digest('hex');
}
