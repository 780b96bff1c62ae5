import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.ts';

describe('securityHeaders', () => {
	it('forbids framing, referrers, sniffing and powerful features on every response', () => {
		const headers = securityHeaders({ https: false });
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['referrer-policy']).toBe('no-referrer');
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['permissions-policy']).toContain('camera=()');
		expect(headers['permissions-policy']).toContain('geolocation=()');
	});

	it('adds HSTS only when served over https', () => {
		expect(securityHeaders({ https: false })['strict-transport-security']).toBeUndefined();
		expect(securityHeaders({ https: true })['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
	});
});
