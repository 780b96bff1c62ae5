import { fail, redirect } from '@sveltejs/kit';
import { dialogueFieldsOf, dialogueInput, lines, settingsForm } from '#lib/convene/dialogue-form.ts';
import { problemsOf } from '#lib/form-fields.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { joinUrl, staffDialogue } from '#lib/server/convene-staff.ts';
import { forgetResults } from '#lib/server/dialogue-live.ts';
import { addSeeds, moderate, statementsOf, STATEMENT_MAX, updateDialogue } from '#lib/server/dialogue.service.ts';
import { field, formOf } from '../../../form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event, 'staff');
	const { db, dialogue } = await staffDialogue(staff, event.params.id);
	const statements = await statementsOf(db, dialogue.id);
	const locale = getLocale() as Locale;
	return {
		dialogue: {
			id: dialogue.id,
			code: dialogue.code,
			question: dialogue.question,
			questionLocale: dialogue.locale,
			questionTranslation: dialogue.questionTranslation,
			stakeholderGroups: dialogue.stakeholderGroups,
			moderation: dialogue.moderation,
			allowStatements: dialogue.allowStatements,
			minGroupSize: dialogue.minGroupSize,
			minVotes: dialogue.minVotes,
			status: dialogue.status
		},
		joinUrl: joinUrl(event.url.origin, dialogue.code, locale),
		// Text and status only: never who wrote a statement.
		pending: statements.filter((s) => s.status === 'pending').map((s) => ({ id: s.id, text: s.text })),
		shown: statements.filter((s) => s.status === 'approved').map((s) => ({ id: s.id, text: s.text, origin: s.origin })),
		rejected: statements.filter((s) => s.status === 'rejected').map((s) => ({ id: s.id, text: s.text })),
		statementMax: STATEMENT_MAX,
		notice: event.url.searchParams.get('notice')
	};
};

// A facilitator's decision is rare and should show at once: results are computed afresh, not throttled.
export const actions: Actions = {
	settings: async (event) => {
		const staff = requireStaff(event, 'staff');
		const { db, dialogue } = await staffDialogue(staff, event.params.id);
		const form = await formOf(event.request);
		if (!form) return fail(400, { action: 'settings' as const, fields: null, problems: { form: 'unreadable' } });
		const fields = dialogueFieldsOf(form);
		const parsed = settingsForm.safeParse(dialogueInput(fields));
		if (!parsed.success) return fail(400, { action: 'settings' as const, fields, problems: problemsOf(parsed.error) });
		await updateDialogue(db, dialogue.id, parsed.data);
		forgetResults(dialogue.id);
		redirect(303, `${event.url.pathname}?notice=saved`);
	},

	status: async (event) => {
		const staff = requireStaff(event, 'staff');
		const { db, dialogue } = await staffDialogue(staff, event.params.id);
		const form = await formOf(event.request);
		const status = form ? field(form, 'status') : '';
		if (status !== 'open' && status !== 'closed')
			return fail(400, { action: 'status' as const, problems: { form: 'unreadable' } });
		await updateDialogue(db, dialogue.id, { status });
		forgetResults(dialogue.id);
		redirect(303, `${event.url.pathname}?notice=${status}`);
	},

	moderate: async (event) => {
		const staff = requireStaff(event, 'staff');
		const { db, dialogue } = await staffDialogue(staff, event.params.id);
		const form = await formOf(event.request);
		const statement = Number(form ? field(form, 'statement') : '');
		const decision = form ? field(form, 'decision') : '';
		if (!Number.isInteger(statement) || (decision !== 'approved' && decision !== 'rejected'))
			return fail(400, { action: 'moderate' as const, problems: { form: 'unreadable' } });
		if (!(await moderate(db, dialogue.id, statement, decision)))
			return fail(404, { action: 'moderate' as const, problems: { form: 'statement-not-found' } });
		forgetResults(dialogue.id);
		redirect(303, `${event.url.pathname}?notice=${decision}`);
	},

	seeds: async (event) => {
		const staff = requireStaff(event, 'staff');
		const { db, dialogue } = await staffDialogue(staff, event.params.id);
		const form = await formOf(event.request);
		const seeds = form ? field(form, 'seeds') : '';
		const texts = lines(seeds);
		const problem =
			texts.length === 0
				? 'seed-missing'
				: texts.some((t) => t.length < 3)
					? 'seed-too-short'
					: texts.some((t) => t.length > STATEMENT_MAX)
						? 'seed-too-long'
						: texts.length > 100
							? 'too-many-seeds'
							: null;
		if (problem) return fail(400, { action: 'seeds' as const, seeds, problems: { seeds: problem } });
		await addSeeds(db, dialogue.id, texts);
		forgetResults(dialogue.id);
		redirect(303, `${event.url.pathname}?notice=seeded`);
	}
};
