import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/open-test-db.ts';
import type { SessionInput } from '../train/session-form.ts';
import { auditEntries } from './auth/audit.ts';
import { createMailer, outboxMessages } from './auth/mail.ts';
import type { DbHandle } from './db/client.ts';
import { events, registrations, sessionReminders, staffUsers } from './db/schema.ts';
import { register } from './events.service.ts';
import { createRequest, moveRequest, requestById, requestCounts, RequestTransitionError } from './requests.service.ts';
import {
	applyRetention,
	cancelSession,
	checkIn,
	declineRequest,
	eraseRegistration,
	liveSessionsOfRequest,
	listSessions,
	scheduleSession,
	sendDueReminders,
	SessionError,
	sessionFor,
	sessionRegistrations,
	sessionsOfRequestWithTeam,
	updateSession,
	type TrainContext,
	type Viewer
} from './sessions.service.ts';
import { sendRegistrationEmail } from './registration-emails.ts';
import { startTrainJobs } from './train-jobs.ts';

let handle: DbHandle;
let ctx: TrainContext;
const ORIGIN = 'https://unconflate.test';
const HOUR = 3_600_000;

const coordinator: Viewer = { id: 'coordinatorAAAA1', role: 'coordinator' };
const felix: Viewer = { id: 'facilitatorFelix1', role: 'facilitator' };
const sam: Viewer = { id: 'facilitatorSam001', role: 'facilitator' };
const gone: Viewer = { id: 'facilitatorGone01', role: 'facilitator' };

beforeAll(async () => {
	handle = await openTestDb();
	ctx = { db: handle.db, mailer: createMailer(handle.db, { from: 'Unconflate <no-reply@unconflate.test>' }), origin: ORIGIN };
	await handle.db.insert(staffUsers).values([
		{ id: coordinator.id, name: 'Cora', email: 'cora@example.org', role: 'coordinator' },
		{ id: felix.id, name: 'Félix', email: 'felix@example.org', role: 'facilitator', locale: 'fr' },
		{ id: sam.id, name: 'Sam', email: 'sam@example.org', role: 'facilitator' },
		{ id: gone.id, name: 'Gone', email: 'gone@example.org', role: 'facilitator', deactivatedAt: new Date() }
	]);
});
afterAll(async () => {
	await handle.close();
});

/** The registrations of a session, as a page reads them: through the viewer's access check. */
async function registrationsSeenBy(viewer: Viewer, eventId: string) {
	return sessionRegistrations(handle.db, await sessionFor(handle.db, viewer, eventId));
}

async function aRequest(organisation: string) {
	const { request } = await createRequest(handle.db, {
		organisation,
		contactName: 'Dana',
		contactEmail: 'dana@example.org',
		sector: 'health',
		staffCount: 20,
		hopes: 'Respond to what sex workers say they need',
		format: 'on-site',
		address: '12 Harbour Road',
		locale: 'en'
	});
	return request;
}

function anInput(startsInHours: number, team: SessionInput['facilitators']): SessionInput {
	const startsAt = new Date(Date.now() + startsInHours * HOUR);
	return {
		startsAt,
		endsAt: new Date(startsAt.getTime() + 4 * HOUR),
		timeZone: 'America/Vancouver',
		venue: 'Harbour Health, room 2',
		address: '12 Harbour Road',
		accessibility: 'Step-free entrance',
		onlineUrl: null,
		capacity: 2,
		waitlist: true,
		language: 'bilingual',
		agenda: { en: '1. What sex work is', fr: '1. Ce qu’est le travail du sexe' },
		facilitators: team
	};
}

const person = (name: string, locale: 'en' | 'fr') => ({ name, email: `${name.toLowerCase()}@example.org`, locale });

