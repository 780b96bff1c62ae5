import { fail, redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/i18n/locales.ts';
import { href } from '#lib/i18n/routes.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { recordAudit } from '#lib/server/auth/audit.ts';
import { requireStaff } from '#lib/server/auth/require.ts';
import { getDb } from '#lib/server/db/index.ts';
import { latestVersion, listInstruments, saveInstrument } from '#lib/server/evaluation.service.ts';
import { field, formOf } from '../../form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireStaff(event, 'coordinator');
	const instruments = await listInstruments(await getDb());
	return {
		instruments: instruments.map((i) => ({
			id: i.id,
			title: i.latest.definition.title,
			version: i.latest.version,
			versions: i.versions,
			items: i.latest.definition.items.length,
			updated: i.latest.createdAt.toISOString().slice(0, 10)
		}))
	};
};

export const actions: Actions = {
	/** A questionnaire for another programme: a copy of an existing one under a new id, to edit. */
	create: async (event) => {
		const staff = requireStaff(event, 'coordinator');
		const form = await formOf(event.request);
		const id = form ? field(form, 'id').trim() : '';
		const from = form ? field(form, 'from') : '';
		const db = await getDb();
		if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id)) return fail(400, { create: { id, problem: 'id' as const } });
		if (await latestVersion(db, id)) return fail(409, { create: { id, problem: 'taken' as const } });
		const source = await latestVersion(db, from);
		if (!source) return fail(400, { create: { id, problem: 'from' as const } });
		const result = await saveInstrument(db, { ...source.definition, id, version: 1 }, staff.id);
		if (!result.ok) return fail(400, { create: { id, problem: 'id' as const } });
		await recordAudit(db, {
			actorId: staff.id,
			action: 'evaluation.instrument-saved',
			targetType: 'instrument',
			targetId: id,
			details: { version: 1, copiedFrom: from }
		});
		redirect(303, href(`/staff/instruments/${id}`, getLocale() as Locale));
	}
};
