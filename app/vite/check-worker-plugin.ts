import { dirname, posix, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

const ID = 'virtual:unconflate/check-worker';
const PLACEHOLDER = '__UNCONFLATE_CHECK_WORKER_PATH__';

/**
 * The check worker's file URL (src/lib/server/check/worker.ts), for worker_threads. In `vite dev`
 * and in Vitest, Node runs the TypeScript source itself. In the production build the worker is
 * emitted as a chunk of the server bundle (adapter-node copies the whole server output), and the
 * URL is made relative to the chunk that asks for it: `import.meta.ROLLUP_FILE_URL_…` would give a
 * public asset path there, not a file.
 */
export function checkWorkerPlugin(workerPath: string): Plugin {
	let command: 'build' | 'serve' = 'serve';
	let reference: string | undefined;
	return {
		name: 'unconflate-check-worker',
		configResolved(config) {
			command = config.command;
		},
		buildStart() {
			reference = undefined;
		},
		resolveId(id) {
			return id === ID ? `\0${ID}` : undefined;
		},
		load(id) {
			if (id !== `\0${ID}`) return undefined;
			if (command === 'serve') return `export default ${JSON.stringify(pathToFileURL(workerPath).href)};`;
			if (this.environment.name !== 'ssr') this.error(`${ID} is server-only`);
			reference = this.emitFile({ type: 'chunk', id: workerPath, name: 'check-worker' });
			return `export default new URL(${JSON.stringify(PLACEHOLDER)}, import.meta.url).href;`;
		},
		renderChunk(code, chunk) {
			if (!reference || !code.includes(PLACEHOLDER)) return null;
			const worker = this.getFileName(reference);
			let path = relative(dirname(chunk.fileName), worker).split(sep).join(posix.sep);
			if (!path.startsWith('.')) path = `./${path}`;
			return { code: code.replaceAll(PLACEHOLDER, path), map: null };
		}
	};
}

export const CHECK_WORKER_SOURCE = fileURLToPath(new URL('../src/lib/server/check/worker.ts', import.meta.url));
