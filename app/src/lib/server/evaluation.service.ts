import {
	createSalt,
	defaultInstrument,
	instrumentSchema,
	pairingKey,
	validateResponse,
	type Answer,
	type Instrument,
	type Phase,
	type ResponseProblem,
	type TaggedResponse
} from '@unconflate/evaluation';
import { importResponsesCsv, type ImportReport } from '@unconflate/evaluation/csv';
import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { newToken } from './auth/tokens.ts';
import type { Database } from './db/client.ts';
import { log } from './log.ts';
import { advanceRequest } from './requests.service.ts';
import {
	evaluationInstruments,
	evaluationInstrumentVersions,
	evaluationResponses,
	evaluationSessions,
	events,
	workshopRequests,
	type QuestionnaireStatus
} from './db/schema.ts';

/**
 * Train's evaluation: instruments and their versions, the sessions evaluated, the questionnaires
 * answered, and the data the impact pages summarise with packages/evaluation. No function here
 * takes or returns anything that identifies a participant.
 */

export type EvaluationSession = typeof evaluationSessions.$inferSelect;
export type InstrumentVersion = typeof evaluationInstrumentVersions.$inferSelect;

/** The instrument every new session gets unless told otherwise. */
export const DEFAULT_INSTRUMENT_ID = defaultInstrument.id;

// Versions in use never change, and an unused one changes only through saveInstrument (which
// clears it here): a process-wide cache spares the questionnaire a query per submission.
const versionCache = new Map<number, InstrumentVersion>();

/** The default instrument, stored as version 1 of `workshop` the first time it is needed. */
export async function ensureDefaultInstrument(db: Database): Promise<InstrumentVersion> {
	const latest = await latestVersion(db, DEFAULT_INSTRUMENT_ID);
	if (latest) return latest;
	await db.insert(evaluationInstruments).values({ id: DEFAULT_INSTRUMENT_ID }).onConflictDoNothing();
	await db
		.insert(evaluationInstrumentVersions)
		.values({ instrumentId: DEFAULT_INSTRUMENT_ID, version: defaultInstrument.version, definition: defaultInstrument })
		.onConflictDoNothing();
	const stored = await latestVersion(db, DEFAULT_INSTRUMENT_ID);
	if (!stored) throw new Error('the default instrument could not be stored');
	return stored;
}

/** The newest version of an instrument, or undefined for an unknown instrument. */
export async function latestVersion(db: Database, instrumentId: string): Promise<InstrumentVersion | undefined> {
	const [row] = await db
		.select()
		.from(evaluationInstrumentVersions)
		.where(eq(evaluationInstrumentVersions.instrumentId, instrumentId))
		.orderBy(desc(evaluationInstrumentVersions.version))
		.limit(1);
	return row;
}

/** One stored version by its row id. */
export async function versionById(db: Database, id: number): Promise<InstrumentVersion | undefined> {
	const cached = versionCache.get(id);
	if (cached) return cached;
	const [row] = await db.select().from(evaluationInstrumentVersions).where(eq(evaluationInstrumentVersions.id, id));
	if (row) versionCache.set(id, row);
	return row;
}

/** Whether a version has been given to a session or answered: then it must never change. */
export async function isVersionInUse(db: Database, versionId: number): Promise<boolean> {
	const [session] = await db
		.select({ id: evaluationSessions.id })
		.from(evaluationSessions)
		.where(eq(evaluationSessions.instrumentVersionId, versionId))
		.limit(1);
	if (session) return true;
	const [response] = await db
		.select({ id: evaluationResponses.id })
		.from(evaluationResponses)
		.where(eq(evaluationResponses.instrumentVersionId, versionId))
		.limit(1);
	return response !== undefined;
}

/** Every instrument with its newest version and how many versions it has. */
export async function listInstruments(db: Database): Promise<Array<{ id: string; latest: InstrumentVersion; versions: number }>> {
	await ensureDefaultInstrument(db);
	const rows = await db
		.select()
		.from(evaluationInstrumentVersions)
		.orderBy(asc(evaluationInstrumentVersions.instrumentId), desc(evaluationInstrumentVersions.version));
	const byId = new Map<string, { id: string; latest: InstrumentVersion; versions: number }>();
	for (const row of rows) {
		const entry = byId.get(row.instrumentId);
		if (entry) entry.versions++;
		else byId.set(row.instrumentId, { id: row.instrumentId, latest: row, versions: 1 });
	}
	return [...byId.values()];
}

