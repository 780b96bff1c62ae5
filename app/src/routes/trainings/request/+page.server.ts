import { getLocale } from '#lib/paraglide/runtime.js';
import type { Locale } from '#lib/i18n/locales.ts';
import { fail } from '@sveltejs/kit';
import { problemsOf } from '#lib/form-fields.ts';
import { requestFieldsOf, requestForm } from '#lib/events/request-form.ts';
import { href } from '#lib/i18n/routes.ts';
import { getDb } from '#lib/server/db/index.ts';
import { createRequest } from '#lib/server/requests.service.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request }) => {
		let form: FormData;
		try {
			form = await request.formData();
		} catch {
			return fail(400, { fields: null, problems: { form: 'unreadable' } });
		}
		const fields = requestFieldsOf(form);
		const parsed = requestForm.safeParse(fields);
		// The form comes back filled in: nothing typed is lost.
		if (!parsed.success) return fail(400, { fields, problems: problemsOf(parsed.error) });
		const locale = getLocale() as Locale;
		const { contactToken } = await createRequest(await getDb(), { ...parsed.data, locale });
		return { sent: true, privatePath: href(`/trainings/request/${contactToken}`, locale) };
	}
};
