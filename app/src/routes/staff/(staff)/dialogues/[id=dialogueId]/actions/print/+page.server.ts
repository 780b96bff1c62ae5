import type { Locale } from '#lib/i18n/locales.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { staffDialogue } from '#lib/server/convene-staff.ts';
import { actionsOf, questionFor } from '#lib/server/dialogue.service.ts';
import type { PageServerLoad } from './$types';

/** The action list as a page to print (or save as PDF from the browser's print dialog). */
export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event, 'staff');
	const { db, dialogue } = await staffDialogue(staff, event.params.id);
	const actions = await actionsOf(db, dialogue.id);
	return {
		id: dialogue.id,
		question: questionFor(dialogue, getLocale() as Locale),
		actions: actions.map((a) => ({ id: a.id, title: a.title, owner: a.owner, due: a.due ?? '', status: a.status })),
		printedAt: new Date().toISOString()
	};
};
