import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/open-test-db.ts';
import type { DbHandle } from './db/client.ts';
import { auditLog } from './db/schema.ts';
import {
	evaluationSessionForEvent,
	questionnaireByToken,
	setQuestionnaireStatus,
	submitQuestionnaire
} from './evaluation.service.ts';
import { cancelEvent, createEvent } from './events.service.ts';
import {
	advanceRequest,
	advanceRequests,
	canMove,
	createRequest,
	listRequests,
	moveRequest,
	requestById,
	requestByToken,
	RequestTransitionError,
	sessionsOfRequest,
	type NewRequest
} from './requests.service.ts';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDb();
});
afterAll(async () => {
	await handle.close();
});

const aRequest = (organisation = 'Harbour Health Clinic'): NewRequest => ({
	organisation,
	contactName: 'Dana',
	contactEmail: 'Dana@Harbour.example',
	sector: 'health',
	staffCount: 25,
	hopes: 'Staff who respond to what sex workers say they need.',
	preferredDates: 'Any Tuesday in March',
	format: 'on-site',
	address: '12 Harbour Road',
	locale: 'en'
});

describe('workshop requests', () => {
	it('arrive as new, with a private contact link kept only as a hash', async () => {
		const { request, contactToken } = await createRequest(handle.db, aRequest());
		expect(request.status).toBe('new');
		expect(request.contactEmail).toBe('dana@harbour.example');
		expect(request.contactTokenHash).not.toContain(contactToken);
		expect((await requestByToken(handle.db, contactToken))?.id).toBe(request.id);
		expect(await requestByToken(handle.db, contactToken.slice(1))).toBeUndefined();
		expect((await listRequests(handle.db, 'new')).map((r) => r.id)).toContain(request.id);
	});

	it('move through scheduled, delivered and evaluated, and are declined only with a reason', async () => {
		const { request } = await createRequest(handle.db, aRequest('Shelter'));
		await expect(moveRequest(handle.db, request.id, 'delivered')).rejects.toThrow(new RequestTransitionError('not-allowed'));
		await expect(moveRequest(handle.db, request.id, 'declined', '  ')).rejects.toThrow(
			new RequestTransitionError('reason-missing')
		);
		const declined = await moveRequest(handle.db, request.id, 'declined', 'No facilitator free in March');
		expect(declined).toMatchObject({ status: 'declined', declineReason: 'No facilitator free in March' });
		expect((await moveRequest(handle.db, request.id, 'new')).declineReason).toBe('');
		for (const status of ['scheduled', 'delivered', 'evaluated'] as const) await moveRequest(handle.db, request.id, status);
		expect(canMove('evaluated', 'new')).toBe(false);
		await expect(moveRequest(handle.db, '00000000-0000-0000-0000-000000000000', 'scheduled')).rejects.toThrow(
			new RequestTransitionError('not-found')
		);
	});

	it('list the workshops scheduled for them', async () => {
		const { request } = await createRequest(handle.db, aRequest('City works'));
		const start = new Date(Date.now() + 10 * 24 * 3600 * 1000);
		const session = await createEvent(handle.db, {
			slug: `workshop-${request.id.slice(0, 8)}`,
			kind: 'workshop',
			visibility: 'unlisted',
			status: 'published',
			title: { en: 'Curriculum for Change' },
			startsAt: start,
			endsAt: new Date(start.getTime() + 4 * 3600 * 1000),
			timeZone: 'America/Vancouver',
			requestId: request.id
		});
		expect((await sessionsOfRequest(handle.db, request.id)).map((s) => s.id)).toEqual([session.id]);
	});
});

describe('a request’s progress after its sessions', () => {
	const HOUR = 3_600_000;
	async function scheduled(organisation: string, startsInHours: number, hoursLong = 4) {
		const { request } = await createRequest(handle.db, aRequest(organisation));
		await moveRequest(handle.db, request.id, 'scheduled');
		const startsAt = new Date(Date.now() + startsInHours * HOUR);
		const session = await createEvent(handle.db, {
			slug: `workshop-${request.id.slice(0, 12)}`,
			kind: 'workshop',
			visibility: 'unlisted',
			status: 'published',
			title: { en: `Workshop for ${organisation}` },
			startsAt,
			endsAt: new Date(startsAt.getTime() + hoursLong * HOUR),
			timeZone: 'America/Toronto',
			requestId: request.id
		});
		return { request, session };
	}

	it('moves a request to delivered once its session has ended, and leaves one to come alone', async () => {
		const past = await scheduled('Past Clinic', -30);
		const coming = await scheduled('Coming Clinic', 30);
		expect(await advanceRequests(handle.db)).toBeGreaterThanOrEqual(1);
		expect((await requestById(handle.db, past.request.id))?.status).toBe('delivered');
		expect((await requestById(handle.db, coming.request.id))?.status).toBe('scheduled');
		// A cancelled session is no delivery.
		const cancelled = await scheduled('Cancelled Clinic', -30);
		await cancelEvent(handle.db, cancelled.session.id);
		expect(await advanceRequest(handle.db, cancelled.request.id)).toBe('scheduled');
	});

	it('moves a request to evaluated with the first answers after its workshop, through delivered, audited', async () => {
		const { request, session } = await scheduled('Under Way Clinic', -2);
		const evaluation = await evaluationSessionForEvent(handle.db, session.id);
		if (!evaluation) throw new Error('no evaluation for the session');
		await setQuestionnaireStatus(handle.db, evaluation.id, 'pre', 'open');
		await setQuestionnaireStatus(handle.db, evaluation.id, 'post', 'open');
		const pre = await questionnaireByToken(handle.db, evaluation.preToken);
		const post = await questionnaireByToken(handle.db, evaluation.postToken);
		if (!pre || !post) throw new Error('the links open nothing');
		expect((await submitQuestionnaire(handle.db, pre, 'code-1', { 'b-adults-decide': 2 })).outcome).toBe('accepted');
		expect((await requestById(handle.db, request.id))?.status).toBe('scheduled');
		expect((await submitQuestionnaire(handle.db, post, 'code-1', { 'b-adults-decide': 4 })).outcome).toBe('accepted');
		expect((await requestById(handle.db, request.id))?.status).toBe('evaluated');
		const moves = await handle.db
			.select({ details: auditLog.details, actorId: auditLog.actorId })
			.from(auditLog)
			.where(and(eq(auditLog.targetId, request.id), eq(auditLog.action, 'request.moved')))
			.orderBy(asc(auditLog.id));
		expect(moves.map((m) => m.details)).toEqual([
			{ from: 'new', to: 'scheduled' },
			{ from: 'scheduled', to: 'delivered' },
			{ from: 'delivered', to: 'evaluated' }
		]);
		expect(moves.every((m) => m.actorId === null)).toBe(true);
		// Later answers change nothing.
		expect((await submitQuestionnaire(handle.db, post, 'code-2', { 'b-adults-decide': 5 })).outcome).toBe('accepted');
		expect(await advanceRequest(handle.db, request.id)).toBe('evaluated');
	});
});
