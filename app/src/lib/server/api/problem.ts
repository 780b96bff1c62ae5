// Errors of the HTTP API as RFC 9457 problem details (application/problem+json): a `type` that
// links to its explanation on the API page, a short `title`, the `status`, and a `detail` that
// names the reason in words. Extension members: `code` (stable, for programs), `errors` (the
// validation issues) and `reason`/`line` for documents that cannot be read.
// https://www.rfc-editor.org/rfc/rfc9457

/** Every problem the API answers with, its status and title. The docs page has one entry per code. */
export const PROBLEMS = {
	'invalid-json': { status: 400, title: 'Invalid JSON' },
	'invalid-request': { status: 400, title: 'Invalid request' },
	'invalid-form': { status: 400, title: 'Invalid form data' },
	'cross-site-form': { status: 403, title: 'Cross-site form refused' },
	'origin-not-allowed': { status: 403, title: 'Origin not allowed' },
	'not-found': { status: 404, title: 'Not found' },
	'method-not-allowed': { status: 405, title: 'Method not allowed' },
	'too-large': { status: 413, title: 'Content too large' },
	'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
	'unreadable-document': { status: 422, title: 'Unreadable document' },
	'rate-limited': { status: 429, title: 'Too many requests' },
	'internal-error': { status: 500, title: 'Internal error' },
	'time-budget-exceeded': { status: 503, title: 'Time budget exceeded' },
	busy: { status: 503, title: 'Server busy' }
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

export interface Problem {
	type: string;
	title: string;
	status: number;
	detail: string;
	code: ProblemCode;
	[extension: string]: unknown;
}

/** Where a problem type is explained: its entry on the English API page. */
export function problemType(code: ProblemCode, origin: string): string {
	return `${origin}/en/check/api#error-${code}`;
}

/** A problem the API raises; `toResponse` turns it into the HTTP answer. */
export class ApiProblem extends Error {
	readonly code: ProblemCode;
	readonly extensions: Record<string, unknown>;
	readonly headers: Record<string, string>;
	constructor(
		code: ProblemCode,
		detail: string,
		{ extensions = {}, headers = {} }: { extensions?: Record<string, unknown>; headers?: Record<string, string> } = {}
	) {
		super(asSentence(detail));
		this.name = 'ApiProblem';
		this.code = code;
		this.extensions = extensions;
		this.headers = headers;
	}

	get status(): number {
		return PROBLEMS[this.code].status;
	}

	body(origin: string): Problem {
		const { status, title } = PROBLEMS[this.code];
		return { type: problemType(this.code, origin), title, status, detail: this.message, code: this.code, ...this.extensions };
	}

	/** The answer's headers: the problem's own, then `headers` (CORS) over them. */
	responseHeaders(headers: Record<string, string> = {}): Record<string, string> {
		return { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...this.headers, ...headers };
	}

	toResponse(origin: string, headers: Record<string, string> = {}): Response {
		return new Response(JSON.stringify(this.body(origin)), { status: this.status, headers: this.responseHeaders(headers) });
	}
}

/** One validation issue, with the path as dotted text (`items.3.text`) so that people can read it. */
export interface Issue {
	path: string;
	message: string;
}

/** Zod's issues as the problem's `errors` member and a detail sentence that names the first ones. */
export function invalidRequest(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>, what = 'request'): ApiProblem {
	const errors: Issue[] = issues.map((issue) => ({
		path: issue.path.map((p) => String(p)).join('.'),
		message: issue.message
	}));
	const named = errors
		.slice(0, 3)
		.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))
		.join('; ');
	const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
	return new ApiProblem('invalid-request', `The ${what} does not match the schema: ${named}${more}.`, { extensions: { errors } });
}

/** One full stop at the end, whatever the quoted error message ended with. */
export function asSentence(text: string): string {
	const trimmed = text.trim().replace(/[.\s]+$/, '');
	return `${trimmed}.`;
}
