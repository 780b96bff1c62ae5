// POST /api/v1/check with a JSON body, answered on Node's request and response (see
// ../direct-routes.ts for why). Everything that decides the answer is shared with the SvelteKit
// route (check-api.ts, endpoint.ts): the rate limit, validation, limits, time budget, CORS and
// problem details. Only reading the body and writing the answer differ. Anything else, uploads
// and wrong media types included, goes on to SvelteKit. The route's cross-site form check has
// nothing to do here: a JSON body is not one a browser's form can send (csrf.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mediaTypeOf, tooLargeBody } from './body.ts';
import { checkJsonBody, JSON_HEADERS } from './check-api.ts';
import { corsHeaders } from './cors.ts';
import { asProblem, rateLimitAddress } from './endpoint.ts';
import { ApiProblem } from './problem.ts';
import { bodyLimit, settings } from './settings.ts';

const PATH = '/api/v1/check';

export interface DirectCheckOptions {
	/** The site's origin, for the links in problem details (the build's, as SvelteKit's event.url). */
	origin: string;
	/** adapter-node's settings for finding the client's address behind a proxy. */
	addressHeader?: string;
	xffDepth?: number;
}

/**
 * The client's address as adapter-node's getClientAddress reads it: the socket's, or behind a proxy
 * the ADDRESS_HEADER (for X-Forwarded-For, the address XFF_DEPTH from the right). "unknown" where
 * adapter-node would throw, as the SvelteKit route's rate limit then uses.
 */
export function clientAddress(req: Pick<IncomingMessage, 'headers' | 'socket'>, addressHeader: string, xffDepth: number): string {
	if (!addressHeader) return req.socket.remoteAddress ?? 'unknown';
	const value = req.headers[addressHeader];
	if (typeof value !== 'string') return 'unknown';
	if (addressHeader !== 'x-forwarded-for') return value;
	const addresses = value.split(',');
	if (xffDepth < 1 || xffDepth > addresses.length) return 'unknown';
	return addresses[addresses.length - xffDepth]?.trim() ?? 'unknown';
}

export function directCheck({ origin, addressHeader = '', xffDepth = 1 }: DirectCheckOptions) {
	const header = addressHeader.toLowerCase();
	const addressOf = (req: IncomingMessage) => clientAddress(req, header, xffDepth);

	async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const cors = corsHeaders(req.headers.origin ?? null, settings.corsOrigins);
		// The client leaving before the answer frees the worker (SvelteKit's request.signal).
		const left = new AbortController();
		res.once('close', () => {
			if (!res.writableFinished) left.abort(new DOMException('the client went away', 'AbortError'));
		});
		try {
			const limits = rateLimitAddress(addressOf(req));
			const body = await readBody(req, bodyLimit);
			const json = await checkJsonBody(body, left.signal);
			res.writeHead(200, { ...JSON_HEADERS, ...limits, ...cors, 'content-length': Buffer.byteLength(json) });
			res.end(json);
		} catch (error) {
			const problem = asProblem(error);
			const text = JSON.stringify(problem.body(origin));
			res.writeHead(problem.status, { ...problem.responseHeaders(cors), 'content-length': Buffer.byteLength(text) });
			res.end(text);
			if (!req.complete) discard(req, bodyLimit);
		}
	}

	/** The direct route: JSON checks, and nothing else. */
	return function serveDirectCheck(req: IncomingMessage, res: ServerResponse): boolean {
		if (req.method !== 'POST') return false;
		const url = req.url ?? '';
		if (url !== PATH && !url.startsWith(`${PATH}?`)) return false;
		if (mediaTypeOf(req.headers['content-type']) !== 'application/json') return false;
		void answer(req, res);
		return true;
	};
}

/**
 * Read and drop what is left of a refused body, so that the client, still sending, gets its answer
 * and the connection stays usable (closing it would fail the client's upload with EPIPE). A body
 * that goes on well past the limit is cut off.
 */
function discard(req: IncomingMessage, limit: number): void {
	let dropped = 0;
	req.on('data', (chunk: Buffer) => {
		dropped += chunk.byteLength;
		if (dropped > 4 * limit) req.destroy();
	});
	req.resume();
}

/**
 * Read a request body up to `limit` bytes, as body.ts's readBody does for a web Request: a body
 * announced or found larger is refused (413) without reading the rest.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
	const announced = Number(req.headers['content-length']);
	if (Number.isFinite(announced) && announced > limit) return Promise.reject(tooLargeBody(announced, limit));
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const done = (error?: unknown) => {
			req.off('data', onData).off('end', onEnd).off('error', onError).off('aborted', onAborted);
			if (error) reject(error);
			else resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
		};
		const onData = (chunk: Buffer) => {
			size += chunk.byteLength;
			if (size > limit) done(tooLargeBody(size, limit, true));
			else chunks.push(chunk);
		};
		const onEnd = () => done();
		const onError = () => done(new ApiProblem('invalid-request', 'The request body could not be read to its end.'));
		const onAborted = () => done(new DOMException('the client went away', 'AbortError'));
		req.on('data', onData).on('end', onEnd).on('error', onError).on('aborted', onAborted);
	});
}
