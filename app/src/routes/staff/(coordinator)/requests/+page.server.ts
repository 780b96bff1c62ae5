import { requireStaff } from '#lib/server/auth/require.ts';
import { listRequests, requestCounts, type RequestStatus } from '#lib/server/requests.service.ts';
import { trainContext } from '../../train.ts';
import type { PageServerLoad } from './$types';

const STATUSES: readonly RequestStatus[] = ['new', 'scheduled', 'delivered', 'evaluated', 'declined'];
const isStatus = (value: string | null): value is RequestStatus => STATUSES.includes(value as RequestStatus);

/** The coordinators' inbox: every request, newest first, filtered by status. */
export const load: PageServerLoad = async (event) => {
	requireStaff(event, 'coordinator');
	const wanted = event.url.searchParams.get('status');
	const status = isStatus(wanted) ? wanted : null;
	const { db } = await trainContext();
	const [requests, counts] = await Promise.all([listRequests(db, status ?? undefined), requestCounts(db)]);
	return {
		status,
		statuses: STATUSES,
		counts,
		total: Object.values(counts).reduce((a, b) => a + b, 0),
		requests: requests.map((r) => ({
			id: r.id,
			organisation: r.organisation,
			sector: r.sector,
			staffCount: r.staffCount,
			format: r.format,
			status: r.status,
			preferredDates: r.preferredDates,
			createdAt: r.createdAt
		}))
	};
};
