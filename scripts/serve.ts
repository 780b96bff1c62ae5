// `npm run serve`: serve the existing production build (app/build) in a process of its own, with
// the server's V8 heap settings (app/server/node-flags.ts). `npm start` builds first, then does this.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '../app/server/node-flags.ts';

const server = fileURLToPath(new URL('../app/server/index.ts', import.meta.url));

/** Run the server until it exits; this process then exits with its code. */
export function serve(): void {
	const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, server], { stdio: 'inherit' });
	// A terminal's Ctrl-C reaches both processes; a process manager's SIGTERM reaches this one only.
	// The server shuts down cleanly once, whichever arrives (server/index.ts ignores a second one).
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.on(signal, () => child.kill(signal));
	}
	child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (import.meta.main) serve();
