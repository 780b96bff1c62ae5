import { fail, redirect } from '@sveltejs/kit';
import { dialogueFieldsOf, dialogueForm, dialogueInput } from '#lib/convene/dialogue-form.ts';
import { problemsOf } from '#lib/form-fields.ts';
import { href } from '#lib/i18n/routes.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { getDb } from '#lib/server/db/index.ts';
import { createDialogue } from '#lib/server/dialogue.service.ts';
import { formOf } from '../../../form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event, 'staff');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const staff = requireStaff(event, 'staff');
		const form = await formOf(event.request);
		if (!form) return fail(400, { fields: null, problems: { form: 'unreadable' } });
		const fields = dialogueFieldsOf(form);
		const parsed = dialogueForm.safeParse(dialogueInput(fields));
		// The form comes back as typed, with a message next to each field that needs a change.
		if (!parsed.success) return fail(400, { fields, problems: problemsOf(parsed.error) });
		const dialogue = await createDialogue(await getDb(), { ...parsed.data, ownerId: staff.id });
		redirect(303, `${href(`/staff/dialogues/${dialogue.id}`, getLocale() as Locale)}?notice=opened`);
	}
};