/** A problem with an edited instrument: where (a path such as `items.3.prompt.fr`) and what. */
export interface InstrumentIssue {
	path: string;
	message: string;
}

export type SaveInstrumentResult =
	{ ok: true; version: InstrumentVersion; created: boolean } | { ok: false; issues: InstrumentIssue[] };

/**
 * Save an edited instrument. It is validated first (every problem named with its path). The
 * version number is the server's: when the newest version is in use (a session was given it or
 * someone answered it), the edit becomes the next version and every earlier answer keeps the
 * version it was given with; an unused newest version is edited in place. A new id starts a new
 * instrument (another programme's questionnaire) at version 1.
 */
export async function saveInstrument(db: Database, input: unknown, actorId: string | null): Promise<SaveInstrumentResult> {
	const parsed = instrumentSchema.safeParse(input);
	if (!parsed.success)
		return {
			ok: false,
			issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
		};
	const definition = parsed.data;
	return db.transaction(async (tx) => {
		await tx.insert(evaluationInstruments).values({ id: definition.id }).onConflictDoNothing();
		// Serialise concurrent edits of one instrument.
		await tx.select().from(evaluationInstruments).where(eq(evaluationInstruments.id, definition.id)).for('update');
		const latest = await latestVersion(tx as unknown as Database, definition.id);
		if (latest && !(await isVersionInUse(tx as unknown as Database, latest.id))) {
			const [row] = await tx
				.update(evaluationInstrumentVersions)
				.set({ definition: { ...definition, version: latest.version }, createdBy: actorId, createdAt: new Date() })
				.where(eq(evaluationInstrumentVersions.id, latest.id))
				.returning();
			versionCache.delete(latest.id);
			if (!row) throw new Error('update returned no row');
			return { ok: true, version: row, created: false } as const;
		}
		const version = (latest?.version ?? 0) + 1;
		const [row] = await tx
			.insert(evaluationInstrumentVersions)
			.values({ instrumentId: definition.id, version, definition: { ...definition, version }, createdBy: actorId })
			.returning();
		if (!row) throw new Error('insert returned no row');
		return { ok: true, version: row, created: true } as const;
	});
}

// ── Sessions ─────────────────────────────────────────────────────────────────────────────────

export interface NewEvaluationSession {
	label: string;
	organisation?: string;
	sector?: string;
	/** ISO date (YYYY-MM-DD). */
	heldOn?: string | null;
	/** Unique code for exports; made from the date and label when absent. */
	code?: string;
	eventId?: string | null;
	instrumentId?: string;
	origin?: 'live' | 'import';
}

const slugOf = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);

/** A readable, unique session code: `2026-03-14-city-clinic-3f9a`. */
export function sessionCode(label: string, heldOn?: string | null): string {
	const suffix = newToken()
		.replace(/[^a-z0-9]/gi, '')
		.slice(0, 4)
		.toLowerCase();
	return [heldOn ?? '', slugOf(label), suffix].filter(Boolean).join('-');
}

/** Start evaluating a session: its salt, its two questionnaire links (closed until opened) and the instrument's newest version. */
export async function createEvaluationSession(db: Database, input: NewEvaluationSession): Promise<EvaluationSession> {
	const instrumentId = input.instrumentId ?? DEFAULT_INSTRUMENT_ID;
	const version =
		instrumentId === DEFAULT_INSTRUMENT_ID ? await ensureDefaultInstrument(db) : await latestVersion(db, instrumentId);
	if (!version) throw new RangeError(`unknown instrument "${instrumentId}"`);
	const [row] = await db
		.insert(evaluationSessions)
		.values({
			code: input.code ?? sessionCode(input.label, input.heldOn),
			eventId: input.eventId ?? null,
			label: input.label.trim(),
			organisation: input.organisation?.trim() ?? '',
			sector: input.sector?.trim() ?? '',
			heldOn: input.heldOn || null,
			instrumentVersionId: version.id,
			salt: createSalt(),
			preToken: newToken(),
			postToken: newToken(),
			origin: input.origin ?? 'live'
		})
		.returning();
	if (!row) throw new Error('insert returned no row');
	return row;
}

