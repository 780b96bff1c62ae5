import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { progressOf } from '../train/request-progress.ts';
import { recordAudit } from './auth/audit.ts';
import { hashToken, newToken } from './auth/tokens.ts';
import type { Database } from './db/client.ts';
import { evaluationResponses, evaluationSessions, events, workshopRequests } from './db/schema.ts';

export type WorkshopRequest = typeof workshopRequests.$inferSelect;
export type RequestStatus = WorkshopRequest['status'];
export type NewRequest = Omit<
	typeof workshopRequests.$inferInsert,
	'id' | 'status' | 'declineReason' | 'contactTokenHash' | 'createdAt' | 'updatedAt'
>;

/**
 * The request's life: new → scheduled → delivered → evaluated, or declined (with a reason) before
 * it is delivered. A declined request can be reopened.
 */
const NEXT: Record<RequestStatus, readonly RequestStatus[]> = {
	new: ['scheduled', 'declined'],
	scheduled: ['delivered', 'declined', 'new'],
	delivered: ['evaluated'],
	evaluated: [],
	declined: ['new']
};

export function canMove(from: RequestStatus, to: RequestStatus): boolean {
	return NEXT[from].includes(to);
}

export class RequestTransitionError extends Error {
	readonly code: 'not-found' | 'not-allowed' | 'reason-missing';
	constructor(code: 'not-found' | 'not-allowed' | 'reason-missing') {
		super(code);
		this.code = code;
	}
}

/** Store a request; the contact's private link token is returned once and kept only as a hash. */
export async function createRequest(
	db: Database,
	input: NewRequest
): Promise<{ request: WorkshopRequest; contactToken: string }> {
	const contactToken = newToken();
	const [request] = await db
		.insert(workshopRequests)
		.values({ ...input, contactEmail: input.contactEmail.trim().toLowerCase(), contactTokenHash: hashToken(contactToken) })
		.returning();
	if (!request) throw new Error('insert returned no row');
	return { request, contactToken };
}

export async function requestByToken(db: Database, token: string): Promise<WorkshopRequest | undefined> {
	const [row] = await db
		.select()
		.from(workshopRequests)
		.where(eq(workshopRequests.contactTokenHash, hashToken(token)));
	return row;
}

export async function requestById(db: Database, id: string): Promise<WorkshopRequest | undefined> {
	const [row] = await db.select().from(workshopRequests).where(eq(workshopRequests.id, id));
	return row;
}

/** The coordinators' inbox: newest first, optionally one status. */
export async function listRequests(db: Database, status?: RequestStatus): Promise<WorkshopRequest[]> {
	const query = db.select().from(workshopRequests);
	return (status ? query.where(eq(workshopRequests.status, status)) : query).orderBy(desc(workshopRequests.createdAt));
}

/** How many requests are in each status (every status present, zeros included). */
export async function requestCounts(db: Database): Promise<Record<RequestStatus, number>> {
	const rows = await db
		.select({ status: workshopRequests.status, n: count() })
		.from(workshopRequests)
		.groupBy(workshopRequests.status);
	const counts: Record<RequestStatus, number> = { new: 0, scheduled: 0, delivered: 0, evaluated: 0, declined: 0 };
	for (const row of rows) counts[row.status] = row.n;
	return counts;
}

/** Where a request can go from its status (for the buttons of its page). */
export function nextStatuses(from: RequestStatus): readonly RequestStatus[] {
	return NEXT[from];
}

/**
 * Move a request along its workflow. `actorId` is the staff member who did it, for the audit log
 * (which records the move, never the reason's words: they may name people).
 */
export async function moveRequest(
	db: Database,
	id: string,
	to: RequestStatus,
	reason = '',
	actorId: string | null = null
): Promise<WorkshopRequest> {
	return db.transaction(async (tx) => {
		const [current] = await tx.select().from(workshopRequests).where(eq(workshopRequests.id, id)).for('update');
		if (!current) throw new RequestTransitionError('not-found');
		if (!canMove(current.status, to)) throw new RequestTransitionError('not-allowed');
		if (to === 'declined' && reason.trim() === '') throw new RequestTransitionError('reason-missing');
		const [updated] = await tx
			.update(workshopRequests)
			.set({ status: to, declineReason: to === 'declined' ? reason.trim() : '', updatedAt: new Date() })
			.where(eq(workshopRequests.id, id))
			.returning();
		if (!updated) throw new RequestTransitionError('not-found');
		await recordAudit(tx, {
			actorId,
			action: 'request.moved',
			targetType: 'request',
			targetId: id,
			details: { from: current.status, to }
		});
		return updated;
	});
}

/** The workshops scheduled for a request, soonest first. */
export async function sessionsOfRequest(db: Database, requestId: string) {
	return db.select().from(events).where(eq(events.requestId, requestId)).orderBy(asc(events.startsAt));
}

/**
 * Move a request as far as its sessions and their evaluation say (request-progress.ts): delivered
 * once its live sessions have ended, evaluated once one has answers after the workshop. The moves
 * go through `moveRequest` (audited, with no actor: the platform made them). Returns the status.
 */
export async function advanceRequest(db: Database, requestId: string, now = new Date()): Promise<RequestStatus | undefined> {
	const request = await requestById(db, requestId);
	if (!request) return undefined;
	const sessions = await db
		.select({ id: events.id, startsAt: events.startsAt, endsAt: events.endsAt })
		.from(events)
		.where(and(eq(events.requestId, requestId), eq(events.status, 'published')));
	const answered = sessions.length
		? await db
				.select({ n: count() })
				.from(evaluationResponses)
				.innerJoin(evaluationSessions, eq(evaluationSessions.id, evaluationResponses.sessionId))
				.where(
					and(
						inArray(
							evaluationSessions.eventId,
							sessions.map((s) => s.id)
						),
						eq(evaluationResponses.phase, 'post')
					)
				)
		: [];
	const target = progressOf({ status: request.status, sessions, postAnswers: (answered[0]?.n ?? 0) > 0 }, now);
	let status = request.status;
	// Through `delivered` when a post answer comes first: the workflow has no shortcut.
	for (const step of ['delivered', 'evaluated'] as const) {
		if (status === target || !canMove(status, step)) continue;
		try {
			status = (await moveRequest(db, requestId, step)).status;
		} catch (e) {
			// Another request (a second answer, the timer) moved it first: read where it is now.
			if (!(e instanceof RequestTransitionError)) throw e;
			status = (await requestById(db, requestId))?.status ?? status;
		}
	}
	return status;
}

/** Advance every request that can move by itself (the server's timer); returns how many moved. */
export async function advanceRequests(db: Database, now = new Date()): Promise<number> {
	const open = await db
		.select({ id: workshopRequests.id, status: workshopRequests.status })
		.from(workshopRequests)
		.where(inArray(workshopRequests.status, ['scheduled', 'delivered']));
	let moved = 0;
	for (const request of open) if ((await advanceRequest(db, request.id, now)) !== request.status) moved++;
	return moved;
}
