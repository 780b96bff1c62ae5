import { randomBytes } from 'node:crypto';
import { hashToken as hashSecret, newToken } from './auth/tokens.ts';
import { analyseDialogue, type DialogueResult, type Vote, type VoteValue } from '@unconflate/dialogue';
import { and, asc, desc, eq, notExists, sql } from 'drizzle-orm';
import type { Database } from './db/client.ts';
import { dialogueActions, dialogueParticipants, dialogueStatements, dialogueVotes, dialogues } from './db/schema.ts';

export type Dialogue = typeof dialogues.$inferSelect;
export type Statement = typeof dialogueStatements.$inferSelect;
export type Action = typeof dialogueActions.$inferSelect;

/** Statements are short, as in Pol.is: one idea each, readable on a phone. */
export const STATEMENT_MAX = 280;
export const STATEMENT_MIN = 3;

/** Why a participant's action was refused, for a translated message. */
export type DialogueErrorCode =
	'closed' | 'not-found' | 'statements-off' | 'too-short' | 'too-long' | 'duplicate' | 'unknown-group';

export class DialogueError extends Error {
	readonly code: DialogueErrorCode;
	constructor(code: DialogueErrorCode) {
		super(code);
		this.code = code;
	}
}

// Without 0/O and 1/I/L, so that a code read aloud or from a screen is typed right.
const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A join code: 12 characters from 31, about 59 bits, so codes cannot be guessed. */
export function newJoinCode(): string {
	const bytes = randomBytes(12);
	let code = '';
	for (const byte of bytes) code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
	return code;
}

/**
 * A participant's device token, stored only as this hash. The dialogue is part of it, so that the
 * same device cannot be recognised across dialogues.
 */
export function hashToken(dialogueId: string, token: string): string {
	return hashSecret(`${dialogueId}:${token}`);
}

export function newDeviceToken(): string {
	return newToken();
}

export interface NewDialogue {
	question: string;
	locale: 'en' | 'fr';
	/** The question in the other language ('' or absent for none). */
	questionTranslation?: string;
	/** Votes needed to be placed in an opinion group; null or absent for Pol.is's rule. */
	minVotes?: number | null;
	seeds: string[];
	stakeholderGroups?: string[];
	moderation?: 'before' | 'after';
	allowStatements?: boolean;
	minGroupSize?: number;
	ownerId?: string | null;
}

export async function createDialogue(db: Database, input: NewDialogue): Promise<Dialogue> {
	return db.transaction(async (tx) => {
		const [dialogue] = await tx
			.insert(dialogues)
			.values({
				code: newJoinCode(),
				question: input.question.trim(),
				locale: input.locale,
				questionTranslation: (input.questionTranslation ?? '').trim(),
				minVotes: input.minVotes ?? null,
				stakeholderGroups: [...new Set((input.stakeholderGroups ?? []).map((g) => g.trim()).filter(Boolean))],
				moderation: input.moderation ?? 'before',
				allowStatements: input.allowStatements ?? true,
				minGroupSize: input.minGroupSize ?? 5,
				ownerId: input.ownerId ?? null
			})
			.returning();
		if (!dialogue) throw new Error('insert returned no row');
		const seeds = uniqueTexts(input.seeds);
		if (seeds.length > 0) {
			await tx
				.insert(dialogueStatements)
				.values(seeds.map((text) => ({ dialogueId: dialogue.id, text, origin: 'seed' as const, status: 'approved' as const })));
		}
		return dialogue;
	});
}

/** Trimmed, inner spaces collapsed, empty and repeated (ignoring case) ones dropped. */
function uniqueTexts(texts: readonly string[]): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const raw of texts) {
		const text = normalise(raw);
		const key = text.toLocaleLowerCase();
		if (text.length === 0 || seen.has(key)) continue;
		seen.add(key);
		out.push(text);
	}
	return out;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

export async function dialogueByCode(db: Database, code: string): Promise<Dialogue | undefined> {
	const [row] = await db.select().from(dialogues).where(eq(dialogues.code, code.trim().toLowerCase()));
	return row;
}

// Every vote looks its dialogue up by code: a room of 500 people voting would read the same row
// thousands of times. Kept a few seconds, and dropped at once when this process changes it.
const recent = new Map<string, { dialogue: Dialogue; at: number }>();
const RECENT_MS = 5000;