/**
 * The evaluation of a workshop scheduled here (an `events` row), created the first time it is
 * asked for, with the organisation and sector of the request it answers.
 */
export async function evaluationSessionForEvent(db: Database, eventId: string): Promise<EvaluationSession | undefined> {
	const [existing] = await db.select().from(evaluationSessions).where(eq(evaluationSessions.eventId, eventId));
	if (existing) return existing;
	const [event] = await db
		.select({
			id: events.id,
			slug: events.slug,
			title: events.title,
			startsAt: events.startsAt,
			timeZone: events.timeZone,
			organisation: workshopRequests.organisation,
			sector: workshopRequests.sector
		})
		.from(events)
		.leftJoin(workshopRequests, eq(workshopRequests.id, events.requestId))
		.where(eq(events.id, eventId));
	if (!event) return undefined;
	const heldOn = new Intl.DateTimeFormat('en-CA', { timeZone: event.timeZone, dateStyle: 'short' }).format(event.startsAt);
	await db
		.insert(evaluationSessions)
		.values({
			code: sessionCode(event.slug, heldOn),
			eventId,
			label: event.title.en || event.title.fr || event.slug,
			organisation: event.organisation ?? '',
			sector: event.sector ?? '',
			heldOn,
			instrumentVersionId: (await ensureDefaultInstrument(db)).id,
			salt: createSalt(),
			preToken: newToken(),
			postToken: newToken()
		})
		.onConflictDoNothing();
	const [row] = await db.select().from(evaluationSessions).where(eq(evaluationSessions.eventId, eventId));
	return row;
}

/** The evaluation of a workshop scheduled here if a coordinator started one; never creates one (for readers). */
export async function evaluationOfEvent(db: Database, eventId: string): Promise<EvaluationSession | undefined> {
	const [row] = await db.select().from(evaluationSessions).where(eq(evaluationSessions.eventId, eventId));
	return row;
}

/** One session's responses, read with the newest version of its instrument (as the impact pages read them). */
export async function responsesOfSession(db: Database, session: EvaluationSession) {
	const version = await versionById(db, session.instrumentVersionId);
	if (!version) throw new Error(`instrument version ${session.instrumentVersionId} is missing`);
	return responsesFor(db, { instrumentId: version.instrumentId, sessions: [session.id] });
}

export async function evaluationSessionById(db: Database, id: string): Promise<EvaluationSession | undefined> {
	const [row] = await db.select().from(evaluationSessions).where(eq(evaluationSessions.id, id));
	return row;
}

/** Every session evaluated, newest first. */
export async function listEvaluationSessions(db: Database): Promise<EvaluationSession[]> {
	return db
		.select()
		.from(evaluationSessions)
		.orderBy(sql`${evaluationSessions.heldOn} desc nulls last`, desc(evaluationSessions.createdAt));
}

/** Open or close one of a session's questionnaires. */
export async function setQuestionnaireStatus(
	db: Database,
	sessionId: string,
	phase: Phase,
	status: QuestionnaireStatus
): Promise<boolean> {
	const rows = await db
		.update(evaluationSessions)
		.set(phase === 'pre' ? { preStatus: status } : { postStatus: status })
		.where(eq(evaluationSessions.id, sessionId))
		.returning({ id: evaluationSessions.id });
	return rows.length > 0;
}

// ── Answering ────────────────────────────────────────────────────────────────────────────────

/** A questionnaire as its link opens it. */
export interface Questionnaire {
	session: Pick<EvaluationSession, 'id' | 'code' | 'label' | 'salt' | 'instrumentVersionId'>;
	phase: Phase;
	status: QuestionnaireStatus;
	instrument: Instrument;
}