describe('scheduling a session from a request', () => {
	it('creates an unlisted workshop open for registration, assigns the team and moves the request to scheduled', async () => {
		const request = await aRequest('Harbour Health');
		const event = await scheduleSession(
			handle.db,
			coordinator,
			request.id,
			anInput(30, [
				{ staffUserId: felix.id, experiential: true },
				{ staffUserId: coordinator.id, experiential: false }
			])
		);
		expect(event).toMatchObject({ kind: 'workshop', visibility: 'unlisted', status: 'published', registrationOpen: true });
		expect(event.slug).toMatch(/^workshop-[0-9a-f]{16}$/);
		expect(event.title).toEqual({ en: 'Workshop for Harbour Health', fr: 'Atelier pour Harbour Health' });
		expect(event.summary).toEqual({ en: '1. What sex work is', fr: '1. Ce qu’est le travail du sexe' });
		expect((await requestById(handle.db, request.id))?.status).toBe('scheduled');
		const view = await sessionFor(handle.db, coordinator, event.id);
		expect(view.facilitators).toEqual([
			{ id: felix.id, name: 'Félix', experiential: true },
			{ id: coordinator.id, name: 'Cora', experiential: false }
		]);
		expect(view.language).toBe('bilingual');
		expect(view.request).toEqual({ id: request.id, organisation: 'Harbour Health' });
		const audit = await auditEntries(handle.db, { limit: 5 });
		expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['session.scheduled', 'request.moved']));
		expect(audit.find((a) => a.action === 'request.moved')?.details).toEqual({ from: 'new', to: 'scheduled' });
	});

	it('lists a request’s sessions soonest first, each with its own team, people with lived experience first', async () => {
		const request = await aRequest('Two Sessions Clinic');
		const later = await scheduleSession(
			handle.db,
			coordinator,
			request.id,
			anInput(90, [
				{ staffUserId: coordinator.id, experiential: false },
				{ staffUserId: felix.id, experiential: true }
			])
		);
		const sooner = await scheduleSession(
			handle.db,
			coordinator,
			request.id,
			anInput(60, [{ staffUserId: felix.id, experiential: false }])
		);
		const sessions = await sessionsOfRequestWithTeam(handle.db, request.id);
		expect(sessions.map((s) => s.event.id)).toEqual([sooner.id, later.id]);
		expect(sessions.map((s) => s.facilitators.map((f) => f.name))).toEqual([['Félix'], ['Félix', 'Cora']]);
		expect(sessions[1]?.facilitators[0]).toEqual({ id: felix.id, name: 'Félix', experiential: true });
		expect(await sessionsOfRequestWithTeam(handle.db, (await aRequest('No Sessions Yet')).id)).toEqual([]);
	});

	it('refuses a deactivated or unknown facilitator and a request that was declined', async () => {
		const request = await aRequest('Shelter One');
		await expect(
			scheduleSession(handle.db, coordinator, request.id, anInput(50, [{ staffUserId: gone.id, experiential: true }]))
		).rejects.toThrow(new SessionError('facilitator-invalid'));
		await expect(
			scheduleSession(handle.db, coordinator, request.id, anInput(50, [{ staffUserId: 'nobodyAtAll00', experiential: true }]))
		).rejects.toThrow(new SessionError('facilitator-invalid'));
		await moveRequest(handle.db, request.id, 'declined', 'No one free');
		await expect(
			scheduleSession(handle.db, coordinator, request.id, anInput(50, [{ staffUserId: sam.id, experiential: true }]))
		).rejects.toThrow(new SessionError('request-closed'));
		expect((await requestById(handle.db, request.id))?.status).toBe('declined');
	});
});

