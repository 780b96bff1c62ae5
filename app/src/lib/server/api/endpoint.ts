// What every API route shares: CORS, the cross-site form check, the rate limit, and errors as
// problem details. Routes stay thin: `export const { POST, OPTIONS, fallback } = apiRoute({ POST: … })`.
import { createHmac, randomBytes } from 'node:crypto';
import type { RequestEvent } from '@sveltejs/kit';
import { DocumentError } from '@unconflate/documents';
import { CheckBusyError, CheckTimeoutError } from '../check/pool.ts';
import { isCrossSiteApiFormPost } from '../csrf.ts';
import { log } from '../log.ts';
import { corsHeaders, preflight } from './cors.ts';
import { ApiProblem } from './problem.ts';
import { buckets, settings } from './settings.ts';

type Handler = (event: RequestEvent) => Promise<Response> | Response;
type Method = 'GET' | 'POST';

/** Merge headers into a response, adding to `Vary` rather than replacing it. */
function withHeaders(response: Response, headers: Record<string, string>): Response {
	for (const [name, value] of Object.entries(headers)) {
		if (name === 'vary' && response.headers.has('vary'))
			response.headers.set('vary', `${response.headers.get('vary')}, ${value}`);
		else response.headers.set(name, value);
	}
	return response;
}

/** The answer for an error: problems as they are; anything else is a bug, logged without request data. */
export function problemResponse(error: unknown, origin: string, headers: Record<string, string> = {}): Response {
	return asProblem(error).toResponse(origin, headers);
}

/** The problem an error is for the client: 503 for the pool's refusals, 422 for documents, 500 for the rest. */
export function asProblem(error: unknown): ApiProblem {
	if (error instanceof ApiProblem) return error;
	if (error instanceof CheckTimeoutError) {
		return new ApiProblem(
			'time-budget-exceeded',
			`The analysis took longer than this server's time budget (${settings.timeBudgetMs} ms) and was stopped. Send a shorter text or split the document.`,
			{ extensions: { budgetMs: settings.timeBudgetMs } }
		);
	}
	if (error instanceof CheckBusyError) {
		return new ApiProblem('busy', 'Too many checks are waiting on this server; try again in a few seconds.', {
			headers: { 'retry-after': '5' }
		});
	}
	if (error instanceof DocumentError) return documentProblem(error);
	if (error instanceof Error && error.name === 'AbortError') {
		// The client left before the answer: nothing went wrong on this side, and nobody reads this.
		return new ApiProblem('internal-error', 'The request was cancelled before its analysis ended.');
	}
	// The error's class and stack frames only: a message could quote the text.
	const stack = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 8).join('\n') : '';
	log.error({ error: error instanceof Error ? error.name : typeof error, stack }, 'api: unexpected error');
	return new ApiProblem('internal-error', 'The server failed to answer; the problem has been logged (without your text).');
}

/** A document that cannot be read: 422 naming the reason (the code of @unconflate/documents). */
export function documentProblem(error: DocumentError): ApiProblem {
	// The upload's own size is checked before reading, so "too large" here means a .docx that would
	// unpack past the limit: a zip bomb as far as this server is concerned.
	const reason = error.code === 'too-large' ? 'zip-bomb' : error.code;
	const line = error.line === null ? {} : { line: error.line };
	const detail = `The document cannot be read: ${error.message}${error.line === null ? '' : ` (line ${error.line})`}.`;
	return new ApiProblem('unreadable-document', detail, { extensions: { reason, ...line } });
}

// Rate-limit keys are keyed hashes of the client's address, with a key made at start: the
// address itself is never kept, logged or written anywhere.
const addressKey = randomBytes(32);

/** The client's address as the adapter reads it (ADDRESS_HEADER behind a proxy), or "unknown". */
function addressOf(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

/** Spend `cost` of this client's tokens, or refuse with 429 and Retry-After. */
export function rateLimit(event: RequestEvent, cost = 1): Record<string, string> {
	return rateLimitAddress(addressOf(event), cost);
}

/** rateLimit for a client known by its address (the direct route reads it from the socket). */
export function rateLimitAddress(address: string, cost = 1): Record<string, string> {
	if (!buckets) return {};
	const key = createHmac('sha256', addressKey).update(address).digest('base64url').slice(0, 22);
	const taken = buckets.take(key, cost);
	if (taken.ok) return { 'ratelimit-remaining': String(taken.remaining) };
	throw new ApiProblem(
		'rate-limited',
		`Too many requests from your address: this server allows ${settings.ratePerMinute} checks a minute (${settings.rateBurst} at once). Try again in ${taken.retryAfterSeconds} s.`,
		{ headers: { 'retry-after': String(taken.retryAfterSeconds), 'ratelimit-remaining': '0' } }
	);
}

/** Handlers for one API route: the given methods, OPTIONS (CORS preflight), and 405 for the rest. */
export function apiRoute(handlers: Partial<Record<Method, Handler>>) {
	const methods = Object.keys(handlers) as Method[];
	const allow = [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');

	const wrap =
		(handler: Handler): Handler =>
		async (event) => {
			const cors = corsHeaders(event.request.headers.get('origin'), settings.corsOrigins);
			try {
				if (isCrossSiteApiFormPost(event.request, settings.corsOrigins)) {
					throw new ApiProblem(
						'cross-site-form',
						'Browsers may send forms to this API only from this site or from an origin in its API_CORS_ORIGINS.'
					);
				}
				return withHeaders(await handler(event), cors);
			} catch (error) {
				return problemResponse(error, event.url.origin, cors);
			}
		};

	const OPTIONS: Handler = ({ request, url }) => {
		const answer = preflight(request, methods, settings.corsOrigins);
		if (answer.kind === 'allowed') return new Response(null, { status: 204, headers: answer.headers });
		if (answer.kind === 'denied')
			return new ApiProblem('origin-not-allowed', answer.reason).toResponse(url.origin, { vary: 'Origin' });
		return new Response(null, { status: 204, headers: { allow } });
	};

	const fallback: Handler = ({ request, url }) =>
		new ApiProblem('method-not-allowed', `${request.method} is not allowed on ${url.pathname}; allowed: ${allow}.`, {
			headers: { allow }
		}).toResponse(url.origin, corsHeaders(request.headers.get('origin'), settings.corsOrigins));

	return {
		GET: handlers.GET && wrap(handlers.GET),
		POST: handlers.POST && wrap(handlers.POST),
		OPTIONS,
		fallback
	};
}
