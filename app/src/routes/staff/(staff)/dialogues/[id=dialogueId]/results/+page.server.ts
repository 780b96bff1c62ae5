import { resultsView } from '#lib/dialogue/results-view.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { staffDialogue } from '#lib/server/convene-staff.ts';
import { liveResults } from '#lib/server/dialogue-live.ts';
import { questionFor } from '#lib/server/dialogue.service.ts';
import type { PageServerLoad } from './$types';

/**
 * Results as facilitators see them: the same counts and shares as participants (resultsView), with
 * the same minimum group size. Never who voted what: no participant id leaves the server.
 */
export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event, 'staff');
	const { db, dialogue } = await staffDialogue(staff, event.params.id);
	const locale = getLocale() as Locale;
	const results = await liveResults(db, dialogue);
	return {
		id: dialogue.id,
		question: questionFor(dialogue, locale),
		open: dialogue.status === 'open',
		minGroupSize: dialogue.minGroupSize,
		minVotes: dialogue.minVotes,
		livePath: `/${locale}/dialogue/${dialogue.code}/events`,
		view: resultsView(results),
		updatedAt: new Date().toISOString()
	};
};
