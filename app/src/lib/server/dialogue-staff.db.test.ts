import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/open-test-db.ts';
import type { DbHandle } from './db/client.ts';
import { liveResults } from './dialogue-live.ts';
import {
	actionsOf,
	addAction,
	addSeeds,
	castVote,
	createDialogue,
	dialogueById,
	dialogueForStaff,
	dialogueResults,
	joinDialogue,
	listDialogues,
	moveAction,
	newDeviceToken,
	questionFor,
	statementsOf,
	updateDialogue
} from './dialogue.service.ts';

// The staff side of dialogues: who sees which dialogue, seeds added later, the order of the action
// list, the question in two languages and the minimum of votes per participant.
let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDb();
});
afterAll(async () => {
	await handle.close();
});

const FELIX = { id: 'felix0000001', role: 'facilitator' as const };
const FATIMA = { id: 'fatima000001', role: 'facilitator' as const };
const CORA = { id: 'cora00000001', role: 'coordinator' as const };

describe('which dialogues a staff member sees', () => {
	it('shows a facilitator only the dialogues they opened, and coordinators every dialogue', async () => {
		const felixs = await createDialogue(handle.db, {
			question: 'Felix asks',
			locale: 'en',
			seeds: ['One idea here'],
			ownerId: FELIX.id
		});
		const fatimas = await createDialogue(handle.db, { question: 'Fatima asks', locale: 'fr', seeds: [], ownerId: FATIMA.id });
		expect((await dialogueForStaff(handle.db, felixs.id, FELIX))?.id).toBe(felixs.id);
		expect(await dialogueForStaff(handle.db, fatimas.id, FELIX)).toBeUndefined();
		expect((await dialogueForStaff(handle.db, fatimas.id, CORA))?.id).toBe(fatimas.id);

		const mine = await listDialogues(handle.db, FELIX.id);
		expect(mine.map((d) => d.question)).toEqual(['Felix asks']);
		expect(mine[0]).toMatchObject({ statements: 1, pending: 0, participants: 0, status: 'open' });
		const all = (await listDialogues(handle.db)).map((d) => d.question);
		expect(all).toEqual(expect.arrayContaining(['Felix asks', 'Fatima asks']));
	});
});

describe('seed statements added later', () => {
	it('adds new seeds, shown at once, and skips those already in the dialogue whatever their case', async () => {
		const dialogue = await createDialogue(handle.db, { question: 'Q', locale: 'en', seeds: ['Street lighting helps'] });
		const added = await addSeeds(handle.db, dialogue.id, [
			'street LIGHTING helps',
			'Outreach at night',
			'Outreach at night',
			' '
		]);
		expect(added).toBe(1);
		const statements = await statementsOf(handle.db, dialogue.id);
		expect(statements.map((s) => [s.text, s.status, s.origin])).toEqual([
			['Street lighting helps', 'approved', 'seed'],
			['Outreach at night', 'approved', 'seed']
		]);
	});
});

describe('the order of the action list', () => {
	it('moves an action up and down, and leaves the ends where they are', async () => {
		const dialogue = await createDialogue(handle.db, { question: 'Q', locale: 'en', seeds: [] });
		const [a, b, c] = [
			await addAction(handle.db, dialogue.id, { title: 'First' }),
			await addAction(handle.db, dialogue.id, { title: 'Second' }),
			await addAction(handle.db, dialogue.id, { title: 'Third' })
		];
		const titles = async () => (await actionsOf(handle.db, dialogue.id)).map((x) => x.title);
		expect(await moveAction(handle.db, dialogue.id, c.id, 'up')).toBe(true);
		expect(await titles()).toEqual(['First', 'Third', 'Second']);
		await moveAction(handle.db, dialogue.id, a.id, 'up');
		expect(await titles()).toEqual(['First', 'Third', 'Second']);
		await moveAction(handle.db, dialogue.id, a.id, 'down');
		expect(await titles()).toEqual(['Third', 'First', 'Second']);
		await moveAction(handle.db, dialogue.id, b.id, 'down');
		expect(await titles()).toEqual(['Third', 'First', 'Second']);
		const other = await createDialogue(handle.db, { question: 'Other', locale: 'en', seeds: [] });
		expect(await moveAction(handle.db, other.id, b.id, 'up')).toBe(false);
	});
});

