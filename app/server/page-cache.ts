import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * An in-memory cache of public pages, in front of SvelteKit. Learn pages are the same for every
 * reader (no cookies, no personalisation, no nonce: they ship no inline script), so rendering
 * them once per process and serving them compressed from memory is what lets a 2-core machine
 * answer hundreds of readers at once. Only responses that the app marks `cache-control: public`
 * are kept; nothing with a cookie or a CSP nonce is.
 */
interface Entry {
	status: number;
	headers: OutgoingHttpHeaders;
	identity: Buffer;
	br: Buffer;
	gzip: Buffer;
}

export interface PageCache {
	/** Serve from the cache; returns false when the caller must render. */
	serve(req: IncomingMessage, res: ServerResponse): boolean;
	/** Watch this response and keep it when it is cacheable. */
	capture(req: IncomingMessage, res: ServerResponse): void;
	readonly size: number;
}

const MAX_BODY = 512 * 1024;

function cacheKey(req: IncomingMessage): string | null {
	if (req.method !== 'GET' && req.method !== 'HEAD') return null;
	const url = req.url ?? '';
	// Query strings are never cached: they would let anyone fill the cache with variants.
	if (url.includes('?') || !url.startsWith('/')) return null;
	return url;
}

function pickEncoding(accept: string | undefined): 'br' | 'gzip' | 'identity' {
	const value = (accept ?? '').toLowerCase();
	if (/\bbr\b/.test(value)) return 'br';
	if (/\bgzip\b/.test(value)) return 'gzip';
	return 'identity';
}

function isCacheable(status: number, headers: OutgoingHttpHeaders): boolean {
	const cacheControl = String(headers['cache-control'] ?? '');
	const csp = String(headers['content-security-policy'] ?? '');
	return (
		status === 200 &&
		/\bpublic\b/.test(cacheControl) &&
		headers['set-cookie'] === undefined &&
		headers['content-encoding'] === undefined &&
		!csp.includes("'nonce-")
	);
}

export function createPageCache({ maxEntries = 500 }: { maxEntries?: number } = {}): PageCache {
	const entries = new Map<string, Entry>();

	return {
		get size() {
			return entries.size;
		},

		serve(req, res) {
			const key = cacheKey(req);
			const entry = key ? entries.get(key) : undefined;
			if (!entry) return false;
			const encoding = pickEncoding(req.headers['accept-encoding']);
			const body = encoding === 'identity' ? entry.identity : entry[encoding];
			const headers: OutgoingHttpHeaders = { ...entry.headers, 'content-length': body.length, vary: 'Accept-Encoding' };
			if (encoding !== 'identity') headers['content-encoding'] = encoding;
			if (req.headers['if-none-match'] && req.headers['if-none-match'] === entry.headers['etag']) {
				res.writeHead(304, { etag: String(entry.headers['etag']), 'cache-control': String(entry.headers['cache-control']) });
				res.end();
				return true;
			}
			res.writeHead(entry.status, headers);
			res.end(req.method === 'HEAD' ? undefined : body);
			return true;
		},

		capture(req, res) {
			const key = cacheKey(req);
			if (!key || req.method !== 'GET') return;
			const chunks: Buffer[] = [];
			let size = 0;
			let overflow = false;
			const write = res.write.bind(res) as (...args: unknown[]) => boolean;
			const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
			const keep = (chunk: unknown, encoding?: unknown) => {
				if (overflow || chunk === undefined || chunk === null || typeof chunk === 'function') return;
				const buffer = Buffer.isBuffer(chunk)
					? chunk
					: typeof chunk === 'string'
						? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
						: Buffer.from(chunk as Uint8Array);
				size += buffer.length;
				if (size > MAX_BODY) overflow = true;
				else chunks.push(buffer);
			};
			res.write = ((chunk: unknown, ...rest: unknown[]) => {
				keep(chunk, rest[0]);
				return write(chunk, ...rest);
			}) as typeof res.write;
			res.end = ((chunk?: unknown, ...rest: unknown[]) => {
				keep(chunk, rest[0]);
				const result = end(chunk, ...rest);
				const headers = res.getHeaders();
				if (!overflow && isCacheable(res.statusCode, headers) && entries.size < maxEntries) {
					const identity = Buffer.concat(chunks);
					const stored: OutgoingHttpHeaders = { ...headers };
					delete stored['content-length'];
					delete stored['date'];
					delete stored['connection'];
					delete stored['keep-alive'];
					entries.set(key, {
						status: res.statusCode,
						headers: stored,
						identity,
						br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
						gzip: gzipSync(identity, { level: 9 })
					});
				}
				return result;
			}) as typeof res.end;
		}
	};
}