describe('what each staff member sees', () => {
	let felixSession: string;
	let samSession: string;
	beforeAll(async () => {
		felixSession = (
			await scheduleSession(
				handle.db,
				coordinator,
				(await aRequest('City Outreach')).id,
				anInput(100, [{ staffUserId: felix.id, experiential: true }])
			)
		).id;
		samSession = (
			await scheduleSession(
				handle.db,
				coordinator,
				(await aRequest('Police Unit')).id,
				anInput(120, [{ staffUserId: sam.id, experiential: true }])
			)
		).id;
		await register(handle.db, samSession, person('Rin', 'en'));
	});

	it('lists every session to a coordinator and only their own to a facilitator', async () => {
		const all = (await listSessions(handle.db, coordinator)).map((s) => s.id);
		expect(all).toEqual(expect.arrayContaining([felixSession, samSession]));
		const mine = (await listSessions(handle.db, felix)).map((s) => s.id);
		expect(mine).toContain(felixSession);
		expect(mine).not.toContain(samSession);
		const samList = await listSessions(handle.db, sam);
		expect(samList.map((s) => s.id)).toEqual([samSession]);
		expect(samList[0]).toMatchObject({ organisation: 'Police Unit', confirmed: 1, waitlisted: 0 });
	});

	it('answers "not found" to a facilitator who asks for another session, whatever they try', async () => {
		const notFound = new SessionError('not-found');
		await expect(sessionFor(handle.db, felix, samSession)).rejects.toThrow(notFound);
		await expect(registrationsSeenBy(felix, samSession)).rejects.toThrow(notFound);
		const [rin] = await registrationsSeenBy(sam, samSession);
		expect(rin?.name).toBe('Rin');
		await expect(checkIn(handle.db, felix, samSession, rin?.id ?? '', true)).rejects.toThrow(notFound);
		await expect(sessionFor(handle.db, felix, 'not-a-uuid')).rejects.toThrow(notFound);
		await expect(
			updateSession(ctx, sam, samSession, anInput(120, [{ staffUserId: sam.id, experiential: true }]))
		).rejects.toThrow(notFound);
		await expect(eraseRegistration(ctx, sam, samSession, rin?.id ?? '')).rejects.toThrow(notFound);
		await expect(cancelSession(ctx, sam, samSession, 'no')).rejects.toThrow(notFound);
		// Nothing changed.
		expect((await registrationsSeenBy(sam, samSession))[0]?.checkedInAt).toBeNull();
	});

	it('lets the assigned facilitator check people in and out', async () => {
		const [rin] = await registrationsSeenBy(sam, samSession);
		expect(await checkIn(handle.db, sam, samSession, rin?.id ?? '', true)).toBe(true);
		expect((await registrationsSeenBy(sam, samSession))[0]?.checkedInAt).toBeInstanceOf(Date);
		expect(await checkIn(handle.db, sam, samSession, rin?.id ?? '', false)).toBe(true);
		expect((await registrationsSeenBy(sam, samSession))[0]?.checkedInAt).toBeNull();
		// A registration of another session is not checked in through this one.
		expect(await checkIn(handle.db, felix, felixSession, rin?.id ?? '', true)).toBe(false);
	});

	it('lets a coordinator change the team, after which the new facilitator sees the session and the old one does not', async () => {
		await updateSession(ctx, coordinator, felixSession, {
			...anInput(100, [{ staffUserId: sam.id, experiential: true }]),
			capacity: 30,
			onlineUrl: 'https://meet.example/abc',
			venue: '',
			address: ''
		});
		expect((await listSessions(handle.db, felix)).map((s) => s.id)).not.toContain(felixSession);
		const view = await sessionFor(handle.db, sam, felixSession);
		expect(view.event).toMatchObject({ capacity: 30, onlineUrl: 'https://meet.example/abc' });
	});
});

