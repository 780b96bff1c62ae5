import { getDb } from '#lib/server/db/index.ts';
import { sql } from 'drizzle-orm';
import type { RequestHandler } from './$types';

/** For load balancers and uptime checks: 200 when the database answers. */
export const GET: RequestHandler = async () => {
	try {
		await (await getDb()).execute(sql`select 1`);
		return Response.json({ status: 'ok' });
	} catch {
		return Response.json({ status: 'unavailable' }, { status: 503 });
	}
};