export async function dialogueByCodeCached(db: Database, code: string, now = Date.now()): Promise<Dialogue | undefined> {
	const key = code.trim().toLowerCase();
	const hit = recent.get(key);
	if (hit && now - hit.at < RECENT_MS) return hit.dialogue;
	const dialogue = await dialogueByCode(db, key);
	if (dialogue) recent.set(key, { dialogue, at: now });
	else recent.delete(key);
	if (recent.size > 1000) recent.delete(recent.keys().next().value as string);
	return dialogue;
}

function forget(id: string): void {
	for (const [key, hit] of recent) if (hit.dialogue.id === id) recent.delete(key);
}

export async function dialogueById(db: Database, id: string): Promise<Dialogue | undefined> {
	const [row] = await db.select().from(dialogues).where(eq(dialogues.id, id));
	return row;
}

export type Settings = Partial<
	Pick<
		Dialogue,
		| 'moderation'
		| 'allowStatements'
		| 'minGroupSize'
		| 'minVotes'
		| 'status'
		| 'question'
		| 'questionTranslation'
		| 'stakeholderGroups'
	>
>;

/** The question in the reader's language when the facilitator gave it, else as written; with its language. */
export function questionFor(dialogue: Dialogue, locale: 'en' | 'fr'): { text: string; lang: 'en' | 'fr' } {
	const written = dialogue.locale === 'fr' ? 'fr' : 'en';
	if (locale !== written && dialogue.questionTranslation) return { text: dialogue.questionTranslation, lang: locale };
	return { text: dialogue.question, lang: written };
}

/**
 * A dialogue as a staff member may see it: coordinators and admins see every dialogue, a
 * facilitator only those they opened (others do not exist for them: undefined, a 404).
 */
export async function dialogueForStaff(
	db: Database,
	id: string,
	staff: { id: string; role: 'admin' | 'coordinator' | 'facilitator' }
): Promise<Dialogue | undefined> {
	const dialogue = await dialogueById(db, id);
	if (!dialogue || (staff.role === 'facilitator' && dialogue.ownerId !== staff.id)) return undefined;
	return dialogue;
}

/** Dialogues newest first: every one, or (for a facilitator) those this staff member opened. */
export async function listDialogues(db: Database, ownerId?: string) {
	return db
		.select({
			id: dialogues.id,
			code: dialogues.code,
			question: dialogues.question,
			locale: dialogues.locale,
			status: dialogues.status,
			createdAt: dialogues.createdAt,
			// Table names written out: drizzle leaves columns unqualified inside a raw subquery.
			statements:
				sql<number>`(select count(*) from dialogue_statements s where s.dialogue_id = dialogues.id and s.status = 'approved')`.mapWith(
					Number
				),
			pending:
				sql<number>`(select count(*) from dialogue_statements s where s.dialogue_id = dialogues.id and s.status = 'pending')`.mapWith(
					Number
				),
			participants: sql<number>`(select count(*) from dialogue_participants p where p.dialogue_id = dialogues.id)`.mapWith(Number)
		})
		.from(dialogues)
		.where(ownerId === undefined ? undefined : eq(dialogues.ownerId, ownerId))
		.orderBy(desc(dialogues.createdAt));
}

/** Add seed statements to a dialogue (any time); repeated ones, here or already there, are skipped. Returns how many were added. */
export async function addSeeds(db: Database, dialogueId: string, texts: readonly string[]): Promise<number> {
	const existing = new Set(
		(
			await db
				.select({ text: dialogueStatements.text })
				.from(dialogueStatements)
				.where(eq(dialogueStatements.dialogueId, dialogueId))
		).map((s) => s.text.toLocaleLowerCase())
	);
	const fresh = uniqueTexts(texts).filter((t) => !existing.has(t.toLocaleLowerCase()));
	if (fresh.length === 0) return 0;
	await db
		.insert(dialogueStatements)
		.values(fresh.map((text) => ({ dialogueId, text, origin: 'seed' as const, status: 'approved' as const })));
	return fresh.length;
}

export async function updateDialogue(db: Database, id: string, settings: Settings): Promise<void> {
	await db.update(dialogues).set(settings).where(eq(dialogues.id, id));
	forget(id);
}

/**
 * The participant for this device token, created on first visit. Declaring a stakeholder group is
 * optional and can be changed; only groups from the facilitator's list are accepted.
 */
