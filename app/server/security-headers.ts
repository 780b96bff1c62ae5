/**
 * Headers every response carries, static files included. Pages get their own strict
 * Content-Security-Policy (with nonces) from SvelteKit; the one here covers everything else.
 */
export function securityHeaders({ https }: { https: boolean }): Record<string, string> {
	const headers: Record<string, string> = {
		'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
		'x-content-type-options': 'nosniff',
		'x-frame-options': 'DENY',
		'referrer-policy': 'no-referrer',
		'permissions-policy':
			'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()',
		'cross-origin-opener-policy': 'same-origin',
		'cross-origin-resource-policy': 'same-origin'
	};
	// HSTS only means something over https; sent over http it would be ignored anyway.
	if (https) headers['strict-transport-security'] = 'max-age=63072000; includeSubDomains';
	return headers;
}
