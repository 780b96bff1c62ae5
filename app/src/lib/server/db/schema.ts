import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	serial,
	smallint,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';

/**
 * How often each quiz choice was picked. Counts only: no visitor, session, time or address is
 * stored, so no answer can be traced back to a person (DESIGN.md, privacy).
 */
export const quizAnswerCounts = pgTable(
	'quiz_answer_counts',
	{
		questionId: text('question_id').notNull(),
		choice: text('choice').notNull(),
		count: integer('count').notNull().default(0)
	},
	(table) => [primaryKey({ columns: [table.questionId, table.choice] })]
);

/** How many complete quiz submissions there were, per language: a single counter row each,
 * with no time stamp. */
export const quizSubmissionCounts = pgTable('quiz_submission_counts', {
	locale: text('locale').primaryKey(),
	count: integer('count').notNull().default(0)
});

// ── Convene: stakeholder dialogues ───────────────────────────────────────────────────────────
// A participant is a random token kept on their device, stored here only as a hash: no name,
// address or time of voting, so that no one (facilitators included) can tell who voted what.

/** A dialogue: one question, its statements and its votes. `code` is the join link's secret. */
export const dialogues = pgTable('dialogues', {
	id: uuid('id').primaryKey().defaultRandom(),
	code: text('code').notNull().unique(),
	question: text('question').notNull(),
	/** The language the facilitator wrote in; the interface follows the reader. */
	locale: text('locale').notNull(),
	/** Stakeholder groups participants may declare (the facilitator's list); empty for none. */
	stakeholderGroups: jsonb('stakeholder_groups').$type<string[]>().notNull().default([]),
	/** `before`: participants' statements wait for a facilitator; `after`: shown at once, hidden if rejected. */
	moderation: text('moderation').$type<'before' | 'after'>().notNull().default('before'),
	allowStatements: boolean('allow_statements').notNull().default(true),
	/** Smallest group shown in results (opinion groups and declared groups alike). */
	minGroupSize: integer('min_group_size').notNull().default(5),
	status: text('status').$type<'open' | 'closed'>().notNull().default('open'),
	/** The staff account that opened it, when accounts exist. */
	ownerId: text('owner_id'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const dialogueStatements = pgTable(
	'dialogue_statements',
	{
		id: serial('id').primaryKey(),
		dialogueId: uuid('dialogue_id')
			.notNull()
			.references(() => dialogues.id, { onDelete: 'cascade' }),
		text: text('text').notNull(),
		origin: text('origin').$type<'seed' | 'participant'>().notNull(),
		status: text('status').$type<'pending' | 'approved' | 'rejected'>().notNull(),
		/** Only so that authors are not asked to vote on their own statement; never shown. */
		authorId: uuid('author_id').references(() => dialogueParticipants.id, { onDelete: 'set null' })
	},
	(table) => [index('dialogue_statements_dialogue').on(table.dialogueId, table.status)]
);

export const dialogueParticipants = pgTable(
	'dialogue_participants',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		dialogueId: uuid('dialogue_id')
			.notNull()
			.references(() => dialogues.id, { onDelete: 'cascade' }),
		/** SHA-256 of the device token. */
		tokenHash: text('token_hash').notNull(),
		/** A group from the dialogue's list, when the participant chose to declare one. */
		stakeholder: text('stakeholder')
	},
	(table) => [uniqueIndex('dialogue_participants_token').on(table.dialogueId, table.tokenHash)]
);

export const dialogueVotes = pgTable(
	'dialogue_votes',
	{
		dialogueId: uuid('dialogue_id')
			.notNull()
			.references(() => dialogues.id, { onDelete: 'cascade' }),
		participantId: uuid('participant_id')
			.notNull()
			.references(() => dialogueParticipants.id, { onDelete: 'cascade' }),
		statementId: integer('statement_id')
			.notNull()
			.references(() => dialogueStatements.id, { onDelete: 'cascade' }),
		/** 1 agree, -1 disagree, 0 pass. */
		value: smallint('value').notNull()
	},
	(table) => [
		primaryKey({ columns: [table.participantId, table.statementId] }),
		index('dialogue_votes_dialogue').on(table.dialogueId),
		check('dialogue_votes_value', sql`${table.value} in (-1, 0, 1)`)
	]
);

/** "Where we agree", turned into work: the facilitator's editable action list. */
export const dialogueActions = pgTable(
	'dialogue_actions',
	{
		id: serial('id').primaryKey(),
		dialogueId: uuid('dialogue_id')
			.notNull()
			.references(() => dialogues.id, { onDelete: 'cascade' }),
		/** The common-ground statement it came from, if any. */
		statementId: integer('statement_id').references(() => dialogueStatements.id, { onDelete: 'set null' }),
		title: text('title').notNull(),
		/** Who took it on: a role or an organisation, as the table agreed (free text). */
		owner: text('owner').notNull().default(''),
		due: date('due'),
		status: text('status').$type<'open' | 'doing' | 'done'>().notNull().default('open'),
		position: integer('position').notNull().default(0)
	},
	(table) => [index('dialogue_actions_dialogue').on(table.dialogueId)]
);