export async function joinDialogue(
	db: Database,
	dialogue: Dialogue,
	token: string,
	stakeholder?: string | null
): Promise<string> {
	if (stakeholder && !dialogue.stakeholderGroups.includes(stakeholder)) throw new DialogueError('unknown-group');
	const tokenHash = hashToken(dialogue.id, token);
	const values = { dialogueId: dialogue.id, tokenHash, stakeholder: stakeholder ?? null };
	const [row] = await db
		.insert(dialogueParticipants)
		.values(values)
		.onConflictDoUpdate({
			target: [dialogueParticipants.dialogueId, dialogueParticipants.tokenHash],
			// Re-joining without a group keeps the one declared before.
			set: stakeholder === undefined ? { tokenHash } : { stakeholder: stakeholder ?? null }
		})
		.returning({ id: dialogueParticipants.id });
	if (!row) throw new Error('upsert returned no row');
	return row.id;
}

/** The participant for a token, if this device has joined. */
export async function participantOf(db: Database, dialogueId: string, token: string | undefined) {
	if (!token) return undefined;
	const [row] = await db
		.select()
		.from(dialogueParticipants)
		.where(
			and(eq(dialogueParticipants.dialogueId, dialogueId), eq(dialogueParticipants.tokenHash, hashToken(dialogueId, token)))
		);
	return row;
}

/**
 * The next statement for a participant: shown, not yet answered and not their own, those with
 * the fewest votes first so that every statement gathers enough votes to place people.
 */
export async function nextStatement(db: Database, dialogueId: string, participantId: string): Promise<Statement | undefined> {
	const [row] = await db
		.select({ statement: dialogueStatements })
		.from(dialogueStatements)
		.leftJoin(dialogueVotes, eq(dialogueVotes.statementId, dialogueStatements.id))
		.where(
			and(
				eq(dialogueStatements.dialogueId, dialogueId),
				eq(dialogueStatements.status, 'approved'),
				sql`${dialogueStatements.authorId} is distinct from ${participantId}`,
				notExists(
					db
						.select({ one: sql`1` })
						.from(dialogueVotes)
						.where(and(eq(dialogueVotes.statementId, dialogueStatements.id), eq(dialogueVotes.participantId, participantId)))
				)
			)
		)
		.groupBy(dialogueStatements.id)
		.orderBy(sql`count(${dialogueVotes.participantId})`, asc(dialogueStatements.id))
		.limit(1);
	return row?.statement;
}

/** How far a participant is: statements answered, and statements shown in all. */
export async function progress(db: Database, dialogueId: string, participantId: string) {
	const [row] = await db
		.select({
			shown: sql<number>`count(*) filter (where ${dialogueStatements.authorId} is distinct from ${participantId})`.mapWith(
				Number
			),
			answered:
				sql<number>`count(${dialogueVotes.participantId}) filter (where ${dialogueStatements.authorId} is distinct from ${participantId})`.mapWith(
					Number
				)
		})
		.from(dialogueStatements)
		.leftJoin(
			dialogueVotes,
			and(eq(dialogueVotes.statementId, dialogueStatements.id), eq(dialogueVotes.participantId, participantId))
		)
		.where(and(eq(dialogueStatements.dialogueId, dialogueId), eq(dialogueStatements.status, 'approved')));
	return { answered: row?.answered ?? 0, shown: row?.shown ?? 0 };
}

/** Record (or change) a vote. Refused on a closed dialogue or a statement that is not shown. */
export async function castVote(
	db: Database,
	dialogue: Dialogue,
	participantId: string,
	statementId: number,
	value: VoteValue
): Promise<void> {
	if (dialogue.status !== 'open') throw new DialogueError('closed');
	// One statement: the vote is written only if the statement is shown in this dialogue.
	const written = await db
		.insert(dialogueVotes)
		.select(
			db
				.select({
					dialogueId: dialogueStatements.dialogueId,
					participantId: sql<string>`${participantId}::uuid`.as('participant_id'),
					statementId: dialogueStatements.id,
					value: sql<number>`${value}::smallint`.as('value')
				})
				.from(dialogueStatements)
				.where(
					and(
						eq(dialogueStatements.id, statementId),
						eq(dialogueStatements.dialogueId, dialogue.id),
						eq(dialogueStatements.status, 'approved')
					)
				)
		)
		.onConflictDoUpdate({ target: [dialogueVotes.participantId, dialogueVotes.statementId], set: { value } })
		.returning({ statementId: dialogueVotes.statementId });
	if (written.length === 0) throw new DialogueError('not-found');
}

