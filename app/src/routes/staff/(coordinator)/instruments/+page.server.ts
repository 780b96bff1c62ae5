import { requireStaff } from '#lib/server/auth/require.ts';
import { getDb } from '#lib/server/db/index.ts';
import { listInstruments } from '#lib/server/evaluation.service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireStaff(event, 'coordinator');
	const instruments = await listInstruments(await getDb());
	return {
		instruments: instruments.map((i) => ({
			id: i.id,
			title: i.latest.definition.title,
			version: i.latest.version,
			versions: i.versions,
			items: i.latest.definition.items.length,
			updated: i.latest.createdAt.toISOString().slice(0, 10)
		}))
	};
};
