// The production server: adapter-node's request handler wrapped with security headers, request
// logs and a clean shutdown. `npm start` runs it (scripts/start.ts); so can a process manager:
//   ORIGIN=https://example.org PORT=3000 node --heap-growing-percent=50 app/server/index.ts
// (the V8 flags: server/node-flags.ts). A few hot requests skip SvelteKit: src/lib/server/direct-routes.ts.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { apiConfig, maxBodyBytes } from '../src/lib/server/api/config.ts';
import { directRoute } from '../src/lib/server/direct-routes.ts';
import { log } from '../src/lib/server/log.ts';
import { createPageCache } from './page-cache.ts';
import { securityHeaders } from './security-headers.ts';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const buildDir = resolve(appDir, process.env['BUILD_DIR'] ?? 'build');

// Defaults that make the embedded database land in data/ at the repository root, whatever the
// working directory.
process.env['DATA_DIR'] ??= resolve(appDir, '..', 'data');
process.env['UNCONFLATE_MIGRATIONS'] ??= resolve(appDir, 'drizzle');
// adapter-node refuses request bodies over BODY_SIZE_LIMIT (512K unless set). The Check page's form
// takes a file of up to 10 MB and 1 MB of text without JavaScript; the API reads files up to
// API_MAX_FILE_BYTES and enforces its own limits. The larger of the two wins.
process.env['BODY_SIZE_LIMIT'] ??= String(Math.max(24 * 1024 * 1024, maxBodyBytes(apiConfig(process.env))));

const port = Number(process.env['PORT'] || 3000);
const host = process.env['HOST'] || undefined; // unset: every interface, IPv4 and IPv6 (localhost and 127.0.0.1)
const origin = process.env['ORIGIN'] || `http://localhost:${port}`;
const headers = securityHeaders({ https: origin.startsWith('https:') });

type Handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void;
// Importing the handler starts the app: its init hook opens and migrates the database.
const { handler } = (await import(pathToFileURL(resolve(buildDir, 'handler.js')).href)) as { handler: Handler };

// Requests the app answers on Node's request and response (src/lib/server/direct-routes.ts).
const direct = directRoute();

// PAGE_CACHE=off renders every request (for debugging); the cache is per process and per build.
const cache = process.env['PAGE_CACHE'] === 'off' ? null : createPageCache();

const server = createServer((req, res) => {
	const started = performance.now();
	for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
	res.on('finish', () => {
		// Path only: no query string, address or user agent (they can identify a reader).
		const path = (req.url ?? '/').split('?')[0];
		log.info({ method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request');
	});
	if (direct?.(req, res)) return;
	if (cache?.serve(req, res)) return;
	cache?.capture(req, res);
	handler(req, res, () => {
		res.statusCode = 404;
		res.setHeader('content-type', 'text/plain; charset=utf-8');
		res.end('Not found');
	});
});

server.listen(port, host, () => log.info({ port, host: host ?? 'all interfaces', origin }, `listening on ${origin}`));

let stopping = false;
function stop(signal: string) {
	if (stopping) return;
	stopping = true;
	log.info({ signal }, 'shutting down');
	server.close();
	server.closeIdleConnections();
	// Lets the app close the database (PGlite keeps the process alive otherwise: STACK-NOTES #11).
	process.emit('sveltekit:shutdown' as 'SIGTERM', signal as 'SIGTERM');
	setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
