import { fail, redirect } from '@sveltejs/kit';
import { EVENT_FIELDS, eventInput, parseEvent } from '#lib/convene/event-form.ts';
import { stringsOf } from '#lib/form-fields.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { href } from '#lib/i18n/routes.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { getDb } from '#lib/server/db/index.ts';
import { createEvent, slugTaken } from '#lib/server/events.service.ts';
import { formOf } from '../../../form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event, 'coordinator');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		requireStaff(event, 'coordinator');
		const form = await formOf(event.request);
		if (!form) return fail(400, { fields: null, problems: { form: 'unreadable' } as Record<string, string> });
		const fields = stringsOf(form, EVENT_FIELDS);
		const parsed = parseEvent(eventInput(fields));
		// The form comes back as typed, with a message next to each field that needs a change.
		if (!parsed.ok) return fail(400, { fields, problems: parsed.problems });
		const db = await getDb();
		if (await slugTaken(db, parsed.value.slug))
			return fail(400, { fields, problems: { slug: 'slug-taken' } as Record<string, string> });
		// A new event is a draft: the public sees it once it is published.
		const created = await createEvent(db, { ...parsed.value, status: 'draft', visibility: 'public' });
		redirect(303, `${href(`/staff/events/${created.id}`, getLocale() as Locale)}?notice=created`);
	}
};