/** The questionnaire a link's token opens, or undefined for a token no session has. */
export async function questionnaireByToken(db: Database, token: string): Promise<Questionnaire | undefined> {
	const [row] = await db
		.select({
			id: evaluationSessions.id,
			code: evaluationSessions.code,
			label: evaluationSessions.label,
			salt: evaluationSessions.salt,
			instrumentVersionId: evaluationSessions.instrumentVersionId,
			preToken: evaluationSessions.preToken,
			preStatus: evaluationSessions.preStatus,
			postStatus: evaluationSessions.postStatus
		})
		.from(evaluationSessions)
		.where(or(eq(evaluationSessions.preToken, token), eq(evaluationSessions.postToken, token)));
	if (!row) return undefined;
	const version = await versionById(db, row.instrumentVersionId);
	if (!version) throw new Error(`instrument version ${row.instrumentVersionId} is missing`);
	const phase: Phase = row.preToken === token ? 'pre' : 'post';
	return {
		session: { id: row.id, code: row.code, label: row.label, salt: row.salt, instrumentVersionId: row.instrumentVersionId },
		phase,
		status: phase === 'pre' ? row.preStatus : row.postStatus,
		instrument: version.definition
	};
}

export type SubmitResult =
	| { outcome: 'accepted' }
	| { outcome: 'duplicate' }
	| { outcome: 'closed' }
	| { outcome: 'invalid'; problems: ResponseProblem[] };

/**
 * Store one questionnaire. The participant's code (or device token) becomes the session's
 * pairing key and is forgotten. The write is one INSERT … SELECT that also checks, atomically,
 * that the questionnaire is still open; the unique index turns a second questionnaire with the
 * same key in this phase into `duplicate` instead of a second row.
 */
export async function submitQuestionnaire(
	db: Database,
	questionnaire: Questionnaire,
	code: string,
	answers: Record<string, unknown>
): Promise<SubmitResult> {
	const { session, phase, instrument } = questionnaire;
	let key = '';
	try {
		key = await pairingKey(code, session.salt);
	} catch {
		// An empty code: validateResponse names it below.
	}
	const checked = validateResponse(instrument, { session: session.code, phase, pairing: key, answers });
	if (!checked.ok) return { outcome: 'invalid', problems: checked.problems };
	const status = phase === 'pre' ? evaluationSessions.preStatus : evaluationSessions.postStatus;
	const inserted = await db
		.insert(evaluationResponses)
		.select(
			db
				.select({
					id: sql`gen_random_uuid()`.as('id'),
					sessionId: evaluationSessions.id,
					phase: sql`${phase}`.as('phase'),
					pairingKey: sql`${key}`.as('pairing_key'),
					answers: sql`${JSON.stringify(checked.response.answers)}::jsonb`.as('answers'),
					instrumentVersionId: evaluationSessions.instrumentVersionId,
					createdAt: sql`now()`.as('created_at')
				})
				.from(evaluationSessions)
				.where(and(eq(evaluationSessions.id, session.id), eq(status, 'open')))
		)
		.onConflictDoNothing()
		.returning({ id: evaluationResponses.id });
	if (inserted.length > 0) {
		if (phase === 'post') await advanceRequestOf(db, session.id);
		return { outcome: 'accepted' };
	}
	const [existing] = await db
		.select({ id: evaluationResponses.id })
		.from(evaluationResponses)
		.where(
			and(
				eq(evaluationResponses.sessionId, session.id),
				eq(evaluationResponses.phase, phase),
				eq(evaluationResponses.pairingKey, key)
			)
		);
	return existing ? { outcome: 'duplicate' } : { outcome: 'closed' };
}

/**
 * The first answers after a workshop scheduled here move its request to `evaluated`
 * (request-progress.ts). The answers are stored already: a failure here is logged, never the
 * participant's problem, and the server's timer advances the request later.
 */
async function advanceRequestOf(db: Database, sessionId: string): Promise<void> {
	try {
		const [row] = await db
			.select({ requestId: events.requestId })
			.from(evaluationSessions)
			.innerJoin(events, eq(events.id, evaluationSessions.eventId))
			.where(eq(evaluationSessions.id, sessionId));
		if (row?.requestId) await advanceRequest(db, row.requestId);
	} catch (error) {
		log.error({ err: error }, 'evaluation: the request of an answered session could not be advanced');
	}
}

// ── Reporting ────────────────────────────────────────────────────────────────────────────────

