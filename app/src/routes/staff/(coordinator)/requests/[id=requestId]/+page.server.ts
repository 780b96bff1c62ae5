import { getLocale } from '#lib/paraglide/runtime.js';
import { error, fail } from '@sveltejs/kit';
import { formatSpan } from '#lib/format.ts';
import { m } from '#lib/paraglide/messages.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { pick } from '#lib/server/events.service.ts';
import {
	moveRequest,
	nextStatuses,
	requestById,
	RequestTransitionError,
	type RequestStatus
} from '#lib/server/requests.service.ts';
import { declineRequest, sessionsOfRequestWithTeam } from '#lib/server/sessions.service.ts';
import { field, formOf } from '../../../form.ts';
import { trainContext, viewerOf } from '../../../train.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireStaff(event, 'coordinator');
	const { db } = await trainContext();
	const request = await requestById(db, event.params.id);
	if (!request) error(404, m.train_request_not_found());
	const sessions = await sessionsOfRequestWithTeam(db, request.id);
	const { contactTokenHash: _hash, ...shown } = request;
	return {
		request: shown,
		// Scheduling moves a request to `scheduled`; the buttons offer the other moves.
		moves: nextStatuses(request.status).filter((s) => s !== 'scheduled'),
		canSchedule: request.status === 'new' || request.status === 'scheduled',
		sessions: sessions.map(({ event: s, facilitators }) => ({
			id: s.id,
			title: pick(s.title, getLocale()).text,
			when: formatSpan(s.startsAt, s.endsAt, s.timeZone, getLocale()),
			cancelled: s.status === 'cancelled',
			facilitators
		}))
	};
};

export const actions: Actions = {
	move: async (event) => {
		const staff = requireStaff(event, 'coordinator');
		const form = await formOf(event.request);
		if (!form) return fail(400, { problem: 'unreadable', reason: '' });
		const to = field(form, 'to') as RequestStatus;
		const reason = field(form, 'reason').slice(0, 2000);
		const ctx = await trainContext();
		try {
			// Declining cancels the sessions still on, and tells their registrants why.
			if (to === 'declined') {
				const declined = await declineRequest(ctx, viewerOf(staff), event.params.id, reason);
				return { moved: declined.request.status, cancelled: declined.cancelled, notified: declined.notified };
			}
			const moved = await moveRequest(ctx.db, event.params.id, to, reason, staff.id);
			return { moved: moved.status, cancelled: 0, notified: 0 };
		} catch (e) {
			if (e instanceof RequestTransitionError) {
				return fail(e.code === 'not-found' ? 404 : 400, { problem: e.code, reason, to });
			}
			throw e;
		}
	}
};