describe('emails to registrants', () => {
	it('confirms a registration with the calendar file and the private link, in the registrant’s language', async () => {
		const event = await scheduleSession(
			handle.db,
			coordinator,
			(await aRequest('Confirm Clinic')).id,
			anInput(200, [{ staffUserId: felix.id, experiential: true }])
		);
		const { registration, manageToken } = await register(handle.db, event.id, person('Awen', 'fr'));
		expect(await sendRegistrationEmail(ctx, event, registration, manageToken)).toBe('stored');
		const [mail] = await outboxMessages(handle.db, 1);
		expect(mail).toMatchObject({ to: 'awen@example.org', locale: 'fr', subject: 'Votre place : Atelier pour Confirm Clinic' });
		expect(mail?.body).toContain(`${ORIGIN}/fr/evenements/${event.slug}/calendar.ics`);
		expect(mail?.body).toContain(`${ORIGIN}/fr/evenements/${event.slug}/registration/${manageToken}`);
		expect(mail?.body).toContain('Harbour Health, room 2, 12 Harbour Road');
	});

	it('reminds people with a place once, 24 to 48 hours before, and no one else', async () => {
		const soon = await scheduleSession(
			handle.db,
			coordinator,
			(await aRequest('Reminder House')).id,
			anInput(36, [{ staffUserId: felix.id, experiential: true }])
		);
		const later = await scheduleSession(
			handle.db,
			coordinator,
			(await aRequest('Later House')).id,
			anInput(72, [{ staffUserId: felix.id, experiential: true }])
		);
		for (const who of [person('Ana', 'en'), person('Bea', 'fr'), person('Cy', 'en')]) await register(handle.db, soon.id, who);
		await register(handle.db, later.id, person('Dee', 'en'));
		const before = (await outboxMessages(handle.db, 1000)).length;
		// Ana and Bea have places; Cy waits (capacity 2), and the other session is three days away.
		const sent = await sendDueReminders(ctx);
		const mails = (await outboxMessages(handle.db, 1000)).slice(0, sent);
		expect(sent).toBeGreaterThanOrEqual(2);
		expect(mails.map((m) => m.to)).toEqual(expect.arrayContaining(['ana@example.org', 'bea@example.org']));
		expect(mails.map((m) => m.to)).not.toContain('cy@example.org');
		expect(mails.map((m) => m.to)).not.toContain('dee@example.org');
		expect(mails.find((m) => m.to === 'bea@example.org')?.subject).toMatch(/^Rappel : Atelier pour Reminder House/);
		expect((await outboxMessages(handle.db, 1000)).length).toBe(before + sent);
		expect(await sendDueReminders(ctx)).toBe(0);
		// Two days on, the later session is in its window.
		expect(await sendDueReminders(ctx, new Date(Date.now() + 40 * HOUR))).toBe(1);
		expect(await handle.db.select().from(sessionReminders)).toHaveLength(sent + 1);
	});

	it('cancels a session: registration closes, every registrant is told why in their language, the request reopens', async () => {
		const request = await aRequest('Cancel Centre');
		const event = await scheduleSession(
			handle.db,
			coordinator,
			request.id,
			anInput(150, [{ staffUserId: sam.id, experiential: true }])
		);
		for (const who of [person('Eve', 'en'), person('Flo', 'fr'), person('Gus', 'en')]) await register(handle.db, event.id, who);
		await expect(cancelSession(ctx, coordinator, event.id, '  ')).rejects.toThrow(new SessionError('reason-missing'));
		const { notified } = await cancelSession(ctx, coordinator, event.id, 'The facilitator is ill');
		expect(notified).toBe(3);
		const mails = await outboxMessages(handle.db, 3);
		expect(mails.map((m) => m.to).sort()).toEqual(['eve@example.org', 'flo@example.org', 'gus@example.org']);
		const flo = mails.find((m) => m.to === 'flo@example.org');
		expect(flo?.subject).toBe('Annulé : Atelier pour Cancel Centre');
		expect(flo?.body).toContain('The facilitator is ill');
		const [row] = await handle.db.select().from(events).where(eq(events.id, event.id));
		expect(row).toMatchObject({ status: 'cancelled', registrationOpen: false });
		expect((await sessionFor(handle.db, sam, event.id)).cancelReason).toBe('The facilitator is ill');
		expect((await requestById(handle.db, request.id))?.status).toBe('new');
		await expect(cancelSession(ctx, coordinator, event.id, 'again')).rejects.toThrow(new SessionError('cancelled'));
	});
});

