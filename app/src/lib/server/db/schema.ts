import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
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

// ── Convene and Train: events and their registrations ────────────────────────────────────────
// One table for every gathering: the conference, community forums, public trainings, and the
// workshops delivered to an organisation (unlisted, registration by link only).

/** Text in each language; a missing translation falls back to the other language. */
export type Bilingual = { en?: string; fr?: string };

export const events = pgTable('events', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	kind: text('kind').$type<'conference' | 'forum' | 'training' | 'workshop'>().notNull(),
	/** `public`: listed on the events page; `unlisted`: reachable by its link only. */
	visibility: text('visibility').$type<'public' | 'unlisted'>().notNull().default('public'),
	status: text('status').$type<'draft' | 'published' | 'cancelled'>().notNull().default('draft'),
	title: jsonb('title').$type<Bilingual>().notNull(),
	summary: jsonb('summary').$type<Bilingual>().notNull().default({}),
	startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
	endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
	/** IANA zone the times are shown in, e.g. America/Vancouver. */
	timeZone: text('time_zone').notNull(),
	venue: text('venue').notNull().default(''),
	address: text('address').notNull().default(''),
	onlineUrl: text('online_url'),
	accessibility: jsonb('accessibility').$type<Bilingual>().notNull().default({}),
	/** Places; null for no limit. */
	capacity: integer('capacity'),
	waitlist: boolean('waitlist').notNull().default(true),
	registrationOpen: boolean('registration_open').notNull().default(true),
	/** For a workshop: the organisation's request it answers. */
	requestId: uuid('request_id').references((): AnyPgColumn => workshopRequests.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const eventSpeakers = pgTable(
	'event_speakers',
	{
		id: serial('id').primaryKey(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		affiliation: text('affiliation').notNull().default(''),
		bio: jsonb('bio').$type<Bilingual>().notNull().default({}),
		/** Speaks from lived experience of sex work: paid for that expertise. */
		community: boolean('community').notNull().default(false),
		/** Honoraria in cents of the event's currency; organisers only. */
		honorariumOwed: integer('honorarium_owed').notNull().default(0),
		honorariumPaid: integer('honorarium_paid').notNull().default(0),
		paidOn: date('paid_on')
	},
	(table) => [index('event_speakers_event').on(table.eventId)]
);

/** The programme: sessions of an event, each with its speakers. */
export const eventProgramme = pgTable(
	'event_programme',
	{
		id: serial('id').primaryKey(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		title: jsonb('title').$type<Bilingual>().notNull(),
		room: text('room').notNull().default(''),
		speakerIds: jsonb('speaker_ids').$type<number[]>().notNull().default([])
	},
	(table) => [index('event_programme_event').on(table.eventId)]
);

/**
 * A registration: the minimum to welcome someone (a name and an email to confirm), and what they
 * choose to tell us so that the event works for them. Deleted on request or after the retention
 * period; never used for anything else.
 */
export const registrations = pgTable(
	'registrations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		email: text('email').notNull(),
		/** Name and pronouns to show on a badge, if the person gave them. */
		displayName: text('display_name').notNull().default(''),
		pronouns: text('pronouns').notNull().default(''),
		accessibilityNeeds: text('accessibility_needs').notNull().default(''),
		dietaryNeeds: text('dietary_needs').notNull().default(''),
		locale: text('locale').$type<'en' | 'fr'>().notNull(),
		status: text('status').$type<'confirmed' | 'waitlisted' | 'cancelled'>().notNull(),
		/** SHA-256 of the private link that lets the person see or cancel their registration. */
		manageTokenHash: text('manage_token_hash').notNull().unique(),
		checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index('registrations_event').on(table.eventId, table.status),
		uniqueIndex('registrations_event_email').on(table.eventId, table.email)
	]
);

// ── Train: workshop requests from organisations ──────────────────────────────────────────────

export const workshopRequests = pgTable(
	'workshop_requests',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisation: text('organisation').notNull(),
		contactName: text('contact_name').notNull(),
		contactEmail: text('contact_email').notNull(),
		contactPhone: text('contact_phone').notNull().default(''),
		sector: text('sector').$type<'health' | 'housing' | 'police' | 'government' | 'business' | 'community' | 'other'>().notNull(),
		staffCount: integer('staff_count').notNull(),
		hopes: text('hopes').notNull(),
		preferredDates: text('preferred_dates').notNull().default(''),
		format: text('format').$type<'on-site' | 'online' | 'either'>().notNull(),
		address: text('address').notNull().default(''),
		accessibilityNeeds: text('accessibility_needs').notNull().default(''),
		locale: text('locale').$type<'en' | 'fr'>().notNull(),
		status: text('status').$type<'new' | 'scheduled' | 'delivered' | 'evaluated' | 'declined'>().notNull().default('new'),
		declineReason: text('decline_reason').notNull().default(''),
		/** SHA-256 of the private link that shows the organisation its request and session reports. */
		contactTokenHash: text('contact_token_hash').notNull().unique(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('workshop_requests_status').on(table.status, table.createdAt)]
);
