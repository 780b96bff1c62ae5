import { error, fail } from '@sveltejs/kit';
import { buildReport } from '#lib/evaluation/report.ts';
import { qrPath } from '#lib/qr.ts';
import { LOCALES, type Locale } from '#lib/i18n/locales.ts';
import { href } from '#lib/i18n/routes.ts';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { recordAudit } from '#lib/server/auth/audit.ts';
import { requireStaff } from '#lib/server/auth/require.ts';
import { getDb } from '#lib/server/db/index.ts';
import { evaluationSessionById, responsesFor, setQuestionnaireStatus, versionById } from '#lib/server/evaluation.service.ts';
import { field, formOf } from '../../../../form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireStaff(event, 'coordinator');
	const db = await getDb();
	const session = await evaluationSessionById(db, event.params.id);
	if (!session) error(404, m.eval_session_not_found());
	const version = await versionById(db, session.instrumentVersionId);
	if (!version) error(500);
	const { responses } = await responsesFor(db, { instrumentId: version.instrumentId, sessions: [session.id] });
	const locale = getLocale() as Locale;
	const link = (token: string, l: Locale) => `${event.url.origin}${href(`/trainings/evaluation/${token}`, l)}`;
	const phase = (token: string, status: string) => ({
		status,
		links: Object.fromEntries(LOCALES.map((l) => [l, link(token, l)])) as Record<Locale, string>,
		qr: qrPath(link(token, locale))
	});
	return {
		session: {
			id: session.id,
			code: session.code,
			label: session.label,
			organisation: session.organisation,
			sector: session.sector,
			heldOn: session.heldOn,
			origin: session.origin,
			instrument: `${version.instrumentId} v${version.version}`
		},
		pre: phase(session.preToken, session.preStatus),
		post: phase(session.postToken, session.postStatus),
		report: buildReport(version.definition, responses, locale, { search: event.url.searchParams.get('q') ?? '' }),
		search: (event.url.searchParams.get('q') ?? '').slice(0, 200)
	};
};

async function setStatus(event: Parameters<Actions[string]>[0], status: 'open' | 'closed') {
	const staff = requireStaff(event, 'coordinator');
	const form = await formOf(event.request);
	const phase = form ? field(form, 'phase') : '';
	if (phase !== 'pre' && phase !== 'post') return fail(400, { problem: 'phase' as const });
	const db = await getDb();
	const done = await setQuestionnaireStatus(db, event.params.id ?? '', phase, status);
	if (!done) error(404, m.eval_session_not_found());
	await recordAudit(db, {
		actorId: staff.id,
		action: status === 'open' ? 'evaluation.questionnaire-opened' : 'evaluation.questionnaire-closed',
		targetType: 'evaluation-session',
		targetId: event.params.id ?? null,
		details: { phase }
	});
	return { changed: { phase, status } };
}

export const actions: Actions = {
	open: (event) => setStatus(event, 'open'),
	close: (event) => setStatus(event, 'closed')
};
