import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { recordAudit } from '#lib/server/auth/audit.ts';
import { requireStaff } from '#lib/server/auth/require.ts';
import { getDb } from '#lib/server/db/index.ts';
import { importPastEvaluations } from '#lib/server/evaluation.service.ts';
import { formOf } from '../../../form.ts';
import type { Actions, PageServerLoad } from './$types';

/** Largest CSV accepted: far more than any workshop's history (a row is well under 2 KB). */
const MAX_BYTES = 5 * 1024 * 1024;

export const load: PageServerLoad = (event) => {
	requireStaff(event, 'coordinator');
	return { maxMegabytes: MAX_BYTES / 1024 / 1024 };
};

const meta = z.object({
	organisation: z.string().trim().max(200),
	sector: z.string().trim().max(100),
	heldOn: z.union([z.literal(''), z.iso.date()])
});

export const actions: Actions = {
	default: async (event) => {
		const staff = requireStaff(event, 'coordinator');
		const form = await formOf(event.request);
		if (!form) return fail(400, { problem: 'unreadable' as const });
		const text = (name: string) => {
			const value = form.get(name);
			return typeof value === 'string' ? value : '';
		};
		const fields = { organisation: text('organisation'), sector: text('sector'), heldOn: text('heldOn') };
		const parsed = meta.safeParse(fields);
		if (!parsed.success) return fail(400, { problem: 'meta' as const, fields });
		const file = form.get('file');
		let csv = text('csv');
		if (file instanceof File && file.size > 0) {
			if (file.size > MAX_BYTES) return fail(413, { problem: 'too-large' as const, fields });
			csv = await file.text();
		}
		if (csv.length > MAX_BYTES) return fail(413, { problem: 'too-large' as const, fields });
		if (csv.trim() === '') return fail(400, { problem: 'empty' as const, fields });
		const db = await getDb();
		const result = await importPastEvaluations(db, csv, { ...parsed.data, heldOn: parsed.data.heldOn || null });
		await recordAudit(db, {
			actorId: staff.id,
			action: 'evaluation.imported',
			targetType: 'evaluation-session',
			targetId: null,
			details: { stored: result.stored, rejected: result.report.rejected.length, created: result.sessionsCreated.length }
		});
		return {
			fields,
			result: {
				stored: result.stored,
				sessionsCreated: result.sessionsCreated,
				alreadyStored: result.alreadyStored,
				rejected: result.report.rejected,
				fileProblems: result.report.fileProblems
			}
		};
	}
};
