import { getRules } from '#lib/server/api/check-api.ts';
import { apiRoute } from '#lib/server/api/endpoint.ts';

export const { GET, OPTIONS, fallback } = apiRoute({ GET: getRules });
