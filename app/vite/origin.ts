/** The names a loopback server answers to: a page served on one must accept forms from the others. */
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The public origin the build is made for (adapter-node 6 fixes it at build time): ORIGIN, or
 * http://localhost:PORT. Throws with a readable message on a malformed value.
 */
export function resolveOrigin(env: Record<string, string | undefined>): string {
	const raw = env['ORIGIN'] || `http://localhost:${env['PORT'] || '3000'}`;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`ORIGIN must be a URL such as https://unconflate.example.org (got "${raw}")`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		throw new Error(`ORIGIN must start with http:// or https:// (got "${raw}")`);
	return url.origin;
}

/** The same origin under the other loopback names, so that localhost and 127.0.0.1 both work. */
export function loopbackAliases(origin: string): string[] {
	const url = new URL(origin);
	if (!LOOPBACK.includes(url.hostname)) return [];
	return LOOPBACK.filter((host) => host !== url.hostname).map(
		(host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`
	);
}
