import { postCheck } from '#lib/server/api/check-api.ts';
import { apiRoute } from '#lib/server/api/endpoint.ts';

export const { POST, OPTIONS, fallback } = apiRoute({ POST: postCheck });