/**
 * A participant's own statement: waits for a facilitator when moderation comes first, else is
 * shown at once. Its author agrees with it, as in Pol.is, and is not asked to vote on it.
 */
export async function submitStatement(db: Database, dialogue: Dialogue, participantId: string, raw: string): Promise<Statement> {
	if (dialogue.status !== 'open') throw new DialogueError('closed');
	if (!dialogue.allowStatements) throw new DialogueError('statements-off');
	const text = normalise(raw);
	if (text.length < STATEMENT_MIN) throw new DialogueError('too-short');
	if (text.length > STATEMENT_MAX) throw new DialogueError('too-long');
	return db.transaction(async (tx) => {
		const [same] = await tx
			.select({ id: dialogueStatements.id })
			.from(dialogueStatements)
			.where(and(eq(dialogueStatements.dialogueId, dialogue.id), sql`lower(${dialogueStatements.text}) = lower(${text})`));
		if (same) throw new DialogueError('duplicate');
		const [statement] = await tx
			.insert(dialogueStatements)
			.values({
				dialogueId: dialogue.id,
				text,
				origin: 'participant',
				status: dialogue.moderation === 'before' ? 'pending' : 'approved',
				authorId: participantId
			})
			.returning();
		if (!statement) throw new Error('insert returned no row');
		await tx.insert(dialogueVotes).values({ dialogueId: dialogue.id, participantId, statementId: statement.id, value: 1 });
		return statement;
	});
}

export async function statementsOf(db: Database, dialogueId: string): Promise<Statement[]> {
	return db
		.select()
		.from(dialogueStatements)
		.where(eq(dialogueStatements.dialogueId, dialogueId))
		.orderBy(asc(dialogueStatements.id));
}

/** A facilitator's decision; a rejected statement leaves the results (its votes are kept, unused). */
export async function moderate(
	db: Database,
	dialogueId: string,
	statementId: number,
	status: 'approved' | 'rejected'
): Promise<boolean> {
	const rows = await db
		.update(dialogueStatements)
		.set({ status })
		.where(and(eq(dialogueStatements.id, statementId), eq(dialogueStatements.dialogueId, dialogueId)))
		.returning({ id: dialogueStatements.id });
	return rows.length > 0;
}

export interface DialogueResults {
	statements: Statement[];
	analysis: DialogueResult;
	votes: number;
}

/**
 * Opinion groups and common ground over the shown statements. Participant ids go into the
 * analysis only as row keys; what comes out is counts, shares and anonymous map points.
 */
export async function dialogueResults(db: Database, dialogue: Dialogue): Promise<DialogueResults> {
	const statements = await db
		.select()
		.from(dialogueStatements)
		.where(and(eq(dialogueStatements.dialogueId, dialogue.id), eq(dialogueStatements.status, 'approved')))
		.orderBy(asc(dialogueStatements.id));
	const rows = await db
		.select({ participant: dialogueVotes.participantId, statement: dialogueVotes.statementId, value: dialogueVotes.value })
		.from(dialogueVotes)
		.where(eq(dialogueVotes.dialogueId, dialogue.id));
	const declaredRows = await db
		.select({ id: dialogueParticipants.id, group: dialogueParticipants.stakeholder })
		.from(dialogueParticipants)
		.where(eq(dialogueParticipants.dialogueId, dialogue.id));
	const shown = new Set(statements.map((s) => s.id));
	const counted = rows.filter((r) => shown.has(r.statement));
	const votes: Vote[] = counted.map((r) => ({
		participant: r.participant,
		statement: String(r.statement),
		value: r.value as VoteValue
	}));
	const declared = new Map(declaredRows.flatMap((r) => (r.group ? [[r.id, r.group] as const] : [])));
	const analysis = analyseDialogue(
		{ statements: statements.map((s) => String(s.id)), votes, declared },
		{ minGroupSize: dialogue.minGroupSize, ...(dialogue.minVotes === null ? {} : { minVotes: dialogue.minVotes }), seed: 1 }
	);
	return { statements, analysis, votes: counted.length };
}

