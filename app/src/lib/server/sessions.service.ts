import { randomBytes } from 'node:crypto';
import { and, asc, count, desc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import { m } from '../paraglide/messages.js';
import type { SessionInput, SessionLanguage } from '../train/session-form.ts';
import { recordAudit } from './auth/audit.ts';
import type { Role } from './auth/guard.ts';
import type { Database } from './db/client.ts';
import {
	events,
	registrations,
	sessionDetails,
	sessionFacilitators,
	sessionReminders,
	staffUsers,
	workshopRequests
} from './db/schema.ts';
import {
	cancelEvent,
	deleteRegistration,
	purgeRegistrations,
	setCheckedIn,
	stillRegistered,
	type Event,
	type Registration
} from './events.service.ts';
import { canMove, moveRequest, requestById, RequestTransitionError, type WorkshopRequest } from './requests.service.ts';
import { factsOf, sendCancellationEmails, sendPromotionEmail, type MailContext } from './registration-emails.ts';
import { workshopEmails } from './workshop-emails.ts';

/**
 * Workshop sessions: scheduled from an organisation's request, run by facilitators, attended by
 * people who register through the session's link. Every read and change takes the signed-in staff
 * member: coordinators and admins see every session, a facilitator only the sessions they are
 * assigned to, and any other session is "not found" to them (no hint that it exists).
 */

/** The signed-in staff member a read or change is made for. */
export interface Viewer {
	id: string;
	role: Role;
}

/** What changes that send emails need: the database, the mail layer, and the public origin for links. */
export interface TrainContext extends MailContext {
	db: Database;
}

export type SessionProblem = 'not-found' | 'request-closed' | 'facilitator-invalid' | 'cancelled' | 'reason-missing';

export class SessionError extends Error {
	readonly code: SessionProblem;
	constructor(code: SessionProblem) {
		super(code);
		this.code = code;
	}
}

export const seesAllSessions = (viewer: Viewer) => viewer.role === 'admin' || viewer.role === 'coordinator';

const UUID = /^[0-9a-f-]{36}$/i;

/** The condition on `events` that keeps the sessions a viewer may see: all, or those they facilitate. */
function visibleTo(db: Database, viewer: Viewer) {
	if (seesAllSessions(viewer)) return undefined;
	const assigned = db
		.select({ id: sessionFacilitators.eventId })
		.from(sessionFacilitators)
		.where(eq(sessionFacilitators.staffUserId, viewer.id));
	return inArray(events.id, assigned);
}

export interface SessionFacilitator {
	id: string;
	name: string;
	experiential: boolean;
}

export interface SessionSummary {
	id: string;
	slug: string;
	status: Event['status'];
	title: Event['title'];
	startsAt: Date;
	endsAt: Date;
	timeZone: string;
	online: boolean;
	capacity: number | null;
	organisation: string | null;
	requestId: string | null;
	confirmed: number;
	waitlisted: number;
}

/** Sessions the viewer may see, soonest first; `upcoming` leaves out those that have ended. */
export async function listSessions(
	db: Database,
	viewer: Viewer,
	{ upcoming = false, now = new Date() }: { upcoming?: boolean; now?: Date } = {}
): Promise<SessionSummary[]> {
	const rows = await db
		.select({ event: events, organisation: workshopRequests.organisation })
		.from(events)
		.leftJoin(workshopRequests, eq(workshopRequests.id, events.requestId))
		.where(and(eq(events.kind, 'workshop'), visibleTo(db, viewer), upcoming ? gt(events.endsAt, now) : undefined))
		.orderBy(asc(events.startsAt));
	const ids = rows.map((r) => r.event.id);
	const counts = ids.length
		? await db
				.select({ eventId: registrations.eventId, status: registrations.status, n: count() })
				.from(registrations)
				.where(inArray(registrations.eventId, ids))
				.groupBy(registrations.eventId, registrations.status)
		: [];
	const countOf = (id: string, status: string) => counts.find((c) => c.eventId === id && c.status === status)?.n ?? 0;
	return rows.map(({ event, organisation }) => ({
		id: event.id,
		slug: event.slug,
		status: event.status,
		title: event.title,
		startsAt: event.startsAt,
		endsAt: event.endsAt,
		timeZone: event.timeZone,
		online: event.onlineUrl !== null,
		capacity: event.capacity,
		organisation,
		requestId: event.requestId,
		confirmed: countOf(event.id, 'confirmed'),
		waitlisted: countOf(event.id, 'waitlisted')
	}));
}

export interface SessionView {
	event: Event;
	language: SessionLanguage;
	cancelReason: string;
	facilitators: SessionFacilitator[];
	request: { id: string; organisation: string } | null;
}

/** One session, if the viewer may see it; otherwise SessionError('not-found'). */
export async function sessionFor(db: Database, viewer: Viewer, eventId: string): Promise<SessionView> {
	if (!UUID.test(eventId)) throw new SessionError('not-found');
	const [row] = await db
		.select({ event: events, details: sessionDetails, organisation: workshopRequests.organisation })
		.from(events)
		.leftJoin(sessionDetails, eq(sessionDetails.eventId, events.id))
		.leftJoin(workshopRequests, eq(workshopRequests.id, events.requestId))
		.where(and(eq(events.id, eventId), eq(events.kind, 'workshop')));
	if (!row) throw new SessionError('not-found');
	const facilitators = await facilitatorsOf(db, eventId);
	if (!seesAllSessions(viewer) && !facilitators.some((f) => f.id === viewer.id)) throw new SessionError('not-found');
	return {
		event: row.event,
		language: row.details?.language ?? 'en',
		cancelReason: row.details?.cancelReason ?? '',
		facilitators,
		request: row.event.requestId && row.organisation ? { id: row.event.requestId, organisation: row.organisation } : null
	};
}

async function facilitatorsOf(db: Database, eventId: string): Promise<SessionFacilitator[]> {
	return db
		.select({ id: staffUsers.id, name: staffUsers.name, experiential: sessionFacilitators.experiential })
		.from(sessionFacilitators)
		.innerJoin(staffUsers, eq(staffUsers.id, sessionFacilitators.staffUserId))
		.where(eq(sessionFacilitators.eventId, eventId))
		.orderBy(desc(sessionFacilitators.experiential), asc(staffUsers.name));
}

/** Active staff who can be assigned to a session (any role: coordinators facilitate too). */
export async function assignableStaff(db: Database): Promise<Array<{ id: string; name: string; role: Role }>> {
	return db
		.select({ id: staffUsers.id, name: staffUsers.name, role: staffUsers.role })
		.from(staffUsers)
		.where(isNull(staffUsers.deactivatedAt))
		.orderBy(asc(staffUsers.name));
}

/** The workshops of a request with their facilitators, soonest first (for the request's page). */
export async function sessionsOfRequestWithTeam(
	db: Database,
	requestId: string
): Promise<Array<{ event: Event; facilitators: SessionFacilitator[] }>> {
	// One query for every session and its team: a session's rows are adjacent (ordered by start, then id).
	const rows = await db
		.select({
			event: events,
			id: staffUsers.id,
			name: staffUsers.name,
			experiential: sessionFacilitators.experiential
		})
		.from(events)
		.leftJoin(sessionFacilitators, eq(sessionFacilitators.eventId, events.id))
		.leftJoin(staffUsers, eq(staffUsers.id, sessionFacilitators.staffUserId))
		.where(eq(events.requestId, requestId))
		.orderBy(asc(events.startsAt), asc(events.id), desc(sessionFacilitators.experiential), asc(staffUsers.name));
	const sessions = new Map<string, { event: Event; facilitators: SessionFacilitator[] }>();
	for (const { event, id, name, experiential } of rows) {
		const session = sessions.get(event.id) ?? { event, facilitators: [] };
		sessions.set(event.id, session);
		// A session without a team has one row, with no facilitator.
		if (id !== null && name !== null) session.facilitators.push({ id, name, experiential: experiential ?? false });
	}
	return [...sessions.values()];
}

async function checkFacilitators(db: Database, input: SessionInput): Promise<void> {
	const ids = input.facilitators.map((f) => f.staffUserId);
	const found = ids.length
		? await db
				.select({ id: staffUsers.id })
				.from(staffUsers)
				.where(and(inArray(staffUsers.id, ids), isNull(staffUsers.deactivatedAt)))
		: [];
	if (found.length !== ids.length || ids.length === 0) throw new SessionError('facilitator-invalid');
}

function eventValues(input: SessionInput) {
	const accessibility =
		input.accessibility === ''
			? {}
			: input.language === 'bilingual'
				? { en: input.accessibility, fr: input.accessibility }
				: { [input.language]: input.accessibility };
	return {
		startsAt: input.startsAt,
		endsAt: input.endsAt,
		timeZone: input.timeZone,
		venue: input.venue,
		address: input.address,
		onlineUrl: input.onlineUrl,
		accessibility,
		capacity: input.capacity,
		waitlist: input.waitlist,
		summary: input.agenda
	};
}

/**
 * Schedule a session for a request: the workshop (an unlisted event, open for registration by its
 * link), its facilitators, and the request moved to `scheduled` when it was new. A declined,
 * delivered or evaluated request takes no new session.
 */
export async function scheduleSession(db: Database, actor: Viewer, requestId: string, input: SessionInput): Promise<Event> {
	await checkFacilitators(db, input);
	return db.transaction(async (tx) => {
		const [request] = await tx.select().from(workshopRequests).where(eq(workshopRequests.id, requestId)).for('update');
		if (!request) throw new SessionError('not-found');
		if (request.status !== 'new' && request.status !== 'scheduled') throw new SessionError('request-closed');
		const [created] = await tx
			.insert(events)
			.values({
				...eventValues(input),
				// Unguessable: the link is how people register, and the page is not listed anywhere.
				slug: `workshop-${randomBytes(8).toString('hex')}`,
				kind: 'workshop',
				visibility: 'unlisted',
				status: 'published',
				title: {
					en: m.train_session_title({ organisation: request.organisation }, { locale: 'en' }),
					fr: m.train_session_title({ organisation: request.organisation }, { locale: 'fr' })
				},
				registrationOpen: true,
				requestId
			})
			.returning();
		if (!created) throw new Error('insert returned no row');
		await tx.insert(sessionDetails).values({ eventId: created.id, language: input.language });
		await tx.insert(sessionFacilitators).values(input.facilitators.map((f) => ({ eventId: created.id, ...f })));
		await recordAudit(tx, {
			actorId: actor.id,
			action: 'session.scheduled',
			targetType: 'session',
			targetId: created.id,
			details: { request: requestId, facilitators: input.facilitators.length }
		});
		// In the same transaction (on the row locked above): a session never exists for a request still `new`.
		if (request.status === 'new') await moveRequest(tx, requestId, 'scheduled', '', actor.id);
		return created;
	});
}

/**
 * Change a session's time, place, places, language, agenda or team (coordinators and admins). When
 * the time or the place changes, everyone registered (with a place or waiting) is told, in their
 * language, with the calendar file to update their entry.
 */
export async function updateSession(
	ctx: TrainContext,
	actor: Viewer,
	eventId: string,
	input: SessionInput
): Promise<{ notified: number }> {
	const { db } = ctx;
	const current = await sessionFor(db, actor, eventId);
	if (!seesAllSessions(actor)) throw new SessionError('not-found');
	if (current.event.status === 'cancelled') throw new SessionError('cancelled');
	await checkFacilitators(db, input);
	const before = current.event;
	const moved =
		before.startsAt.getTime() !== input.startsAt.getTime() ||
		before.endsAt.getTime() !== input.endsAt.getTime() ||
		before.timeZone !== input.timeZone ||
		before.venue !== input.venue ||
		before.address !== input.address ||
		before.onlineUrl !== input.onlineUrl;
	const event = await db.transaction(async (tx) => {
		const [updated] = await tx.update(events).set(eventValues(input)).where(eq(events.id, eventId)).returning();
		await tx
			.insert(sessionDetails)
			.values({ eventId, language: input.language })
			.onConflictDoUpdate({ target: sessionDetails.eventId, set: { language: input.language, updatedAt: new Date() } });
		await tx.delete(sessionFacilitators).where(eq(sessionFacilitators.eventId, eventId));
		await tx.insert(sessionFacilitators).values(input.facilitators.map((f) => ({ eventId, ...f })));
		await recordAudit(tx, {
			actorId: actor.id,
			action: 'session.updated',
			targetType: 'session',
			targetId: eventId,
			details: { facilitators: input.facilitators.length, moved }
		});
		if (!updated) throw new SessionError('not-found');
		return updated;
	});
	if (!moved) return { notified: 0 };
	const people = await stillRegistered(db, eventId);
	for (const person of people) await ctx.mailer.send(workshopEmails.change(factsOf(ctx.origin, event, person)));
	return { notified: people.length };
}

/**
 * Cancel a session: registration closes, the request goes back to `new` when this was its last
 * live session, and every registrant (with a place or waiting) is told why, in their language.
 */
export async function cancelSession(
	ctx: TrainContext,
	actor: Viewer,
	eventId: string,
	reason: string
): Promise<{ notified: number }> {
	const why = reason.trim();
	if (why === '') throw new SessionError('reason-missing');
	const current = await sessionFor(ctx.db, actor, eventId);
	if (!seesAllSessions(actor)) throw new SessionError('not-found');
	if (current.event.status === 'cancelled') throw new SessionError('cancelled');
	const { event } = current;
	// One transaction: the event cancelled as any event is (registration closed), the reason, the
	// audit entry, and the request back to `new` when this was its last live session.
	const people = await ctx.db.transaction(async (tx) => {
		const people = await cancelEvent(tx, eventId);
		await tx
			.insert(sessionDetails)
			.values({ eventId, language: current.language, cancelReason: why })
			.onConflictDoUpdate({ target: sessionDetails.eventId, set: { cancelReason: why, updatedAt: new Date() } });
		await recordAudit(tx, { actorId: actor.id, action: 'session.cancelled', targetType: 'session', targetId: eventId });
		if (event.requestId) {
			const [live] = await tx
				.select({ n: count() })
				.from(events)
				.where(and(eq(events.requestId, event.requestId), eq(events.status, 'published')));
			const [request] = await tx
				.select({ status: workshopRequests.status })
				.from(workshopRequests)
				.where(eq(workshopRequests.id, event.requestId));
			if ((live?.n ?? 0) === 0 && request?.status === 'scheduled') await moveRequest(tx, event.requestId, 'new', '', actor.id);
		}
		return people;
	});
	await sendCancellationEmails(ctx, event, people, why);
	return { notified: people.length };
}

/** The sessions of a request that are still on (not cancelled): declining it cancels them. */
export async function liveSessionsOfRequest(db: Database, requestId: string): Promise<Event[]> {
	return db
		.select()
		.from(events)
		.where(and(eq(events.requestId, requestId), eq(events.kind, 'workshop'), eq(events.status, 'published')))
		.orderBy(asc(events.startsAt));
}

/**
 * Decline a request (coordinators and admins) and cancel the sessions still scheduled for it, each
 * as `cancelSession` does: registration closes and every registrant is told the reason, in their
 * language. The request is declined first, so that cancelling its last session does not move it
 * back to `new`; a session that fails to cancel stays on the request's page to cancel by hand.
 */
export async function declineRequest(
	ctx: TrainContext,
	actor: Viewer,
	requestId: string,
	reason: string
): Promise<{ request: WorkshopRequest; cancelled: number; notified: number }> {
	if (!seesAllSessions(actor)) throw new RequestTransitionError('not-found');
	const current = await requestById(ctx.db, requestId);
	if (!current) throw new RequestTransitionError('not-found');
	if (!canMove(current.status, 'declined')) throw new RequestTransitionError('not-allowed');
	const sessions = await liveSessionsOfRequest(ctx.db, requestId);
	const request = await moveRequest(ctx.db, requestId, 'declined', reason, actor.id);
	let notified = 0;
	for (const session of sessions) notified += (await cancelSession(ctx, actor, session.id, reason)).notified;
	return { request, cancelled: sessions.length, notified };
}

/**
 * The people registered for a session: with a place, waiting, then cancelled. It takes the view
 * sessionFor returned, so the viewer's access was checked once, there.
 */
export async function sessionRegistrations(db: Database, session: SessionView): Promise<Registration[]> {
	return db
		.select()
		.from(registrations)
		.where(eq(registrations.eventId, session.event.id))
		.orderBy(
			sql`case ${registrations.status} when 'confirmed' then 0 when 'waitlisted' then 1 else 2 end`,
			asc(registrations.name),
			asc(registrations.createdAt)
		);
}

/** Mark someone present at a session the viewer may see (or undo it). */
export async function checkIn(
	db: Database,
	viewer: Viewer,
	eventId: string,
	registrationId: string,
	present: boolean
): Promise<boolean> {
	await assertVisible(db, viewer, eventId);
	if (!UUID.test(registrationId)) return false;
	return setCheckedIn(db, eventId, registrationId, present);
}

/** SessionError('not-found') unless the viewer may see the session: one query, for changes that need no more. */
async function assertVisible(db: Database, viewer: Viewer, eventId: string): Promise<void> {
	if (!UUID.test(eventId)) throw new SessionError('not-found');
	const [row] = await db
		.select({ id: events.id })
		.from(events)
		.where(and(eq(events.id, eventId), eq(events.kind, 'workshop'), visibleTo(db, viewer)));
	if (!row) throw new SessionError('not-found');
}

/**
 * Delete a participant's registration and every detail they gave, on their request (coordinators
 * and admins). A place it frees goes to the first person waiting, who is told. The audit log
 * records that it happened, never who it was.
 */
export async function eraseRegistration(
	ctx: TrainContext,
	actor: Viewer,
	eventId: string,
	registrationId: string
): Promise<boolean> {
	const session = await sessionFor(ctx.db, actor, eventId);
	if (!seesAllSessions(actor)) throw new SessionError('not-found');
	if (!UUID.test(registrationId)) return false;
	const [row] = await ctx.db
		.select({ id: registrations.id })
		.from(registrations)
		.where(and(eq(registrations.id, registrationId), eq(registrations.eventId, eventId)));
	if (!row) return false;
	const { promoted } = await deleteRegistration(ctx.db, row.id);
	await recordAudit(ctx.db, { actorId: actor.id, action: 'registration.erased', targetType: 'session', targetId: eventId });
	await sendPromotionEmail(ctx, session.event, promoted);
	return true;
}

const HOUR = 3_600_000;

/**
 * Remind everyone with a place in a session that starts 24 to 48 hours from now. Each reminder is
 * claimed in `session_reminders` before it is sent, so a registrant gets one, however often this
 * runs and even when two servers run it at once. Returns how many were sent.
 */
export async function sendDueReminders(ctx: TrainContext, now = new Date()): Promise<number> {
	const due = await ctx.db
		.select({ event: events, registration: registrations })
		.from(registrations)
		.innerJoin(events, eq(events.id, registrations.eventId))
		.leftJoin(sessionReminders, eq(sessionReminders.registrationId, registrations.id))
		.where(
			and(
				eq(events.kind, 'workshop'),
				eq(events.status, 'published'),
				eq(registrations.status, 'confirmed'),
				isNull(sessionReminders.registrationId),
				gt(events.startsAt, new Date(now.getTime() + 24 * HOUR)),
				lte(events.startsAt, new Date(now.getTime() + 48 * HOUR))
			)
		);
	let sent = 0;
	for (const { event, registration } of due) {
		const claimed = await ctx.db
			.insert(sessionReminders)
			.values({ registrationId: registration.id, sentAt: now })
			.onConflictDoNothing()
			.returning({ id: sessionReminders.registrationId });
		if (claimed.length === 0) continue;
		await ctx.mailer.send(workshopEmails.reminder({ ...factsOf(ctx.origin, event, registration), onlineUrl: event.onlineUrl }));
		sent++;
	}
	return sent;
}

/**
 * The retention setting: registration details of events that ended more than `months` ago are
 * deleted (events.service.ts purgeRegistrations). Anonymous evaluation data is elsewhere and stays.
 */
export async function applyRetention(db: Database, months: number, now = new Date()): Promise<number> {
	if (!Number.isInteger(months) || months < 1) return 0;
	return purgeRegistrations(db, months, now);
}
