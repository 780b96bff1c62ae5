import { error } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/index.ts';
import { liveResults } from '#lib/server/dialogue-live.ts';
import { dialogueByCode } from '#lib/server/dialogue.service.ts';
import { resultsView } from '#lib/dialogue/results-view.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const db = await getDb();
	const dialogue = await dialogueByCode(db, params.code);
	if (!dialogue) error(404, 'No dialogue has this code');
	const results = await liveResults(db, dialogue);
	return {
		question: dialogue.question,
		questionLocale: dialogue.locale,
		open: dialogue.status === 'open',
		minGroupSize: dialogue.minGroupSize,
		dialoguePath: url.pathname.replace(/\/results\/?$/, ''),
		resultsPath: url.pathname,
		view: resultsView(results),
		updatedAt: new Date().toISOString()
	};
};
