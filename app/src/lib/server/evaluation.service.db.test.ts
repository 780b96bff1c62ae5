import { randomBytes } from 'node:crypto';
import { defaultInstrument, pairingKey, summariseEvaluation } from '@unconflate/evaluation';
import { exportResponsesCsv } from '@unconflate/evaluation/csv';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/open-test-db.ts';
import type { DbHandle } from './db/client.ts';
import { evaluationResponses } from './db/schema.ts';
import {
	createEvaluationSession,
	ensureDefaultInstrument,
	evaluationSessionForEvent,
	filterOptions,
	importPastEvaluations,
	latestVersion,
	questionnaireByToken,
	responsesFor,
	saveInstrument,
	setQuestionnaireStatus,
	submitQuestionnaire
} from './evaluation.service.ts';
import { createEvent } from './events.service.ts';
import { createRequest } from './requests.service.ts';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDb();
});
afterAll(async () => {
	await handle.close();
});

const unique = (name: string) => `${name}-${randomBytes(3).toString('hex')}`;

/** Answers a participant might give before (mostly unsure, conflating) and after (closer to the evidence). */
const before = { 'k-movement': 'border', 'b-most-sex-workers-trafficked': 4, 'b-adults-decide': 2 };
const after = {
	'k-movement': 'not-required',
	'b-most-sex-workers-trafficked': 2,
	'b-adults-decide': 4,
	'r-tell-apart': { before: 2, now: 4 },
	'o-stays-with-you': 'Sex work and trafficking are not the same thing.'
};

async function openSession(label = 'City clinic') {
	const session = await createEvaluationSession(handle.db, {
		label,
		organisation: unique('Clinic'),
		sector: 'health',
		heldOn: '2026-03-14'
	});
	await setQuestionnaireStatus(handle.db, session.id, 'pre', 'open');
	await setQuestionnaireStatus(handle.db, session.id, 'post', 'open');
	const pre = await questionnaireByToken(handle.db, session.preToken);
	const post = await questionnaireByToken(handle.db, session.postToken);
	if (!pre || !post) throw new Error('the links open nothing');
	return { session, pre, post };
}

