import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import type { Staff } from './auth/accounts.service.ts';
import { getDb } from './db/index.ts';
import { dialogueForStaff } from './dialogue.service.ts';

/** The dialogue of a staff route, or a 404 when it does not exist or (facilitators) is not theirs. */
export async function staffDialogue(staff: Staff, id: string) {
	const db = await getDb();
	const dialogue = await dialogueForStaff(db, id, staff);
	if (!dialogue) error(404, m.convene_dialogue_not_found());
	return { db, dialogue };
}

/** The participants' link of a dialogue, in a language, on this site. */
export function joinUrl(origin: string, code: string, locale: 'en' | 'fr'): string {
	return `${origin}/${locale}/dialogue/${code}`;
}
