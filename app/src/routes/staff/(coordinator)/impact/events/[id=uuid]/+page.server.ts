import { error, redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/i18n/locales.ts';
import { href } from '#lib/i18n/routes.ts';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { getDb } from '#lib/server/db/index.ts';
import { evaluationSessionForEvent } from '#lib/server/evaluation.service.ts';
import type { PageServerLoad } from './$types';

/**
 * The evaluation of a workshop scheduled here, by its event id: a session page links here, and
 * the evaluation (its salt and links, questionnaires closed) is made the first time; then the
 * reader goes on to it. Idempotent: a second visit finds the same evaluation.
 */
export const load: PageServerLoad = async (event) => {
	requireStaff(event, 'coordinator');
	const session = await evaluationSessionForEvent(await getDb(), event.params.id);
	if (!session) error(404, m.eval_session_not_found());
	redirect(303, href(`/staff/impact/sessions/${session.id}`, getLocale() as Locale));
};
