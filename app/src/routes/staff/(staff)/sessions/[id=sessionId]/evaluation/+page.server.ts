import { buildReport } from '#lib/evaluation/report.ts';
import { formatSpan } from '#lib/format.ts';
import { LOCALES, type Locale } from '#lib/i18n/locales.ts';
import { href } from '#lib/i18n/routes.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { evaluationOfEvent, responsesOfSession } from '#lib/server/evaluation.service.ts';
import { pick } from '#lib/server/events.service.ts';
import { seesAllSessions, sessionFor } from '#lib/server/sessions.service.ts';
import { DEFAULT_MINIMUM } from '@unconflate/evaluation';
import { csvAllowed } from '#lib/evaluation/csv-allowed.ts';
import { orNotFound, trainContext, viewerOf } from '../../../../train.ts';
import type { PageServerLoad } from './$types';

/**
 * The evaluation of one session, read-only, for everyone who may see the session: its assigned
 * facilitators (any other session is 404, as on the session's page), coordinators and admins.
 * Opening and closing questionnaires, other sessions, imports and instruments stay on the
 * coordinators' impact pages. Figures behind fewer than five people are withheld, as there.
 */
export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event, 'staff');
	const viewer = viewerOf(staff);
	const { db } = await trainContext();
	const session = await orNotFound(() => sessionFor(db, viewer, event.params.id));
	const locale = getLocale() as Locale;
	const e = session.event;
	const shown = {
		id: e.id,
		title: pick(e.title, locale).text,
		when: formatSpan(e.startsAt, e.endsAt, e.timeZone, locale)
	};
	const evaluation = await evaluationOfEvent(db, e.id);
	if (!evaluation) return { session: shown, evaluation: null };
	const { instrument, responses } = await responsesOfSession(db, evaluation);
	const search = (event.url.searchParams.get('q') ?? '').slice(0, 200);
	// The links are shown only while a questionnaire is open: the facilitator is in the room to give them.
	const phase = (token: string, status: string) => ({
		status,
		links:
			status === 'open'
				? (Object.fromEntries(
						LOCALES.map((l) => [l, `${event.url.origin}${href(`/trainings/evaluation/${token}`, l)}`])
					) as Record<Locale, string>)
				: null
	});
	return {
		session: shown,
		evaluation: {
			pre: phase(evaluation.preToken, evaluation.preStatus),
			post: phase(evaluation.postToken, evaluation.postStatus)
		},
		csv: seesAllSessions(viewer) || csvAllowed(responses),
		minimum: DEFAULT_MINIMUM,
		report: buildReport(instrument, responses, locale, { search }),
		search
	};
};
