import { error, fail } from '@sveltejs/kit';
import { applyItemEdits } from '#lib/evaluation/instrument-form.ts';
import { m } from '#lib/paraglide/messages.js';
import { recordAudit } from '#lib/server/auth/audit.ts';
import { requireStaff } from '#lib/server/auth/require.ts';
import { getDb } from '#lib/server/db/index.ts';
import { isVersionInUse, latestVersion, ensureDefaultInstrument, saveInstrument } from '#lib/server/evaluation.service.ts';
import { field, formOf } from '../../../form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireStaff(event, 'coordinator');
	const db = await getDb();
	await ensureDefaultInstrument(db); // stored on first use
	const latest = await latestVersion(db, event.params.id);
	if (!latest) error(404, m.eval_instrument_not_found());
	return {
		id: latest.instrumentId,
		version: latest.version,
		inUse: await isVersionInUse(db, latest.id),
		instrument: latest.definition,
		definition: JSON.stringify(latest.definition, null, 2)
	};
};

export const actions: Actions = {
	/** The form of every item's texts and settings. */
	items: async (event) => {
		const staff = requireStaff(event, 'coordinator');
		const db = await getDb();
		const latest = await latestVersion(db, event.params.id);
		if (!latest) error(404, m.eval_instrument_not_found());
		const form = await formOf(event.request);
		if (!form) return fail(400, { issues: [{ path: '', message: m.eval_problem_form() }], draft: null });
		const draft = applyItemEdits(latest.definition, (name) => {
			const value = form.get(name);
			return typeof value === 'string' ? value : null;
		});
		const result = await saveInstrument(db, draft, staff.id);
		// The form comes back as edited, with each problem beside its field.
		if (!result.ok) return fail(400, { issues: result.issues, draft });
		await recordAudit(db, {
			actorId: staff.id,
			action: 'evaluation.instrument-saved',
			targetType: 'instrument',
			targetId: result.version.instrumentId,
			details: { version: result.version.version, newVersion: result.created }
		});
		return { saved: { version: result.version.version, created: result.created } };
	},
	/** The whole instrument as JSON: adding, removing or reordering items. */
	save: async (event) => {
		const staff = requireStaff(event, 'coordinator');
		const form = await formOf(event.request);
		const text = form ? field(form, 'definition') : '';
		let input: unknown;
		try {
			input = JSON.parse(text);
		} catch (problem) {
			return fail(400, {
				definition: text,
				issues: [{ path: '', message: problem instanceof SyntaxError ? problem.message : 'JSON' }],
				json: true
			});
		}
		// The id in the address is the instrument edited; another id would start a new programme.
		if (typeof input === 'object' && input !== null && 'id' in input && input.id !== event.params.id)
			return fail(400, { definition: text, issues: [{ path: 'id', message: m.eval_instrument_id_fixed() }], json: false });
		const db = await getDb();
		const result = await saveInstrument(db, input, staff.id);
		if (!result.ok) return fail(400, { definition: text, issues: result.issues, json: false });
		await recordAudit(db, {
			actorId: staff.id,
			action: 'evaluation.instrument-saved',
			targetType: 'instrument',
			targetId: result.version.instrumentId,
			details: { version: result.version.version, newVersion: result.created }
		});
		return { saved: { version: result.version.version, created: result.created } };
	}
};
