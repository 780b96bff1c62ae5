import { error, fail, redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/i18n/locales.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { formOf, textField as text } from '#lib/form-fields.ts';
import { getDb } from '#lib/server/db/index.ts';
import { dialogueChanged } from '#lib/server/dialogue-live.ts';
import {
	castVote,
	dialogueByCodeCached,
	DialogueError,
	joinDialogue,
	newDeviceToken,
	nextStatement,
	participantOf,
	progress,
	questionFor,
	STATEMENT_MAX,
	submitStatement
} from '#lib/server/dialogue.service.ts';
import type { Actions, PageServerLoad } from './$types';
import { deviceToken, rememberDevice } from './dialogue-cookie.ts';

const VOTES = { agree: 1, disagree: -1, pass: 0 } as const;

async function find(code: string) {
	const db = await getDb();
	const dialogue = await dialogueByCodeCached(db, code);
	if (!dialogue) error(404, 'No dialogue has this code');
	return { db, dialogue };
}

export const load: PageServerLoad = async ({ params, cookies, url }) => {
	const { db, dialogue } = await find(params.code);
	const participant = await participantOf(db, dialogue.id, deviceToken(cookies, params.code));
	const base = {
		// The facilitator's translation when the reader reads the other language.
		question: questionFor(dialogue, getLocale() as Locale).text,
		questionLocale: questionFor(dialogue, getLocale() as Locale).lang,
		open: dialogue.status === 'open',
		allowStatements: dialogue.allowStatements,
		moderation: dialogue.moderation,
		groups: dialogue.stakeholderGroups,
		statementMax: STATEMENT_MAX,
		resultsPath: `${url.pathname.replace(/\/$/, '')}/results`
	};
	if (!participant) return { ...base, joined: false as const };
	const next = dialogue.status === 'open' ? await nextStatement(db, dialogue.id, participant.id) : undefined;
	return {
		...base,
		joined: true as const,
		stakeholder: participant.stakeholder,
		next: next ? { id: next.id, text: next.text } : null,
		progress: await progress(db, dialogue.id, participant.id)
	};
};

export const actions: Actions = {
	join: async ({ params, request, cookies, url }) => {
		const { db, dialogue } = await find(params.code);
		const form = await formOf(request);
		if (!form) return fail(400, { problem: 'unreadable' as const });
		if (dialogue.status !== 'open') return fail(409, { problem: 'closed' as const });
		const group = text(form, 'stakeholder');
		const token = deviceToken(cookies, params.code) ?? newDeviceToken();
		try {
			await joinDialogue(db, dialogue, token, group === '' ? null : group);
		} catch (e) {
			if (e instanceof DialogueError) return fail(400, { problem: e.code });
			throw e;
		}
		rememberDevice(cookies, params.code, token, url.protocol === 'https:');
		redirect(303, url.pathname);
	},

	vote: async ({ params, request, cookies, url }) => {
		const { db, dialogue } = await find(params.code);
		const form = await formOf(request);
		if (!form) return fail(400, { problem: 'unreadable' as const });
		const participant = await participantOf(db, dialogue.id, deviceToken(cookies, params.code));
		if (!participant) return fail(403, { problem: 'not-joined' as const });
		const statementId = Number(text(form, 'statement'));
		const choice = text(form, 'vote');
		if (!Number.isInteger(statementId) || !(choice in VOTES)) return fail(400, { problem: 'unreadable' as const });
		try {
			await castVote(db, dialogue, participant.id, statementId, VOTES[choice as keyof typeof VOTES]);
		} catch (e) {
			if (e instanceof DialogueError) return fail(e.code === 'closed' ? 409 : 400, { problem: e.code });
			throw e;
		}
		dialogueChanged(dialogue.id);
		// Post/redirect/get: reloading the next statement never sends the vote again.
		redirect(303, url.pathname);
	},

	statement: async ({ params, request, cookies }) => {
		const { db, dialogue } = await find(params.code);
		const form = await formOf(request);
		if (!form) return fail(400, { problem: 'unreadable' as const });
		const participant = await participantOf(db, dialogue.id, deviceToken(cookies, params.code));
		if (!participant) return fail(403, { problem: 'not-joined' as const });
		const draft = text(form, 'text');
		try {
			const statement = await submitStatement(db, dialogue, participant.id, draft);
			if (statement.status === 'approved') dialogueChanged(dialogue.id);
			return { submitted: statement.status };
		} catch (e) {
			// The draft comes back so that nothing typed is lost.
			if (e instanceof DialogueError) return fail(e.code === 'closed' ? 409 : 400, { problem: e.code, draft });
			throw e;
		}
	}
};
