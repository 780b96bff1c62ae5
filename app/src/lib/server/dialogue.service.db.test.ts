import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/open-test-db.ts';
import type { DbHandle } from './db/client.ts';
import {
	actionsFromCommonGround,
	actionsOf,
	addAction,
	castVote,
	createDialogue,
	deleteAction,
	dialogueByCode,
	dialogueResults,
	dialogueVersion,
	DialogueError,
	joinDialogue,
	moderate,
	newDeviceToken,
	nextStatement,
	participantOf,
	progress,
	statementsOf,
	submitStatement,
	updateAction,
	updateDialogue,
	type Dialogue
} from './dialogue.service.ts';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDb();
});
afterAll(async () => {
	await handle.close();
});

const seeds = [
	'Sex workers should be at the table when safety policies are written',
	'Police should focus on violence and exploitation, not on consenting adults',
	'Residents deserve to be consulted about their street',
	'All sex work should be ended',
	'Outreach workers should be funded to visit at night',
	'Clients should be arrested',
	'Bad date reports should reach every worker quickly',
	'Street lighting should be improved'
];

async function open(overrides: Partial<Parameters<typeof createDialogue>[1]> = {}): Promise<Dialogue> {
	return createDialogue(handle.db, {
		question: 'What would make our neighbourhood safer for everyone, including sex workers?',
		locale: 'en',
		seeds,
		stakeholderGroups: ['Sex workers', 'Police', 'Residents'],
		...overrides
	});
}

describe('opening a dialogue', () => {
	it('stores the question and its seed statements, shown at once, behind an unguessable join code', async () => {
		const dialogue = await open({ seeds: [...seeds, '  all sex work  should be ENDED '] });
		expect(dialogue.code).toMatch(/^[a-z2-9]{12}$/);
		expect((await dialogueByCode(handle.db, dialogue.code.toUpperCase()))?.id).toBe(dialogue.id);
		const statements = await statementsOf(handle.db, dialogue.id);
		expect(statements.map((s) => s.text)).toEqual(seeds); // the repeated seed is dropped
		expect(statements.every((s) => s.status === 'approved' && s.origin === 'seed')).toBe(true);
	});
});

describe('taking part', () => {
	it('recognises a returning device, and keeps its declared group unless it is changed', async () => {
		const dialogue = await open();
		const token = newDeviceToken();
		const first = await joinDialogue(handle.db, dialogue, token, 'Police');
		expect(await joinDialogue(handle.db, dialogue, token)).toBe(first);
		expect((await participantOf(handle.db, dialogue.id, token))?.stakeholder).toBe('Police');
		await joinDialogue(handle.db, dialogue, token, null);
		expect((await participantOf(handle.db, dialogue.id, token))?.stakeholder).toBeNull();
		await expect(joinDialogue(handle.db, dialogue, token, 'Journalists')).rejects.toThrow(new DialogueError('unknown-group'));
	});

	it('offers each statement once, least-voted first, and never the participant’s own', async () => {
		const dialogue = await open({ moderation: 'after' });
		const me = await joinDialogue(handle.db, dialogue, newDeviceToken());
		const other = await joinDialogue(handle.db, dialogue, newDeviceToken());
		const statements = await statementsOf(handle.db, dialogue.id);
		await castVote(handle.db, dialogue, other, statements[0]!.id, 1);
		expect((await nextStatement(handle.db, dialogue.id, me))?.id).toBe(statements[1]!.id);

		const mine = await submitStatement(handle.db, dialogue, me, 'Safe consumption sites help everyone');
		const seen: number[] = [];
		for (let s = await nextStatement(handle.db, dialogue.id, me); s; s = await nextStatement(handle.db, dialogue.id, me)) {
			seen.push(s.id);
			await castVote(handle.db, dialogue, me, s.id, 0);
		}
		expect(seen.sort((a, b) => a - b)).toEqual(statements.map((s) => s.id));
		expect(seen).not.toContain(mine.id);
		expect(await progress(handle.db, dialogue.id, me)).toEqual({ answered: seeds.length, shown: seeds.length });
		for (const s of statements) await castVote(handle.db, dialogue, other, s.id, 1);
		expect((await nextStatement(handle.db, dialogue.id, other))?.id).toBe(mine.id);
	});

	it('lets a vote be changed, and refuses votes on hidden statements or a closed dialogue', async () => {
		const dialogue = await open();
		const me = await joinDialogue(handle.db, dialogue, newDeviceToken());
		const [first] = await statementsOf(handle.db, dialogue.id);
		await castVote(handle.db, dialogue, me, first!.id, 1);
		await castVote(handle.db, dialogue, me, first!.id, -1);
		const results = await dialogueResults(handle.db, dialogue);
		expect(results.votes).toBe(1);
		expect(results.analysis.statements[0]?.overall).toMatchObject({ agree: 0, disagree: 1 });

		const pending = await submitStatement(handle.db, dialogue, me, 'Housing first for people selling sex');
		const other = await joinDialogue(handle.db, dialogue, newDeviceToken());
		await expect(castVote(handle.db, dialogue, other, pending.id, 1)).rejects.toThrow(new DialogueError('not-found'));
		const elsewhere = await open();
		await expect(castVote(handle.db, elsewhere, other, first!.id, 1)).rejects.toThrow(new DialogueError('not-found'));

		await updateDialogue(handle.db, dialogue.id, { status: 'closed' });
		const closed = (await dialogueByCode(handle.db, dialogue.code))!;
		await expect(castVote(handle.db, closed, me, first!.id, 1)).rejects.toThrow(new DialogueError('closed'));
		await expect(submitStatement(handle.db, closed, me, 'Another idea')).rejects.toThrow(new DialogueError('closed'));
	});
});

