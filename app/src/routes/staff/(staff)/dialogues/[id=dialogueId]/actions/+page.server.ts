import { fail, redirect } from '@sveltejs/kit';
import { actionForm } from '#lib/convene/dialogue-form.ts';
import { problemsOf } from '#lib/form-fields.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { staffDialogue } from '#lib/server/convene-staff.ts';
import { liveResults } from '#lib/server/dialogue-live.ts';
import {
	actionsFromCommonGround,
	actionsOf,
	addAction,
	deleteAction,
	moveAction,
	questionFor,
	updateAction
} from '#lib/server/dialogue.service.ts';
import { field, formOf } from '../../../../form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event, 'staff');
	const { db, dialogue } = await staffDialogue(staff, event.params.id);
	const [actions, results] = await Promise.all([actionsOf(db, dialogue.id), liveResults(db, dialogue)]);
	const listed = new Set(actions.map((a) => a.statementId));
	return {
		id: dialogue.id,
		question: questionFor(dialogue, getLocale() as Locale),
		actions: actions.map((a) => ({ id: a.id, title: a.title, owner: a.owner, due: a.due ?? '', status: a.status })),
		commonGround: results.analysis.commonGround.length,
		notListed: results.analysis.commonGround.filter((id) => !listed.has(Number(id))).length,
		notice: event.url.searchParams.get('notice')
	};
};

function actionFields(form: FormData) {
	return {
		title: field(form, 'title'),
		owner: field(form, 'owner'),
		due: field(form, 'due'),
		status: field(form, 'status') || 'open'
	};
}

const idOf = (form: FormData | null) => {
	const id = Number(form ? field(form, 'action') : '');
	return Number.isInteger(id) && id > 0 ? id : null;
};

export const actions: Actions = {
	fromCommonGround: async (event) => {
		const staff = requireStaff(event, 'staff');
		const { db, dialogue } = await staffDialogue(staff, event.params.id);
		const added = await actionsFromCommonGround(db, dialogue, await liveResults(db, dialogue));
		redirect(303, `${event.url.pathname}?notice=added-${added}`);
	},

	add: async (event) => {
		const staff = requireStaff(event, 'staff');
		const { db, dialogue } = await staffDialogue(staff, event.params.id);
		const form = await formOf(event.request);
		if (!form) return fail(400, { action: 'add' as const, id: null, fields: null, problems: { form: 'unreadable' } });
		const fields = actionFields(form);
		const parsed = actionForm.safeParse(fields);
		if (!parsed.success) return fail(400, { action: 'add' as const, id: null, fields, problems: problemsOf(parsed.error) });
		await addAction(db, dialogue.id, parsed.data);
		redirect(303, `${event.url.pathname}?notice=added`);
	},

	update: async (event) => {
		const staff = requireStaff(event, 'staff');
		const { db, dialogue } = await staffDialogue(staff, event.params.id);
		const form = await formOf(event.request);
		const id = idOf(form);
		if (!form || id === null) return fail(400, { action: 'update' as const, id, fields: null, problems: { form: 'unreadable' } });
		const fields = actionFields(form);
		const parsed = actionForm.safeParse(fields);
		if (!parsed.success) return fail(400, { action: 'update' as const, id, fields, problems: problemsOf(parsed.error) });
		if (!(await updateAction(db, dialogue.id, id, parsed.data)))
			return fail(404, { action: 'update' as const, id, fields, problems: { form: 'action-not-found' } });
		redirect(303, `${event.url.pathname}?notice=saved#action-${id}`);
	},

	move: async (event) => {
		const staff = requireStaff(event, 'staff');
		const { db, dialogue } = await staffDialogue(staff, event.params.id);
		const form = await formOf(event.request);
		const id = idOf(form);
		const direction = form ? field(form, 'direction') : '';
		if (id === null || (direction !== 'up' && direction !== 'down'))
			return fail(400, { action: 'move' as const, id, fields: null, problems: { form: 'unreadable' } });
		if (!(await moveAction(db, dialogue.id, id, direction)))
			return fail(404, { action: 'move' as const, id, fields: null, problems: { form: 'action-not-found' } });
		redirect(303, `${event.url.pathname}?notice=moved#action-${id}`);
	},

	delete: async (event) => {
		const staff = requireStaff(event, 'staff');
		const { db, dialogue } = await staffDialogue(staff, event.params.id);
		const form = await formOf(event.request);
		const id = idOf(form);
		if (id === null) return fail(400, { action: 'delete' as const, id, fields: null, problems: { form: 'unreadable' } });
		if (!(await deleteAction(db, dialogue.id, id)))
			return fail(404, { action: 'delete' as const, id, fields: null, problems: { form: 'action-not-found' } });
		redirect(303, `${event.url.pathname}?notice=deleted`);
	}
};
