import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/open-test-db.ts';
import type { DbHandle } from './db/client.ts';
import { getAnswerCounts, recordQuizSubmission } from './quiz.service.ts';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDb();
});
afterAll(async () => {
	await handle.close();
});

describe('quiz statistics', () => {
	// Unique ids keep this test independent of others sharing a PostgreSQL database.
	const id = (name: string) => `${name}-${randomBytes(4).toString('hex')}`;

	it('adds each submission to anonymous per-choice totals', async () => {
		const [q1, q2] = [id('q1'), id('q2')];
		await recordQuizSubmission(handle.db, 'en', { [q1]: 'a', [q2]: 'b' });
		await recordQuizSubmission(handle.db, 'fr', { [q1]: 'a' });
		await recordQuizSubmission(handle.db, 'en', { [q1]: 'c' });
		const counts = await getAnswerCounts(handle.db);
		expect(counts[q1]).toEqual({ a: 2, c: 1 });
		expect(counts[q2]).toEqual({ b: 1 });
	});

	it('keeps every concurrent submission', async () => {
		const q = id('concurrent');
		await Promise.all(Array.from({ length: 20 }, () => recordQuizSubmission(handle.db, 'en', { [q]: 'b' })));
		expect((await getAnswerCounts(handle.db))[q]).toEqual({ b: 20 });
	});
});