/** Which sessions a report covers; empty lists mean "all". */
export interface ReportFilter {
	instrumentId?: string;
	sessions?: string[];
	organisations?: string[];
	sectors?: string[];
	years?: string[];
}

/** The values the filters can take, from the sessions that exist. */
export async function filterOptions(db: Database) {
	const sessions = await listEvaluationSessions(db);
	const distinct = (values: string[]) => [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b, 'en'));
	return {
		instruments: (await listInstruments(db)).map((i) => ({ id: i.id, title: i.latest.definition.title })),
		sessions: sessions.map((s) => ({ id: s.id, code: s.code, label: s.label, heldOn: s.heldOn })),
		organisations: distinct(sessions.map((s) => s.organisation)),
		sectors: distinct(sessions.map((s) => s.sector)),
		years: distinct(sessions.map((s) => s.heldOn?.slice(0, 4) ?? '')).reverse()
	};
}

/**
 * The responses a report covers, tagged with their session's organisation, sector and date, and
 * the instrument version to read them with (the newest, whose item ids the older ones share:
 * ids are never renamed, and answers to items it no longer has are left out of its figures).
 */
export async function responsesFor(
	db: Database,
	filter: ReportFilter = {}
): Promise<{
	instrument: Instrument;
	responses: TaggedResponse[];
	sessions: EvaluationSession[];
	/** The versions the sessions were given, when they are not all the one read with. */
	otherVersions: number[];
	/** The id of the instrument version each response was given with, in the order of `responses`. */
	givenWith: number[];
}> {
	const instrumentId = filter.instrumentId ?? DEFAULT_INSTRUMENT_ID;
	const version =
		instrumentId === DEFAULT_INSTRUMENT_ID ? await ensureDefaultInstrument(db) : await latestVersion(db, instrumentId);
	if (!version) throw new RangeError(`unknown instrument "${instrumentId}"`);
	const conditions = [
		inArray(
			evaluationSessions.instrumentVersionId,
			db
				.select({ id: evaluationInstrumentVersions.id })
				.from(evaluationInstrumentVersions)
				.where(eq(evaluationInstrumentVersions.instrumentId, instrumentId))
		)
	];
	if (filter.sessions?.length) conditions.push(inArray(evaluationSessions.id, filter.sessions));
	if (filter.organisations?.length) conditions.push(inArray(evaluationSessions.organisation, filter.organisations));
	if (filter.sectors?.length) conditions.push(inArray(evaluationSessions.sector, filter.sectors));
	if (filter.years?.length) conditions.push(inArray(sql<string>`to_char(${evaluationSessions.heldOn}, 'YYYY')`, filter.years));
	const sessions = await db
		.select()
		.from(evaluationSessions)
		.where(and(...conditions));
	if (sessions.length === 0) return { instrument: version.definition, responses: [], sessions, otherVersions: [], givenWith: [] };
	const versionNumbers = await Promise.all(
		[...new Set(sessions.map((s) => s.instrumentVersionId))].map(async (id) => (await versionById(db, id))?.version ?? 0)
	);
	const otherVersions = versionNumbers.filter((v) => v !== version.version).sort((a, b) => a - b);
	const byId = new Map(sessions.map((s) => [s.id, s]));
	const rows = await db
		.select({
			sessionId: evaluationResponses.sessionId,
			phase: evaluationResponses.phase,
			pairingKey: evaluationResponses.pairingKey,
			answers: evaluationResponses.answers,
			instrumentVersionId: evaluationResponses.instrumentVersionId
		})
		.from(evaluationResponses)
		.where(inArray(evaluationResponses.sessionId, [...byId.keys()]));
	const responses = rows.map((row): TaggedResponse => {
		const session = byId.get(row.sessionId)!;
		return {
			session: session.code,
			phase: row.phase,
			pairing: row.pairingKey,
			answers: row.answers,
			meta: {
				organisation: session.organisation || undefined,
				sector: session.sector || undefined,
				date: session.heldOn ?? undefined
			}
		};
	});
	return {
		instrument: version.definition,
		responses,
		sessions,
		otherVersions,
		givenWith: rows.map((r) => r.instrumentVersionId)
	};
}