describe('the question in two languages', () => {
	it('shows the translation to readers of the other language and the original otherwise', async () => {
		const dialogue = await createDialogue(handle.db, {
			question: 'What would make our street safer?',
			questionTranslation: "Qu'est-ce qui rendrait notre rue plus sûre ?",
			locale: 'en',
			seeds: []
		});
		expect(questionFor(dialogue, 'fr')).toEqual({ text: "Qu'est-ce qui rendrait notre rue plus sûre ?", lang: 'fr' });
		expect(questionFor(dialogue, 'en')).toEqual({ text: 'What would make our street safer?', lang: 'en' });
		await updateDialogue(handle.db, dialogue.id, { questionTranslation: '' });
		const untranslated = await dialogueById(handle.db, dialogue.id);
		if (!untranslated) throw new Error('dialogue lost');
		expect(questionFor(untranslated, 'fr')).toEqual({ text: 'What would make our street safer?', lang: 'en' });
	});
});

describe('the minimum of votes per participant', () => {
	it('places participants with fewer votes than the usual seven once the facilitator lowers it', async () => {
		const texts = Array.from({ length: 10 }, (_, i) => `Statement number ${i + 1}`);
		const dialogue = await createDialogue(handle.db, { question: 'Q', locale: 'en', seeds: texts, minGroupSize: 2 });
		const statements = await statementsOf(handle.db, dialogue.id);
		for (let p = 0; p < 6; p++) {
			const participant = await joinDialogue(handle.db, dialogue, newDeviceToken());
			for (const s of statements.slice(0, 3)) await castVote(handle.db, dialogue, participant, s.id, p % 2 === 0 ? 1 : -1);
		}
		expect((await dialogueResults(handle.db, dialogue)).analysis.participants).toEqual({ total: 6, grouped: 0 });
		await updateDialogue(handle.db, dialogue.id, { minVotes: 3 });
		const lowered = await dialogueById(handle.db, dialogue.id);
		if (!lowered) throw new Error('dialogue lost');
		expect(lowered.minVotes).toBe(3);
		expect((await dialogueResults(handle.db, lowered)).analysis.participants).toEqual({ total: 6, grouped: 6 });
	});
});

describe('live results after a change of settings', () => {
	it('are computed afresh under the new smallest group size, though no vote changed', async () => {
		const dialogue = await createDialogue(handle.db, {
			question: 'Q',
			locale: 'en',
			seeds: ['First idea here', 'Second idea here'],
			stakeholderGroups: ['Residents']
		});
		const statements = await statementsOf(handle.db, dialogue.id);
		for (let p = 0; p < 3; p++) {
			const participant = await joinDialogue(handle.db, dialogue, newDeviceToken(), 'Residents');
			for (const s of statements) await castVote(handle.db, dialogue, participant, s.id, 1);
		}
		const t0 = Date.now();
		expect((await liveResults(handle.db, dialogue, t0)).analysis.byStakeholder).toEqual({ shown: [], hidden: 3 });
		await updateDialogue(handle.db, dialogue.id, { minGroupSize: 3 });
		const changed = await dialogueById(handle.db, dialogue.id);
		if (!changed) throw new Error('dialogue lost');
		const after = await liveResults(handle.db, changed, t0 + 5000);
		expect(after.analysis.byStakeholder.hidden).toBe(0);
		expect(after.analysis.byStakeholder.shown.map((g) => [g.group, g.participants])).toEqual([['Residents', 3]]);
	});
});
