import { and, asc, count, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { hashToken, newToken } from './auth/tokens.ts';
import type { Database } from './db/client.ts';
import { eventProgramme, events, eventSpeakers, registrations, type Bilingual } from './db/schema.ts';

export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type Registration = typeof registrations.$inferSelect;
export type Speaker = typeof eventSpeakers.$inferSelect;
export type ProgrammeItem = typeof eventProgramme.$inferSelect;

/** Why a registration was refused, for a translated message. */
export type RegistrationProblem = 'closed' | 'full' | 'already-registered' | 'not-found';

export class RegistrationError extends Error {
	readonly code: RegistrationProblem;
	constructor(code: RegistrationProblem) {
		super(code);
		this.code = code;
	}
}

/** The text in the reader's language, else the other one; with the language it is in. */
export function pick(text: Bilingual, locale: 'en' | 'fr'): { text: string; lang: 'en' | 'fr' } {
	const other = locale === 'en' ? 'fr' : 'en';
	if (text[locale]) return { text: text[locale], lang: locale };
	return { text: text[other] ?? '', lang: other };
}

export async function createEvent(db: Database, event: NewEvent): Promise<Event> {
	const [row] = await db.insert(events).values(event).returning();
	if (!row) throw new Error('insert returned no row');
	return row;
}

export async function updateEvent(db: Database, id: string, changes: Partial<NewEvent>): Promise<void> {
	await db.update(events).set(changes).where(eq(events.id, id));
}

export async function eventBySlug(db: Database, slug: string): Promise<Event | undefined> {
	const [row] = await db.select().from(events).where(eq(events.slug, slug));
	return row;
}

/** Published public events that have not ended, soonest first. */
export async function upcomingEvents(db: Database, now = new Date()): Promise<Event[]> {
	return db
		.select()
		.from(events)
		.where(and(eq(events.status, 'published'), eq(events.visibility, 'public'), gte(events.endsAt, now)))
		.orderBy(asc(events.startsAt));
}

export async function programmeOf(db: Database, eventId: string): Promise<{ items: ProgrammeItem[]; speakers: Speaker[] }> {
	const [items, speakers] = await Promise.all([
		db.select().from(eventProgramme).where(eq(eventProgramme.eventId, eventId)).orderBy(asc(eventProgramme.startsAt)),
		db.select().from(eventSpeakers).where(eq(eventSpeakers.eventId, eventId)).orderBy(asc(eventSpeakers.name))
	]);
	return { items, speakers };
}

/** Places taken and people waiting. */
export async function occupancy(db: Database, eventId: string): Promise<{ confirmed: number; waitlisted: number }> {
	const rows = await db
		.select({ status: registrations.status, n: count() })
		.from(registrations)
		.where(eq(registrations.eventId, eventId))
		.groupBy(registrations.status);
	const of = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
	return { confirmed: of('confirmed'), waitlisted: of('waitlisted') };
}

export interface RegistrationInput {
	name: string;
	email: string;
	displayName?: string;
	pronouns?: string;
	accessibilityNeeds?: string;
	dietaryNeeds?: string;
	locale: 'en' | 'fr';
}

/**
 * Register someone: a place while there is one, else the waitlist (when the event keeps one).
 * The event row is locked for the count, so two people can never take the last place. Returns
 * the registration and the private link's token (shown once, stored only as a hash).
 */
export async function register(
	db: Database,
	eventId: string,
	input: RegistrationInput
): Promise<{ registration: Registration; manageToken: string }> {
	const email = input.email.trim().toLowerCase();
	const manageToken = newToken();
	return db.transaction(async (tx) => {
		const [event] = await tx.select().from(events).where(eq(events.id, eventId)).for('update');
		if (!event || event.status !== 'published') throw new RegistrationError('not-found');
		if (!event.registrationOpen || event.endsAt.getTime() < Date.now()) throw new RegistrationError('closed');
		const [existing] = await tx
			.select()
			.from(registrations)
			.where(and(eq(registrations.eventId, eventId), eq(registrations.email, email)));
		if (existing && existing.status !== 'cancelled') throw new RegistrationError('already-registered');
		const [{ taken = 0 } = {}] = await tx
			.select({ taken: count() })
			.from(registrations)
			.where(and(eq(registrations.eventId, eventId), eq(registrations.status, 'confirmed')));
		const hasPlace = event.capacity === null || taken < event.capacity;
		if (!hasPlace && !event.waitlist) throw new RegistrationError('full');
		const values = {
			eventId,
			name: input.name.trim(),
			email,
			displayName: input.displayName?.trim() ?? '',
			pronouns: input.pronouns?.trim() ?? '',
			accessibilityNeeds: input.accessibilityNeeds?.trim() ?? '',
			dietaryNeeds: input.dietaryNeeds?.trim() ?? '',
			locale: input.locale,
			status: hasPlace ? ('confirmed' as const) : ('waitlisted' as const),
			manageTokenHash: hashToken(manageToken),
			checkedInAt: null,
			createdAt: new Date()
		};
		const [registration] = existing
			? await tx.update(registrations).set(values).where(eq(registrations.id, existing.id)).returning()
			: await tx.insert(registrations).values(values).returning();
		if (!registration) throw new Error('write returned no row');
		return { registration, manageToken };
	});
}

export async function registrationByToken(db: Database, token: string): Promise<Registration | undefined> {
	const [row] = await db
		.select()
		.from(registrations)
		.where(eq(registrations.manageTokenHash, hashToken(token)));
	return row;
}

/**
 * Cancel a registration. A confirmed place goes to the first person waiting, who is returned so
 * that they can be told.
 */
export async function cancelRegistration(db: Database, registrationId: string): Promise<{ promoted: Registration | null }> {
	return db.transaction(async (tx) => {
		const [current] = await tx.select().from(registrations).where(eq(registrations.id, registrationId));
		if (!current || current.status === 'cancelled') return { promoted: null };
		await tx.select({ id: events.id }).from(events).where(eq(events.id, current.eventId)).for('update');
		await tx.update(registrations).set({ status: 'cancelled', checkedInAt: null }).where(eq(registrations.id, registrationId));
		if (current.status !== 'confirmed') return { promoted: null };
		const [next] = await tx
			.select()
			.from(registrations)
			.where(and(eq(registrations.eventId, current.eventId), eq(registrations.status, 'waitlisted')))
			.orderBy(asc(registrations.createdAt), asc(registrations.id))
			.limit(1);
		if (!next) return { promoted: null };
		const [promoted] = await tx
			.update(registrations)
			.set({ status: 'confirmed' })
			.where(eq(registrations.id, next.id))
			.returning();
		return { promoted: promoted ?? null };
	});
}

/** Erase a person's registration on request: the row goes, and with it every detail they gave. */
export async function deleteRegistration(db: Database, registrationId: string): Promise<{ promoted: Registration | null }> {
	const result = await cancelRegistration(db, registrationId);
	await db.delete(registrations).where(eq(registrations.id, registrationId));
	return result;
}

export async function registrationsOf(db: Database, eventId: string): Promise<Registration[]> {
	return db
		.select()
		.from(registrations)
		.where(eq(registrations.eventId, eventId))
		.orderBy(
			sql`case ${registrations.status} when 'confirmed' then 0 when 'waitlisted' then 1 else 2 end`,
			asc(registrations.createdAt)
		);
}

/** Mark someone present (or undo it), for the organisers' check-in list. */
export async function setCheckedIn(db: Database, eventId: string, registrationId: string, present: boolean): Promise<boolean> {
	const rows = await db
		.update(registrations)
		.set({ checkedInAt: present ? new Date() : null })
		.where(and(eq(registrations.id, registrationId), eq(registrations.eventId, eventId), eq(registrations.status, 'confirmed')))
		.returning({ id: registrations.id });
	return rows.length > 0;
}

/** Registration details older than `months` after their event ended are removed (retention setting). */
export async function purgeRegistrations(db: Database, months: number, now = new Date()): Promise<number> {
	const cutoff = new Date(now);
	cutoff.setMonth(cutoff.getMonth() - months);
	const rows = await db
		.delete(registrations)
		.where(inArray(registrations.eventId, db.select({ id: events.id }).from(events).where(lt(events.endsAt, cutoff))))
		.returning({ id: registrations.id });
	return rows.length;
}

// ── Speakers' honoraria ─────────────────────────────────────────────────────────────────────

export async function addSpeaker(
	db: Database,
	eventId: string,
	speaker: Omit<typeof eventSpeakers.$inferInsert, 'eventId'>
): Promise<Speaker> {
	const [row] = await db
		.insert(eventSpeakers)
		.values({ ...speaker, eventId })
		.returning();
	if (!row) throw new Error('insert returned no row');
	return row;
}

export async function recordHonorarium(
	db: Database,
	eventId: string,
	speakerId: number,
	change: { owed?: number; paid?: number; paidOn?: string | null }
): Promise<boolean> {
	const rows = await db
		.update(eventSpeakers)
		.set({
			...(change.owed !== undefined && { honorariumOwed: change.owed }),
			...(change.paid !== undefined && { honorariumPaid: change.paid }),
			...(change.paidOn !== undefined && { paidOn: change.paidOn })
		})
		.where(and(eq(eventSpeakers.id, speakerId), eq(eventSpeakers.eventId, eventId)))
		.returning({ id: eventSpeakers.id });
	return rows.length > 0;
}

/** Owed and paid per event, and what is still due. */
export async function honorariaOf(db: Database, eventId: string) {
	const speakers = await db
		.select()
		.from(eventSpeakers)
		.where(eq(eventSpeakers.eventId, eventId))
		.orderBy(asc(eventSpeakers.name));
	const owed = speakers.reduce((sum, s) => sum + s.honorariumOwed, 0);
	const paid = speakers.reduce((sum, s) => sum + s.honorariumPaid, 0);
	return { speakers, owed, paid, due: owed - paid };
}

export async function addProgrammeItem(db: Database, eventId: string, item: Omit<typeof eventProgramme.$inferInsert, 'eventId'>) {
	const [row] = await db
		.insert(eventProgramme)
		.values({ ...item, eventId })
		.returning();
	if (!row) throw new Error('insert returned no row');
	return row;
}

// ── Organisers ──────────────────────────────────────────────────────────────────────────────

export async function eventById(db: Database, id: string): Promise<Event | undefined> {
	const [row] = await db.select().from(events).where(eq(events.id, id));
	return row;
}

/** Conferences, forums and public trainings (workshops belong to Train), soonest first, with their counts. */
export async function organiserEvents(db: Database) {
	const rows = await db
		.select({
			id: events.id,
			slug: events.slug,
			kind: events.kind,
			status: events.status,
			title: events.title,
			startsAt: events.startsAt,
			endsAt: events.endsAt,
			timeZone: events.timeZone,
			capacity: events.capacity,
			confirmed:
				sql<number>`(select count(*) from registrations r where r.event_id = events.id and r.status = 'confirmed')`.mapWith(
					Number
				),
			waitlisted:
				sql<number>`(select count(*) from registrations r where r.event_id = events.id and r.status = 'waitlisted')`.mapWith(
					Number
				)
		})
		.from(events)
		.where(sql`${events.kind} <> 'workshop'`)
		.orderBy(asc(events.startsAt));
	return rows;
}

/** Whether another event already uses a slug (the public address). */
export async function slugTaken(db: Database, slug: string, exceptId?: string): Promise<boolean> {
	const [row] = await db.select({ id: events.id }).from(events).where(eq(events.slug, slug));
	return row !== undefined && row.id !== exceptId;
}

/**
 * Cancel an event: it stays on its page, saying so, and registration closes. Returns the people
 * to tell (those with a place or waiting).
 */
export async function cancelEvent(db: Database, eventId: string): Promise<Registration[]> {
	await db.update(events).set({ status: 'cancelled', registrationOpen: false }).where(eq(events.id, eventId));
	return stillRegistered(db, eventId);
}

/** Everyone still registered for an event: with a place or waiting (the people to tell of a change). */
export async function stillRegistered(db: Database, eventId: string): Promise<Registration[]> {
	return db
		.select()
		.from(registrations)
		.where(and(eq(registrations.eventId, eventId), inArray(registrations.status, ['confirmed', 'waitlisted'])));
}

export async function deleteProgrammeItem(db: Database, eventId: string, id: number): Promise<boolean> {
	const rows = await db
		.delete(eventProgramme)
		.where(and(eq(eventProgramme.id, id), eq(eventProgramme.eventId, eventId)))
		.returning({ id: eventProgramme.id });
	return rows.length > 0;
}

/** Remove a speaker, and from every session of the event. */
export async function deleteSpeaker(db: Database, eventId: string, id: number): Promise<boolean> {
	return db.transaction(async (tx) => {
		const rows = await tx
			.delete(eventSpeakers)
			.where(and(eq(eventSpeakers.id, id), eq(eventSpeakers.eventId, eventId)))
			.returning({ id: eventSpeakers.id });
		if (rows.length === 0) return false;
		const sessions = await tx.select().from(eventProgramme).where(eq(eventProgramme.eventId, eventId));
		for (const session of sessions.filter((s) => s.speakerIds.includes(id))) {
			await tx
				.update(eventProgramme)
				.set({ speakerIds: session.speakerIds.filter((s) => s !== id) })
				.where(eq(eventProgramme.id, session.id));
		}
		return true;
	});
}

export async function registrationById(db: Database, eventId: string, id: string): Promise<Registration | undefined> {
	const [row] = await db
		.select()
		.from(registrations)
		.where(and(eq(registrations.id, id), eq(registrations.eventId, eventId)));
	return row;
}

export async function updateProgrammeItem(
	db: Database,
	eventId: string,
	id: number,
	item: Pick<typeof eventProgramme.$inferInsert, 'title' | 'startsAt' | 'endsAt' | 'room' | 'speakerIds'>
): Promise<boolean> {
	const rows = await db
		.update(eventProgramme)
		.set(item)
		.where(and(eq(eventProgramme.id, id), eq(eventProgramme.eventId, eventId)))
		.returning({ id: eventProgramme.id });
	return rows.length > 0;
}

export async function updateSpeaker(
	db: Database,
	eventId: string,
	id: number,
	speaker: Pick<typeof eventSpeakers.$inferInsert, 'name' | 'affiliation' | 'bio' | 'community'>
): Promise<boolean> {
	const rows = await db
		.update(eventSpeakers)
		.set(speaker)
		.where(and(eq(eventSpeakers.id, id), eq(eventSpeakers.eventId, eventId)))
		.returning({ id: eventSpeakers.id });
	return rows.length > 0;
}
