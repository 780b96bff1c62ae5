import { error } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/index.ts';
import { liveResults } from '#lib/server/dialogue-live.ts';
import { dialogueByCode, questionFor } from '#lib/server/dialogue.service.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { resultsView } from '#lib/dialogue/results-view.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const db = await getDb();
	const dialogue = await dialogueByCode(db, params.code);
	if (!dialogue) error(404, 'No dialogue has this code');
	const results = await liveResults(db, dialogue);
	return {
		// The facilitator's translation when the reader reads the other language.
		question: questionFor(dialogue, getLocale() as Locale).text,
		questionLocale: questionFor(dialogue, getLocale() as Locale).lang,
		open: dialogue.status === 'open',
		minGroupSize: dialogue.minGroupSize,
		dialoguePath: url.pathname.replace(/\/results\/?$/, ''),
		resultsPath: url.pathname,
		view: resultsView(results),
		updatedAt: new Date().toISOString()
	};
};