describe('declining a request that has sessions', () => {
	it('cancels every session still on, emails each registrant the reason, and keeps the request declined', async () => {
		const request = await aRequest('Declined With Sessions');
		const team = [{ staffUserId: sam.id, experiential: true }];
		const first = await scheduleSession(handle.db, coordinator, request.id, anInput(300, team));
		const second = await scheduleSession(handle.db, coordinator, request.id, anInput(320, team));
		const gone = await scheduleSession(handle.db, coordinator, request.id, anInput(340, team));
		await cancelSession(ctx, coordinator, gone.id, 'Merged with the first session');
		for (const who of [person('Hal', 'en'), person('Ines', 'fr')]) await register(handle.db, first.id, who);
		await register(handle.db, second.id, person('Kit', 'en'));
		expect((await liveSessionsOfRequest(handle.db, request.id)).map((s) => s.id)).toEqual([first.id, second.id]);

		// Nothing happens without a reason, nor for a facilitator.
		await expect(declineRequest(ctx, coordinator, request.id, ' ')).rejects.toThrow(new RequestTransitionError('reason-missing'));
		await expect(declineRequest(ctx, sam, request.id, 'No')).rejects.toThrow(new RequestTransitionError('not-found'));
		expect(await liveSessionsOfRequest(handle.db, request.id)).toHaveLength(2);

		const reason = 'Our funding for this region has ended.';
		const result = await declineRequest(ctx, coordinator, request.id, reason);
		expect(result).toMatchObject({ cancelled: 2, notified: 3, request: { status: 'declined', declineReason: reason } });
		expect(await liveSessionsOfRequest(handle.db, request.id)).toEqual([]);
		for (const id of [first.id, second.id]) {
			const [row] = await handle.db.select().from(events).where(eq(events.id, id));
			expect(row).toMatchObject({ status: 'cancelled', registrationOpen: false });
		}
		const mails = await outboxMessages(handle.db, 3);
		expect(mails.map((m) => m.to).sort()).toEqual(['hal@example.org', 'ines@example.org', 'kit@example.org']);
		const ines = mails.find((m) => m.to === 'ines@example.org');
		expect(ines?.subject).toBe('Annulé : Atelier pour Declined With Sessions');
		expect(ines?.body).toContain(reason);
		// Cancelling the last session did not move it back to new.
		expect((await requestById(handle.db, request.id))?.status).toBe('declined');
		await expect(declineRequest(ctx, coordinator, request.id, reason)).rejects.toThrow(new RequestTransitionError('not-allowed'));
	});

	it('declines a request without sessions as before', async () => {
		const request = await aRequest('Declined Alone');
		expect(await declineRequest(ctx, coordinator, request.id, 'No facilitator free')).toMatchObject({
			cancelled: 0,
			notified: 0,
			request: { status: 'declined' }
		});
	});
});

describe('changing a session', () => {
	it('tells everyone registered when the time or place changes, and no one when only the places do', async () => {
		const team = [{ staffUserId: felix.id, experiential: true }];
		const input = anInput(600, team);
		const event = await scheduleSession(handle.db, coordinator, (await aRequest('Moved Venue')).id, input);
		for (const who of [person('Nia', 'fr'), person('Oz', 'en'), person('Pat', 'en')]) await register(handle.db, event.id, who);
		expect(await updateSession(ctx, coordinator, event.id, { ...input, capacity: 3 })).toEqual({ notified: 0 });
		const later = new Date(input.startsAt.getTime() + 24 * HOUR);
		const { notified } = await updateSession(ctx, coordinator, event.id, {
			...input,
			startsAt: later,
			endsAt: new Date(later.getTime() + 4 * HOUR),
			venue: 'Community hall'
		});
		expect(notified).toBe(3);
		const mails = await outboxMessages(handle.db, 3);
		expect(mails.map((m) => m.to).sort()).toEqual(['nia@example.org', 'oz@example.org', 'pat@example.org']);
		const nia = mails.find((m) => m.to === 'nia@example.org');
		expect(nia?.subject).toBe('Changement : Atelier pour Moved Venue');
		expect(nia?.body).toContain('Community hall, 12 Harbour Road');
		expect(nia?.body).toContain(`/fr/evenements/${event.slug}/calendar.ics`);
	});
});