describe('participants’ statements', () => {
	it('wait for a facilitator when moderation comes first, and are refused when empty, too long or repeated', async () => {
		const dialogue = await open({ moderation: 'before' });
		const me = await joinDialogue(handle.db, dialogue, newDeviceToken());
		const mine = await submitStatement(handle.db, dialogue, me, '  Fund   peer-led outreach ');
		expect(mine).toMatchObject({ text: 'Fund peer-led outreach', status: 'pending', origin: 'participant' });
		const other = await joinDialogue(handle.db, dialogue, newDeviceToken());
		for (let s = await nextStatement(handle.db, dialogue.id, other); s; s = await nextStatement(handle.db, dialogue.id, other)) {
			expect(s.id).not.toBe(mine.id);
			await castVote(handle.db, dialogue, other, s.id, 1);
		}
		expect(await moderate(handle.db, dialogue.id, mine.id, 'approved')).toBe(true);
		expect((await nextStatement(handle.db, dialogue.id, other))?.id).toBe(mine.id);
		// A facilitator of another dialogue cannot moderate it by changing the id.
		expect(await moderate(handle.db, (await open()).id, mine.id, 'rejected')).toBe(false);

		await expect(submitStatement(handle.db, dialogue, me, 'fund peer-led OUTREACH')).rejects.toThrow(
			new DialogueError('duplicate')
		);
		await expect(submitStatement(handle.db, dialogue, me, ' a ')).rejects.toThrow(new DialogueError('too-short'));
		await expect(submitStatement(handle.db, dialogue, me, 'x'.repeat(281))).rejects.toThrow(new DialogueError('too-long'));
		await updateDialogue(handle.db, dialogue.id, { allowStatements: false });
		const off = (await dialogueByCode(handle.db, dialogue.code))!;
		await expect(submitStatement(handle.db, off, me, 'One more idea')).rejects.toThrow(new DialogueError('statements-off'));
	});

	it('are shown at once when moderation comes after, and leave the results when rejected', async () => {
		const dialogue = await open({ moderation: 'after' });
		const me = await joinDialogue(handle.db, dialogue, newDeviceToken());
		const mine = await submitStatement(handle.db, dialogue, me, 'Bring back the drop-in centre');
		expect(mine.status).toBe('approved');
		const before = await dialogueVersion(handle.db, dialogue.id);
		expect((await dialogueResults(handle.db, dialogue)).statements.map((s) => s.id)).toContain(mine.id);
		await moderate(handle.db, dialogue.id, mine.id, 'rejected');
		expect((await dialogueResults(handle.db, dialogue)).statements.map((s) => s.id)).not.toContain(mine.id);
		expect(await dialogueVersion(handle.db, dialogue.id)).not.toBe(before);
	});
});

