import { DEFAULT_MINIMUM } from '@unconflate/evaluation';
import { exportResponsesCsv } from '@unconflate/evaluation/csv';
import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { evaluationOfEvent, responsesOfSession } from '#lib/server/evaluation.service.ts';
import { seesAllSessions, sessionFor } from '#lib/server/sessions.service.ts';
import { csvAllowed } from '#lib/evaluation/csv-allowed.ts';
import { orNotFound, trainContext, viewerOf } from '../../../../train.ts';
import type { RequestHandler } from './$types';

/**
 * One session's anonymised evaluation data as CSV, for those who may see the session (its
 * facilitators, coordinators, admins): the same format as the impact export, no one's identity.
 * A facilitator gets it only once each questionnaire has enough answers (csv-allowed.ts).
 */
export const GET: RequestHandler = async (event) => {
	const staff = requireStaff(event, 'staff');
	const viewer = viewerOf(staff);
	const { db } = await trainContext();
	const session = await orNotFound(() => sessionFor(db, viewer, event.params.id));
	const evaluation = await evaluationOfEvent(db, session.event.id);
	if (!evaluation) error(404, m.eval_session_not_found());
	const { instrument, responses } = await responsesOfSession(db, evaluation);
	if (!seesAllSessions(viewer) && !csvAllowed(responses))
		error(404, m.eval_facilitator_csv_withheld({ minimum: DEFAULT_MINIMUM }));
	const day = session.event.startsAt.toISOString().slice(0, 10);
	return new Response(exportResponsesCsv(instrument, responses), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="evaluation-${instrument.id}-${day}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
