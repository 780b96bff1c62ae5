import { ApiProblem } from '#lib/server/api/problem.ts';
import type { RequestHandler } from './$types';

/** Anything under /api that is not an endpoint: 404 as problem details, whatever the method. */
export const fallback: RequestHandler = ({ url }) =>
	new ApiProblem('not-found', `There is no API endpoint at ${url.pathname}; see ${url.origin}/api/v1/openapi.json.`).toResponse(
		url.origin
	);
