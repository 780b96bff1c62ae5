import { auditEntries } from '#lib/server/auth/audit.ts';
import { getAccounts } from '#lib/server/auth/index.ts';
import { requireStaff } from '#lib/server/auth/require.ts';
import type { PageServerLoad } from './$types';

const PAGE = 50;

export const load: PageServerLoad = async (event) => {
	requireStaff(event, 'admin');
	const before = Number(event.url.searchParams.get('before'));
	const entries = await auditEntries((await getAccounts()).db, {
		limit: PAGE + 1,
		before: Number.isInteger(before) && before > 0 ? before : undefined
	});
	const page = entries.slice(0, PAGE);
	return { entries: page, older: entries.length > PAGE ? page.at(-1)?.id : undefined };
};
