import { exportResponsesCsv } from '@unconflate/evaluation/csv';
import { readFilter } from '#lib/evaluation/filter.ts';
import { requireStaff } from '#lib/server/auth/require.ts';
import { getDb } from '#lib/server/db/index.ts';
import { responsesFor } from '#lib/server/evaluation.service.ts';
import type { RequestHandler } from './$types';

/**
 * The anonymised raw data of the filtered sessions as CSV (packages/evaluation's format): session
 * code, phase, pairing hash and answers; no name, email, time or address. Rows are sorted, so
 * their order says nothing about who answered first.
 */
export const GET: RequestHandler = async (event) => {
	requireStaff(event, 'coordinator');
	const filter = readFilter(event.url.searchParams);
	const { instrument, responses } = await responsesFor(await getDb(), {
		...filter,
		instrumentId: filter.instrument || undefined
	});
	const csv = exportResponsesCsv(instrument, responses);
	const day = new Date().toISOString().slice(0, 10);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="evaluation-${instrument.id}-${day}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