describe('questionnaires', () => {
	it('opens the pre and the post questionnaire by their own links, with the default instrument', async () => {
		const { session, pre, post } = await openSession();
		expect(pre.phase).toBe('pre');
		expect(post.phase).toBe('post');
		expect(pre.instrument.id).toBe(defaultInstrument.id);
		expect(session.code).toMatch(/^2026-03-14-city-clinic-[a-z0-9]{4}$/);
		expect(await questionnaireByToken(handle.db, 'x'.repeat(43))).toBeUndefined();
	});

	it('stores a questionnaire under the HMAC of the code with the session salt, never the code', async () => {
		const { session, pre } = await openSession();
		expect(await submitQuestionnaire(handle.db, pre, ' Marie07 ', before)).toEqual({ outcome: 'accepted' });
		const rows = await handle.db.select().from(evaluationResponses).where(eq(evaluationResponses.sessionId, session.id));
		expect(rows).toHaveLength(1);
		expect(rows[0]?.pairingKey).toBe(await pairingKey('marie07', session.salt));
		expect(JSON.stringify(rows[0])).not.toMatch(/marie07/i);
		expect(rows[0]?.answers).toEqual(before);
		expect(rows[0]?.instrumentVersionId).toBe(session.instrumentVersionId);
	});

	it('refuses a second questionnaire with the same code in the same phase, and accepts it in the other', async () => {
		const { session, pre, post } = await openSession();
		expect((await submitQuestionnaire(handle.db, pre, 'AB-03', before)).outcome).toBe('accepted');
		expect((await submitQuestionnaire(handle.db, pre, 'ab-03', { 'b-adults-decide': 5 })).outcome).toBe('duplicate');
		expect((await submitQuestionnaire(handle.db, post, 'ab-03', after)).outcome).toBe('accepted');
		const rows = await handle.db.select().from(evaluationResponses).where(eq(evaluationResponses.sessionId, session.id));
		expect(rows.map((r) => r.phase).sort()).toEqual(['post', 'pre']);
	});

	it('takes no answer once a questionnaire is closed, or before it opens', async () => {
		const { session, pre } = await openSession();
		await setQuestionnaireStatus(handle.db, session.id, 'pre', 'closed');
		expect((await submitQuestionnaire(handle.db, pre, 'late', before)).outcome).toBe('closed');
		const fresh = await createEvaluationSession(handle.db, { label: 'Not yet' });
		const notOpen = await questionnaireByToken(handle.db, fresh.postToken);
		expect(notOpen?.status).toBe('not-open');
		expect((await submitQuestionnaire(handle.db, notOpen!, 'early', after)).outcome).toBe('closed');
	});

	it('names every problem of an invalid questionnaire and stores nothing', async () => {
		const { session, pre } = await openSession();
		const result = await submitQuestionnaire(handle.db, pre, '', {
			'b-adults-decide': 9,
			'r-tell-apart': { before: 1, now: 2 },
			'no-such-item': 'x'
		});
		expect(result.outcome).toBe('invalid');
		const codes = result.outcome === 'invalid' ? result.problems.map((p) => p.code).sort() : [];
		expect(codes).toEqual(['missing-pairing', 'not-in-phase', 'out-of-range', 'unknown-item']);
		expect(await handle.db.select().from(evaluationResponses).where(eq(evaluationResponses.sessionId, session.id))).toEqual([]);
	});

	it('evaluates a scheduled workshop once, with its request’s organisation and sector', async () => {
		const { request } = await createRequest(handle.db, {
			organisation: 'Harbour Shelter',
			contactName: 'Sam',
			contactEmail: 'sam@example.org',
			sector: 'housing',
			staffCount: 12,
			hopes: 'Respond better',
			format: 'on-site',
			locale: 'en'
		});
		const event = await createEvent(handle.db, {
			slug: unique('harbour-workshop'),
			kind: 'workshop',
			visibility: 'unlisted',
			status: 'published',
			title: { en: 'Workshop at Harbour Shelter' },
			startsAt: new Date('2026-05-02T16:00:00Z'),
			endsAt: new Date('2026-05-02T20:00:00Z'),
			timeZone: 'America/Vancouver',
			requestId: request.id
		});
		const first = await evaluationSessionForEvent(handle.db, event.id);
		const second = await evaluationSessionForEvent(handle.db, event.id);
		expect(second?.id).toBe(first?.id);
		expect(first).toMatchObject({ organisation: 'Harbour Shelter', sector: 'housing', heldOn: '2026-05-02' });
	});
});

describe('reports', () => {
	it('pairs the stored questionnaires and filters by organisation, sector and year', async () => {
		const { session, pre, post } = await openSession('Paired');
		for (let i = 0; i < 6; i++) {
			await submitQuestionnaire(handle.db, pre, `code-${i}`, before);
			await submitQuestionnaire(handle.db, post, `code-${i}`, after);
		}
		const { instrument, responses } = await responsesFor(handle.db, { organisations: [session.organisation] });
		expect(responses).toHaveLength(12);
		expect(responses[0]?.meta).toEqual({ organisation: session.organisation, sector: 'health', date: '2026-03-14' });
		const summary = summariseEvaluation(instrument, responses);
		expect(summary.counts).toMatchObject({ pre: 6, post: 6, pairs: 6 });
		expect((await responsesFor(handle.db, { organisations: [session.organisation], years: ['2025'] })).responses).toEqual([]);
		expect((await responsesFor(handle.db, { sessions: [session.id], sectors: ['health'] })).responses).toHaveLength(12);
		const options = await filterOptions(handle.db);
		expect(options.organisations).toContain(session.organisation);
		expect(options.years).toContain('2026');
	});
});

