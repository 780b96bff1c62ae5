import { apiRoute } from '#lib/server/api/endpoint.ts';
import { openApiDocument } from '#lib/server/api/openapi.ts';
import { settings } from '#lib/server/api/settings.ts';

let body: string | undefined;

export const { GET, OPTIONS, fallback } = apiRoute({
	GET: ({ url }) => {
		body ??= JSON.stringify(openApiDocument(url.origin, settings), null, '\t');
		return new Response(body, {
			headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'max-age=3600' }
		});
	}
});