describe('data protection', () => {
	it('deletes a participant’s registration on request, leaving no name in the audit log', async () => {
		const event = await scheduleSession(
			handle.db,
			coordinator,
			(await aRequest('Erase Org')).id,
			anInput(300, [{ staffUserId: felix.id, experiential: true }])
		);
		const { registration } = await register(handle.db, event.id, { ...person('Hana', 'en'), dietaryNeeds: 'vegan' });
		expect(await eraseRegistration(ctx, felix, event.id, registration.id).catch((e: unknown) => e)).toEqual(
			new SessionError('not-found')
		);
		expect(await eraseRegistration(ctx, coordinator, event.id, registration.id)).toBe(true);
		expect(await handle.db.select().from(registrations).where(eq(registrations.id, registration.id))).toEqual([]);
		expect(await eraseRegistration(ctx, coordinator, event.id, registration.id)).toBe(false);
		const [entry] = await auditEntries(handle.db, { limit: 1 });
		expect(entry).toMatchObject({ action: 'registration.erased', targetId: event.id });
		expect(JSON.stringify(entry)).not.toContain('Hana');
	});

	it('gives a place freed by a deletion to the first person waiting, and tells them in their language', async () => {
		const event = await scheduleSession(
			handle.db,
			coordinator,
			(await aRequest('Waitlist Works')).id,
			anInput(500, [{ staffUserId: felix.id, experiential: true }])
		);
		const { registration: first } = await register(handle.db, event.id, person('Kai', 'en'));
		await register(handle.db, event.id, person('Lou', 'en'));
		const { registration: waiting } = await register(handle.db, event.id, person('Mo', 'fr'));
		expect(waiting.status).toBe('waitlisted');
		expect(await eraseRegistration(ctx, coordinator, event.id, first.id)).toBe(true);
		const [mo] = await handle.db.select().from(registrations).where(eq(registrations.id, waiting.id));
		expect(mo?.status).toBe('confirmed');
		const [mail] = await outboxMessages(handle.db, 1);
		expect(mail).toMatchObject({
			to: 'mo@example.org',
			locale: 'fr',
			subject: 'Une place pour vous : Atelier pour Waitlist Works'
		});
	});

	it('removes registration details once the retention period after the session has passed', async () => {
		const event = await scheduleSession(
			handle.db,
			coordinator,
			(await aRequest('Retention Org')).id,
			anInput(400, [{ staffUserId: felix.id, experiential: true }])
		);
		await register(handle.db, event.id, person('Ivo', 'en'));
		const afterSession = new Date(event.endsAt.getTime() + 24 * HOUR);
		const sevenMonthsLater = new Date(event.endsAt);
		sevenMonthsLater.setMonth(sevenMonthsLater.getMonth() + 7);
		expect(await applyRetention(handle.db, 6, afterSession)).toBe(0);
		expect(await applyRetention(handle.db, 0, sevenMonthsLater)).toBe(0);
		expect(await applyRetention(handle.db, 6, sevenMonthsLater)).toBeGreaterThanOrEqual(1);
		expect(await handle.db.select().from(registrations).where(eq(registrations.eventId, event.id))).toEqual([]);
		// The session itself stays.
		expect(await sessionFor(handle.db, coordinator, event.id)).toBeTruthy();
	});
});

describe('the server’s Train timer', () => {
	it('sends due reminders on its own, without being called', async () => {
		const event = await scheduleSession(
			handle.db,
			coordinator,
			(await aRequest('Timer Hall')).id,
			anInput(30, [{ staffUserId: felix.id, experiential: true }])
		);
		await register(handle.db, event.id, person('Jo', 'en'));
		const stop = startTrainJobs(ctx, { retentionMonths: 6, firstAfterMs: 0, everyMs: 60_000 });
		try {
			const toJo = async () => (await outboxMessages(handle.db, 50)).filter((m) => m.to === 'jo@example.org');
			await expect.poll(async () => (await toJo()).length, { timeout: 20_000 }).toBe(1);
			expect((await toJo())[0]?.subject).toMatch(/^Reminder: Workshop for Timer Hall, /);
		} finally {
			stop();
		}
	});
});

describe('the request inbox', () => {
	it('counts requests by status, every status present', async () => {
		const counts = await requestCounts(handle.db);
		expect(Object.keys(counts).sort()).toEqual(['declined', 'delivered', 'evaluated', 'new', 'scheduled']);
		const before = counts.new;
		await aRequest('Counted Org');
		expect((await requestCounts(handle.db)).new).toBe(before + 1);
		expect(counts.declined).toBeGreaterThanOrEqual(1);
	});
});