describe('instruments', () => {
	it('edits an unused version in place and turns an edit of a version in use into a new version', async () => {
		const id = unique('programme');
		const first = await saveInstrument(handle.db, { ...defaultInstrument, id }, null);
		expect(first).toMatchObject({ ok: true, created: true, version: { version: 1 } });
		const reworded = structuredClone(defaultInstrument);
		reworded.id = id;
		reworded.title.en = 'Evaluation of the youth workers’ workshop';
		const inPlace = await saveInstrument(handle.db, reworded, null);
		expect(inPlace).toMatchObject({ ok: true, created: false, version: { version: 1 } });

		const session = await createEvaluationSession(handle.db, { label: 'Youth', instrumentId: id });
		await setQuestionnaireStatus(handle.db, session.id, 'pre', 'open');
		const pre = await questionnaireByToken(handle.db, session.preToken);
		await submitQuestionnaire(handle.db, pre!, 'yy', before);

		reworded.title.fr = 'Évaluation de l’atelier jeunesse';
		const next = await saveInstrument(handle.db, reworded, null);
		expect(next).toMatchObject({ ok: true, created: true, version: { version: 2 } });
		// Reports read every answer with the newest version, and say which other versions were given.
		const report = await responsesFor(handle.db, { instrumentId: id });
		expect(report.instrument.version).toBe(2);
		expect(report.otherVersions).toEqual([1]);
		expect(report.responses).toHaveLength(1);
		// The session and its answer keep version 1.
		expect((await questionnaireByToken(handle.db, session.preToken))?.instrument.title.fr).toBe(defaultInstrument.title.fr);
		expect((await latestVersion(handle.db, id))?.definition.title.fr).toBe('Évaluation de l’atelier jeunesse');
	});

	it('refuses an invalid instrument and names where each problem is', async () => {
		const broken = structuredClone(defaultInstrument) as unknown as { items: Array<Record<string, unknown>> };
		(broken.items[0]!['prompt'] as { fr: string }).fr = '';
		broken.items[1]!['id'] = broken.items[0]!['id'];
		const result = await saveInstrument(handle.db, broken, null);
		expect(result.ok).toBe(false);
		const paths = result.ok ? [] : result.issues.map((issue) => issue.path);
		expect(paths).toContain('items.0.prompt.fr');
		expect(paths).toContain('items.1.id');
		expect((await ensureDefaultInstrument(handle.db)).definition).toEqual(defaultInstrument);
	});
});

describe('importing past evaluations', () => {
	it('stores the valid rows, reports every refused row by line, and never stores a row twice', async () => {
		const code = unique('past-2019');
		const keyA = 'a'.repeat(64);
		const keyB = 'b'.repeat(64);
		const csv = exportResponsesCsv(defaultInstrument, [
			{ session: code, phase: 'pre', pairing: keyA, answers: { 'b-adults-decide': 2 } },
			{ session: code, phase: 'post', pairing: keyA, answers: { 'b-adults-decide': 5 } },
			{ session: code, phase: 'pre', pairing: keyB, answers: { 'b-adults-decide': 3 } }
		]);
		const broken = `${csv}${code},post,${keyB},,7\r\n`;
		// A row with the wrong number of cells, and one with an out-of-range rating.
		const columns = csv
			.replace(/^\uFEFF/, '')
			.split('\r\n')[0]!
			.split(',');
		const badRating = columns.map((column) =>
			column === 'session'
				? code
				: column === 'phase'
					? 'post'
					: column === 'pairing_hash'
						? 'c'.repeat(64)
						: column === 'b-adults-decide'
							? '7'
							: ''
		);
		const text = `${broken}${badRating.join(',')}\r\n`;
		const result = await importPastEvaluations(handle.db, text, {
			organisation: 'Old partner',
			sector: 'police',
			heldOn: '2019-06-01'
		});
		expect(result.stored).toBe(3);
		expect(result.sessionsCreated).toEqual([code]);
		expect(result.report.rejected.map((row) => [row.line, row.problems.map((p) => p.code)])).toEqual([
			[5, ['column-count']],
			[6, ['out-of-range']]
		]);
		const again = await importPastEvaluations(handle.db, csv, {});
		expect(again.stored).toBe(0);
		expect(again.alreadyStored).toEqual([2, 3, 4]);
		const { responses } = await responsesFor(handle.db, { years: ['2019'], organisations: ['Old partner'] });
		expect(responses).toHaveLength(3);
		expect(responses[0]?.meta.sector).toBe('police');
	});
});
