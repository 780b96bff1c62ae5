import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { filterQuery, readFilter } from '#lib/evaluation/filter.ts';
import { buildBreakdown, buildReport, buildVersionRows, GROUPINGS, type Grouping } from '#lib/evaluation/report.ts';
import { href } from '#lib/i18n/routes.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { recordAudit } from '#lib/server/auth/audit.ts';
import { requireStaff } from '#lib/server/auth/require.ts';
import { getDb } from '#lib/server/db/index.ts';
import {
	createEvaluationSession,
	filterOptions,
	listEvaluationSessions,
	responsesByVersion,
	responsesFor
} from '#lib/server/evaluation.service.ts';
import { field, formOf } from '../../form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireStaff(event, 'coordinator');
	const db = await getDb();
	const filter = readFilter(event.url.searchParams);
	const [options, sessions, data] = await Promise.all([
		filterOptions(db),
		listEvaluationSessions(db),
		responsesFor(db, { ...filter, instrumentId: filter.instrument || undefined })
	]);
	const locale = getLocale() as Locale;
	const byParam = event.url.searchParams.get('by') ?? '';
	const by = (GROUPINGS as readonly string[]).includes(byParam) ? (byParam as Grouping) : null;
	const labels = new Map(sessions.map((s) => [s.code, s.label]));
	const report = buildReport(data.instrument, data.responses, locale, { search: filter.search });
	// Answers given with earlier versions are read above with the newest one's items; each
	// version's own reading is summarised beside it.
	const byVersion =
		data.otherVersions.length > 0
			? buildVersionRows(
					await responsesByVersion(db, { ...filter, instrumentId: filter.instrument || undefined }),
					report.summary
				).map((row) => ({ ...row, label: row.key }))
			: [];
	return {
		filter,
		by,
		versions: { read: data.instrument.version, others: data.otherVersions },
		breakdown: by
			? buildBreakdown(data.instrument, data.responses, by).map((row) => ({
					...row,
					label: row.key === null ? null : by === 'session' ? (labels.get(row.key) ?? row.key) : row.key
				}))
			: [],
		query: filterQuery(filter, { search: false }),
		options,
		sessions: sessions.map((s) => ({
			id: s.id,
			code: s.code,
			label: s.label,
			organisation: s.organisation,
			sector: s.sector,
			heldOn: s.heldOn,
			preStatus: s.preStatus,
			postStatus: s.postStatus,
			origin: s.origin
		})),
		byVersion,
		report
	};
};

const newSession = z.object({
	label: z.string().trim().min(1).max(200),
	organisation: z.string().trim().max(200),
	sector: z.string().trim().max(100),
	heldOn: z.union([z.literal(''), z.iso.date()]),
	instrumentId: z.union([z.literal(''), z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/)])
});

export const actions: Actions = {
	create: async (event) => {
		const staff = requireStaff(event, 'coordinator');
		const form = await formOf(event.request);
		if (!form)
			return fail(400, {
				create: { fields: {} as Record<string, string>, problems: { form: 'unreadable' } as Record<string, string> }
			});
		const fields: Record<string, string> = {
			label: field(form, 'label'),
			organisation: field(form, 'organisation'),
			sector: field(form, 'sector'),
			heldOn: field(form, 'heldOn'),
			instrumentId: field(form, 'instrumentId')
		};
		const parsed = newSession.safeParse(fields);
		if (!parsed.success) {
			const problems: Record<string, string> = Object.fromEntries(
				parsed.error.issues.map((issue) => [String(issue.path[0]), 'invalid'])
			);
			return fail(400, { create: { fields, problems } });
		}
		const db = await getDb();
		const known = (await filterOptions(db)).instruments.some((i) => i.id === parsed.data.instrumentId);
		if (parsed.data.instrumentId && !known)
			return fail(400, { create: { fields, problems: { instrumentId: 'invalid' } as Record<string, string> } });
		const session = await createEvaluationSession(db, {
			...parsed.data,
			heldOn: parsed.data.heldOn || null,
			instrumentId: parsed.data.instrumentId || undefined
		});
		await recordAudit(db, {
			actorId: staff.id,
			action: 'evaluation.session-created',
			targetType: 'evaluation-session',
			targetId: session.id,
			details: { code: session.code }
		});
		redirect(303, href(`/staff/impact/sessions/${session.id}`, getLocale() as Locale));
	}
};