/** A cheap fingerprint of a dialogue's state, so live results are recomputed only on change. */
export async function dialogueVersion(db: Database, dialogueId: string): Promise<string> {
	const [row] = await db
		.select({
			votes: sql<number>`(select count(*) from ${dialogueVotes} where ${dialogueVotes.dialogueId} = ${dialogueId})`.mapWith(
				Number
			),
			changed:
				sql<number>`(select coalesce(sum(${dialogueVotes.value} + 2), 0) from ${dialogueVotes} where ${dialogueVotes.dialogueId} = ${dialogueId})`.mapWith(
					Number
				),
			statements: sql<string>`(select string_agg(${dialogueStatements.id}::text || ${dialogueStatements.status}, ',') from ${dialogueStatements} where ${dialogueStatements.dialogueId} = ${dialogueId})`
		})
		.from(sql`(select 1) as one`);
	return `${row?.votes}:${row?.changed}:${row?.statements ?? ''}`;
}

// ── The action list ───────────────────────────────────────────────────────────────────────────

export async function actionsOf(db: Database, dialogueId: string): Promise<Action[]> {
	return db
		.select()
		.from(dialogueActions)
		.where(eq(dialogueActions.dialogueId, dialogueId))
		.orderBy(asc(dialogueActions.position), asc(dialogueActions.id));
}

export interface ActionInput {
	title: string;
	owner?: string;
	due?: string | null;
	status?: Action['status'];
	statementId?: number | null;
}

export async function addAction(db: Database, dialogueId: string, input: ActionInput): Promise<Action> {
	const [last] = await db
		.select({ max: sql<number>`coalesce(max(${dialogueActions.position}), -1)`.mapWith(Number) })
		.from(dialogueActions)
		.where(eq(dialogueActions.dialogueId, dialogueId));
	const [row] = await db
		.insert(dialogueActions)
		.values({
			dialogueId,
			title: normalise(input.title),
			owner: normalise(input.owner ?? ''),
			due: input.due || null,
			status: input.status ?? 'open',
			statementId: input.statementId ?? null,
			position: (last?.max ?? -1) + 1
		})
		.returning();
	if (!row) throw new Error('insert returned no row');
	return row;
}

export async function updateAction(db: Database, dialogueId: string, id: number, input: Partial<ActionInput>): Promise<boolean> {
	const rows = await db
		.update(dialogueActions)
		.set({
			...(input.title !== undefined && { title: normalise(input.title) }),
			...(input.owner !== undefined && { owner: normalise(input.owner) }),
			...(input.due !== undefined && { due: input.due || null }),
			...(input.status !== undefined && { status: input.status })
		})
		.where(and(eq(dialogueActions.id, id), eq(dialogueActions.dialogueId, dialogueId)))
		.returning({ id: dialogueActions.id });
	return rows.length > 0;
}

/** Move an action one place up or down the list (positions are renumbered 0…n-1). */
export async function moveAction(db: Database, dialogueId: string, id: number, direction: 'up' | 'down'): Promise<boolean> {
	return db.transaction(async (tx) => {
		const list = await tx
			.select({ id: dialogueActions.id })
			.from(dialogueActions)
			.where(eq(dialogueActions.dialogueId, dialogueId))
			.orderBy(asc(dialogueActions.position), asc(dialogueActions.id))
			.for('update');
		const from = list.findIndex((a) => a.id === id);
		if (from === -1) return false;
		const to = direction === 'up' ? from - 1 : from + 1;
		if (to >= 0 && to < list.length) {
			const [moved] = list.splice(from, 1);
			if (moved) list.splice(to, 0, moved);
		}
		for (const [position, action] of list.entries()) {
			await tx.update(dialogueActions).set({ position }).where(eq(dialogueActions.id, action.id));
		}
		return true;
	});
}

export async function deleteAction(db: Database, dialogueId: string, id: number): Promise<boolean> {
	const rows = await db
		.delete(dialogueActions)
		.where(and(eq(dialogueActions.id, id), eq(dialogueActions.dialogueId, dialogueId)))
		.returning({ id: dialogueActions.id });
	return rows.length > 0;
}

/** Every common-ground statement not yet on the list becomes an action titled with its text. */
export async function actionsFromCommonGround(db: Database, dialogue: Dialogue, results: DialogueResults): Promise<number> {
	const existing = new Set((await actionsOf(db, dialogue.id)).map((a) => a.statementId));
	const byId = new Map(results.statements.map((s) => [String(s.id), s]));
	let added = 0;
	for (const id of results.analysis.commonGround) {
		const statement = byId.get(id);
		if (!statement || existing.has(statement.id)) continue;
		await addAction(db, dialogue.id, { title: statement.text, statementId: statement.id });
		added++;
	}
	return added;
}
