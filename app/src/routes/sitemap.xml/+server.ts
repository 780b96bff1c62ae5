import { sitemapPaths } from '#lib/i18n/routes.ts';
import type { RequestHandler } from './$types';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Every page in both languages, each naming its translation (hreflang alternates). */
export const GET: RequestHandler = ({ url }) => {
	const entries = sitemapPaths().flatMap((alternates) =>
		Object.values(alternates).map((path) => {
			const links = Object.entries(alternates)
				.map(([lang, alt]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escape(url.origin + alt)}"/>`)
				.join('');
			return `<url><loc>${escape(url.origin + path)}</loc>${links}</url>`;
		})
	);
	const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"><url><loc>${escape(url.origin)}/</loc></url>${entries.join('')}</urlset>\n`;
	return new Response(body, {
		headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' }
	});
};