describe('results', () => {
	it('find two camps with a shared core, and agreement by declared group, without exposing anyone', async () => {
		const dialogue = await open();
		const statements = await statementsOf(handle.db, dialogue.id);
		// Statements 0, 2, 4, 6, 7: everyone agrees. 1 and 5 divide the camps; 3 too.
		const camp = (side: 1 | -1): Array<1 | -1> => [1, side, 1, -side as 1 | -1, 1, -side as 1 | -1, 1, 1];
		const participants: string[] = [];
		for (let i = 0; i < 16; i++) {
			const group = i < 8 ? 'Sex workers' : 'Police';
			const id = await joinDialogue(handle.db, dialogue, newDeviceToken(), group);
			participants.push(id);
			const votes = camp(i < 8 ? 1 : -1);
			await Promise.all(statements.map((s, j) => castVote(handle.db, dialogue, id, s.id, votes[j]!)));
		}
		const { analysis, votes } = await dialogueResults(handle.db, dialogue);
		expect(votes).toBe(16 * 8);
		expect(analysis.groups.map((g) => g.size)).toEqual([8, 8]);
		const shared = [0, 2, 4, 6, 7].map((j) => String(statements[j]!.id));
		expect([...analysis.commonGround].sort()).toEqual([...shared].sort());
		expect(analysis.divisive).toEqual(expect.arrayContaining([1, 3, 5].map((j) => String(statements[j]!.id))));
		expect(analysis.byStakeholder.shown.map((g) => g.group).sort()).toEqual(['Police', 'Sex workers']);
		const published = JSON.stringify(analysis);
		for (const id of participants) expect(published).not.toContain(id);

		const added = await actionsFromCommonGround(handle.db, dialogue, await dialogueResults(handle.db, dialogue));
		expect(added).toBe(5);
		expect(await actionsFromCommonGround(handle.db, dialogue, await dialogueResults(handle.db, dialogue))).toBe(0);
	});

	it('hide a declared group smaller than the dialogue’s minimum', async () => {
		const dialogue = await open({ minGroupSize: 3 });
		const statements = await statementsOf(handle.db, dialogue.id);
		for (let i = 0; i < 5; i++) {
			const id = await joinDialogue(handle.db, dialogue, newDeviceToken(), i < 3 ? 'Residents' : 'Police');
			for (const s of statements) await castVote(handle.db, dialogue, id, s.id, 1);
		}
		const { analysis } = await dialogueResults(handle.db, dialogue);
		expect(analysis.byStakeholder.shown.map((g) => g.group)).toEqual(['Residents']);
		expect(analysis.byStakeholder.hidden).toBe(2);
	});
});

describe('the action list', () => {
	it('adds, edits, reorders by insertion and deletes actions, only within their own dialogue', async () => {
		const dialogue = await open();
		const a = await addAction(handle.db, dialogue.id, { title: ' Light the lane ', owner: 'City works', due: '2027-03-01' });
		const b = await addAction(handle.db, dialogue.id, { title: 'Monthly table with police and sex workers' });
		expect(a).toMatchObject({ title: 'Light the lane', owner: 'City works', due: '2027-03-01', status: 'open', position: 0 });
		expect(b.position).toBe(1);
		expect(await updateAction(handle.db, dialogue.id, a.id, { status: 'done', owner: 'Residents’ association' })).toBe(true);
		const other = await open();
		expect(await updateAction(handle.db, other.id, a.id, { title: 'hijacked' })).toBe(false);
		expect(await deleteAction(handle.db, other.id, b.id)).toBe(false);
		expect(await deleteAction(handle.db, dialogue.id, b.id)).toBe(true);
		expect((await actionsOf(handle.db, dialogue.id)).map((x) => [x.title, x.status, x.owner])).toEqual([
			['Light the lane', 'done', 'Residents’ association']
		]);
	});
});
