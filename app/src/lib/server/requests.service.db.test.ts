import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/open-test-db.ts';
import type { DbHandle } from './db/client.ts';
import { createEvent } from './events.service.ts';
import {
	canMove,
	createRequest,
	listRequests,
	moveRequest,
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
