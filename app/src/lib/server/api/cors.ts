// Cross-origin access to the API from other sites' pages (CORS), off unless API_CORS_ORIGINS lists
// origins. The API sets no cookies and reads none, so credentials are never allowed: a page that
// calls it carries nobody's authority. https://fetch.spec.whatwg.org/#http-cors-protocol

/** Request headers a caller may send (beyond the CORS-safelisted ones). */
const ALLOWED_HEADERS = ['content-type', 'accept', 'accept-language'];
/** Response headers a calling page may read. */
const EXPOSED_HEADERS = 'retry-after, ratelimit-remaining';
/** How long browsers may cache a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = '7200';

export function isAllowedOrigin(origin: string | null, allowed: readonly string[]): origin is string {
	return origin !== null && (allowed.includes('*') || allowed.includes(origin));
}

/**
 * Headers for an actual (non-preflight) response: the origin is named only when allowed. `Vary:
 * Origin` always, so that a shared cache never hands one site's answer to another.
 */
export function corsHeaders(origin: string | null, allowed: readonly string[]): Record<string, string> {
	if (allowed.length === 0) return {};
	if (!isAllowedOrigin(origin, allowed)) return { vary: 'Origin' };
	return {
		'access-control-allow-origin': allowed.includes('*') ? '*' : origin,
		'access-control-expose-headers': EXPOSED_HEADERS,
		vary: 'Origin'
	};
}

export type Preflight =
	{ kind: 'not-preflight' } | { kind: 'allowed'; headers: Record<string, string> } | { kind: 'denied'; reason: string };

/** Answer an OPTIONS request: a CORS preflight for one of `methods`, or a plain OPTIONS. */
export function preflight(request: Request, methods: readonly string[], allowed: readonly string[]): Preflight {
	const origin = request.headers.get('origin');
	const method = request.headers.get('access-control-request-method');
	if (origin === null || method === null) return { kind: 'not-preflight' };
	if (!isAllowedOrigin(origin, allowed)) {
		return {
			kind: 'denied',
			reason:
				allowed.length === 0
					? 'This server allows no cross-origin calls to its API (API_CORS_ORIGINS is not set).'
					: `The origin ${origin} is not in this server's API_CORS_ORIGINS.`
		};
	}
	if (!methods.includes(method.toUpperCase())) {
		return { kind: 'denied', reason: `The method ${method} is not allowed here; allowed: ${methods.join(', ')}.` };
	}
	const requested = (request.headers.get('access-control-request-headers') ?? '')
		.split(',')
		.map((h) => h.trim().toLowerCase())
		.filter(Boolean);
	const refused = requested.filter((h) => !ALLOWED_HEADERS.includes(h));
	if (refused.length > 0) {
		return {
			kind: 'denied',
			reason: `The request headers ${refused.join(', ')} are not allowed; allowed: ${ALLOWED_HEADERS.join(', ')}.`
		};
	}
	return {
		kind: 'allowed',
		headers: {
			'access-control-allow-origin': allowed.includes('*') ? '*' : origin,
			'access-control-allow-methods': methods.join(', '),
			'access-control-allow-headers': ALLOWED_HEADERS.join(', '),
			'access-control-max-age': PREFLIGHT_MAX_AGE,
			vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers'
		}
	};
}