/**
 * The responses a report covers, grouped by the instrument version each was given with, oldest
 * first, with that version's definition to read them with (the impact page's summary per version).
 */
export async function responsesByVersion(
	db: Database,
	filter: ReportFilter = {}
): Promise<Array<{ version: number; instrument: Instrument; responses: TaggedResponse[] }>> {
	const { responses, givenWith } = await responsesFor(db, filter);
	const byVersion = new Map<number, TaggedResponse[]>();
	responses.forEach((response, i) => {
		const id = givenWith[i]!;
		const list = byVersion.get(id);
		if (list) list.push(response);
		else byVersion.set(id, [response]);
	});
	const groups = await Promise.all(
		[...byVersion].map(async ([id, list]) => {
			const version = await versionById(db, id);
			if (!version) throw new Error(`instrument version ${id} is missing`);
			return { version: version.version, instrument: version.definition, responses: list };
		})
	);
	return groups.sort((a, b) => a.version - b.version);
}

// ── Importing past evaluations ───────────────────────────────────────────────────────────────

/** What an import did: the package's report, plus rows refused because the database already had them. */
export interface ImportResult {
	report: ImportReport;
	/** Lines of rows that were valid but already stored (same session, phase and key): not stored twice. */
	alreadyStored: number[];
	stored: number;
	sessionsCreated: string[];
}

/**
 * Read past evaluations from CSV (packages/evaluation's format). Sessions are matched by code;
 * a code not seen before becomes a new imported session with the organisation, sector and date
 * given. Every refused row is reported with its line and reasons; the valid rows are stored in one
 * transaction.
 */
export async function importPastEvaluations(
	db: Database,
	text: string,
	meta: { instrumentId?: string; organisation?: string; sector?: string; heldOn?: string | null }
): Promise<ImportResult> {
	const instrumentId = meta.instrumentId ?? DEFAULT_INSTRUMENT_ID;
	const version =
		instrumentId === DEFAULT_INSTRUMENT_ID ? await ensureDefaultInstrument(db) : await latestVersion(db, instrumentId);
	if (!version) throw new RangeError(`unknown instrument "${instrumentId}"`);
	const existing = new Map((await db.select().from(evaluationSessions)).map((s) => [s.code, s]));
	const newSalts = new Map<string, string>();
	const saltOf = (code: string) => {
		const known = existing.get(code)?.salt ?? newSalts.get(code);
		if (known) return known;
		const salt = createSalt();
		newSalts.set(code, salt);
		return salt;
	};
	const report = await importResponsesCsv(version.definition, text, { salt: saltOf });
	const alreadyStored: number[] = [];
	const sessionsCreated: string[] = [];
	let stored = 0;
	if (report.accepted.length > 0) {
		await db.transaction(async (tx) => {
			const ids = new Map<string, string>();
			for (const code of new Set(report.accepted.map((r) => r.session))) {
				const known = existing.get(code);
				if (known) {
					ids.set(code, known.id);
					continue;
				}
				const [row] = await tx
					.insert(evaluationSessions)
					.values({
						code,
						label: code,
						organisation: meta.organisation?.trim() ?? '',
						sector: meta.sector?.trim() ?? '',
						heldOn: meta.heldOn || null,
						instrumentVersionId: version.id,
						salt: saltOf(code),
						preToken: newToken(),
						postToken: newToken(),
						preStatus: 'closed',
						postStatus: 'closed',
						origin: 'import'
					})
					.returning({ id: evaluationSessions.id });
				if (!row) throw new Error('insert returned no row');
				ids.set(code, row.id);
				sessionsCreated.push(code);
			}
			for (const [index, response] of report.accepted.entries()) {
				const rows = await tx
					.insert(evaluationResponses)
					.values({
						sessionId: ids.get(response.session)!,
						phase: response.phase,
						pairingKey: response.pairing,
						answers: response.answers as Record<string, Answer>,
						instrumentVersionId: version.id
					})
					.onConflictDoNothing()
					.returning({ id: evaluationResponses.id });
				if (rows.length > 0) stored++;
				else alreadyStored.push(report.acceptedLines[index]!);
			}
		});
	}
	return { report, alreadyStored, stored, sessionsCreated };
}
