/**
 * Cross-site request forgery check for form posts.
 *
 * SvelteKit's own check compares the Origin header with the site's origin. Under our
 * `Referrer-Policy: no-referrer`, browsers send `Origin: null` on form posts (Fetch standard,
 * "serializing a request origin"), so that check would refuse every genuine form. This one
 * trusts Fetch Metadata first (`Sec-Fetch-Site: same-origin`, sent by every current browser),
 * then an Origin header naming one of our origins; anything else is refused.
 * https://owasp.org/www-community/attacks/csrf ; https://fetch.spec.whatwg.org/#serializing-a-request-origin
 */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isCrossSiteFormPost(request: Request, allowedOrigins: readonly string[]): boolean {
	if (!UNSAFE_METHODS.has(request.method)) return false;
	const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
	if (!FORM_TYPES.includes(type)) return false;
	const site = request.headers.get('sec-fetch-site');
	if (site === 'same-origin') return false;
	if (site === 'cross-site' || site === 'same-site') return true;
	const origin = request.headers.get('origin');
	return origin === null || !allowedOrigins.includes(origin);
}

/**
 * The same check for the HTTP API (/api/…), narrowed. The API is stateless (no cookies, no
 * session), so a forged request carries nobody's authority; what remains worth refusing is a
 * browser sending a form post from a site that API_CORS_ORIGINS does not list. Programs (curl,
 * scripts) send no Fetch Metadata and pass; JSON requests never reach here, since browsers preflight
 * them (see cors.ts).
 */
export function isCrossSiteApiFormPost(request: Request, corsOrigins: readonly string[]): boolean {
	if (!UNSAFE_METHODS.has(request.method)) return false;
	const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
	if (!FORM_TYPES.includes(type)) return false;
	const site = request.headers.get('sec-fetch-site');
	if (site !== 'cross-site' && site !== 'same-site') return false;
	const origin = request.headers.get('origin');
	return !(origin !== null && (corsOrigins.includes('*') || corsOrigins.includes(origin)));
}
