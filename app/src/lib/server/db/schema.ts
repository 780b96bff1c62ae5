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
import type { Answer, Instrument } from '@unconflate/evaluation';

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
	/** The question in the other language, when the facilitator gave one ('' for none). */
	questionTranslation: text('question_translation').notNull().default(''),
	/** Stakeholder groups participants may declare (the facilitator's list); empty for none. */
	stakeholderGroups: jsonb('stakeholder_groups').$type<string[]>().notNull().default([]),
	/** `before`: participants' statements wait for a facilitator; `after`: shown at once, hidden if rejected. */
	moderation: text('moderation').$type<'before' | 'after'>().notNull().default('before'),
	allowStatements: boolean('allow_statements').notNull().default(true),
	/** Smallest group shown in results (opinion groups and declared groups alike). */
	minGroupSize: integer('min_group_size').notNull().default(5),
	/** Votes a participant needs before being placed in an opinion group; null for Pol.is's rule (7, or every statement if fewer). */
	minVotes: integer('min_votes'),
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

// ── Train: workshop sessions ─────────────────────────────────────────────────────────────────
// A session is an `events` row of kind `workshop` (unlisted, registration by its link) answering a
// request. What only a workshop has lives here: its language, who facilitates
// it, and which reminders have gone out.

/**
 * A workshop's own details: the language it is given in (the agenda adapted for the organisation is
 * the event's `summary`, so registrants read it on the session's page).
 */
export const sessionDetails = pgTable('session_details', {
	eventId: uuid('event_id')
		.primaryKey()
		.references(() => events.id, { onDelete: 'cascade' }),
	language: text('language').$type<'en' | 'fr' | 'bilingual'>().notNull(),
	/** Why it was cancelled, told to every registrant. */
	cancelReason: text('cancel_reason').notNull().default(''),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * Who facilitates a session. Facilitators see only the sessions they are assigned to;
 * `experiential` marks the co-facilitator who brings lived experience of sex work.
 */
export const sessionFacilitators = pgTable(
	'session_facilitators',
	{
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		staffUserId: text('staff_user_id')
			.notNull()
			.references(() => staffUsers.id, { onDelete: 'cascade' }),
		experiential: boolean('experiential').notNull().default(false)
	},
	(table) => [
		primaryKey({ columns: [table.eventId, table.staffUserId] }),
		index('session_facilitators_staff').on(table.staffUserId)
	]
);

/** The reminder sent to a registrant before their session: one row each, so it goes out once. */
export const sessionReminders = pgTable('session_reminders', {
	registrationId: uuid('registration_id')
		.primaryKey()
		.references(() => registrations.id, { onDelete: 'cascade' }),
	sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow()
});

// ── Accounts: staff (admin, coordinator, facilitator) ─────────────────────────────────────────
// The first four tables are better-auth's (user, session, account, verification), named for the
// staff area; their property names are the field names better-auth expects. Tokens of our own
// (invitations, resets, capability links) are stored only as SHA-256 hashes; a login address is
// stored only as an HMAC under the server's secret, and sessions keep neither address nor user agent.

/** A staff member. `role` decides what they may do (src/lib/server/auth/guard.ts). */
export const staffUsers = pgTable('staff_users', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	email: text('email').notNull().unique(),
	emailVerified: boolean('email_verified').notNull().default(false),
	image: text('image'),
	role: text('role').$type<'admin' | 'coordinator' | 'facilitator'>().notNull(),
	/** The language of the emails they receive. */
	locale: text('locale').$type<'en' | 'fr'>().notNull().default('en'),
	/** Set when an admin deactivates the account: no sign-in, sessions ended. */
	deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** A signed-in browser. `token` is the cookie's value (signed in the cookie). */
export const staffSessions = pgTable(
	'staff_sessions',
	{
		id: text('id').primaryKey(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		token: text('token').notNull().unique(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		/** Always empty: better-auth's columns, kept so its adapter finds them (see auth.ts). */
		ipAddress: text('ip_address'),
		userAgent: text('user_agent'),
		userId: text('user_id')
			.notNull()
			.references(() => staffUsers.id, { onDelete: 'cascade' })
	},
	(table) => [index('staff_sessions_user').on(table.userId)]
);

/** How a staff member signs in: here always `credential` (email + Argon2id password hash). */
export const staffAccounts = pgTable(
	'staff_accounts',
	{
		id: text('id').primaryKey(),
		accountId: text('account_id').notNull(),
		providerId: text('provider_id').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => staffUsers.id, { onDelete: 'cascade' }),
		accessToken: text('access_token'),
		refreshToken: text('refresh_token'),
		idToken: text('id_token'),
		accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
		refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
		scope: text('scope'),
		password: text('password'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('staff_accounts_user').on(table.userId)]
);

/** better-auth's verification values (unused by our flows, which keep hashed tokens below). */
export const staffVerifications = pgTable('staff_verifications', {
	id: text('id').primaryKey(),
	identifier: text('identifier').notNull(),
	value: text('value').notNull(),
	expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * An invitation to join the staff with a role, or (email null) the one-time setup link of the
 * first admin. Single use (`acceptedAt`), expiring, revocable; only the token's hash is kept.
 */
export const staffInvitations = pgTable('staff_invitations', {
	id: uuid('id').primaryKey().defaultRandom(),
	email: text('email'),
	name: text('name'),
	role: text('role').$type<'admin' | 'coordinator' | 'facilitator'>().notNull(),
	locale: text('locale').$type<'en' | 'fr'>().notNull().default('en'),
	tokenHash: text('token_hash').notNull().unique(),
	invitedBy: text('invited_by').references(() => staffUsers.id, { onDelete: 'set null' }),
	expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
	acceptedAt: timestamp('accepted_at', { withTimezone: true }),
	acceptedBy: text('accepted_by').references(() => staffUsers.id, { onDelete: 'set null' }),
	revokedAt: timestamp('revoked_at', { withTimezone: true }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** A password-reset link: single use, expires within the hour, only its hash kept. */
export const passwordResets = pgTable(
	'password_resets',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: text('user_id')
			.notNull()
			.references(() => staffUsers.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash').notNull().unique(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('password_resets_user').on(table.userId)]
);

/**
 * Failed sign-ins, per key: `account:<hmac of the email>` or `client:<hmac of the address>`.
 * Neither the email typed nor the address is stored in clear.
 */
export const loginThrottle = pgTable('login_throttle', {
	key: text('key').primaryKey(),
	failures: integer('failures').notNull(),
	windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
	lockedUntil: timestamp('locked_until', { withTimezone: true })
});

/** Who changed what: actor, action, target, time. Never a password or a token. */
export const auditLog = pgTable(
	'audit_log',
	{
		id: serial('id').primaryKey(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		/** The staff member who acted; null for the system (setup link, command line). */
		actorId: text('actor_id'),
		action: text('action').notNull(),
		targetType: text('target_type').notNull(),
		targetId: text('target_id'),
		/** Non-secret facts, e.g. `{ "from": "facilitator", "to": "coordinator" }`. */
		details: jsonb('details').$type<Record<string, string | number | boolean | null>>().notNull().default({})
	},
	(table) => [index('audit_log_at').on(table.at)]
);

/**
 * Emails the platform wrote. Without SMTP_URL every email lands here for admins to read; with it,
 * only those whose sending failed do (status `failed`).
 */
export const outbox = pgTable(
	'outbox',
	{
		id: serial('id').primaryKey(),
		to: text('to').notNull(),
		locale: text('locale').$type<'en' | 'fr'>().notNull(),
		subject: text('subject').notNull(),
		body: text('body').notNull(),
		status: text('status').$type<'stored' | 'failed'>().notNull(),
		/** Why sending failed (the SMTP server's answer, never the message). */
		error: text('error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('outbox_created').on(table.createdAt)]
);

/** Server secrets generated on first start when none is configured (e.g. `auth`). */
export const appSecrets = pgTable('app_secrets', {
	name: text('name').primaryKey(),
	value: text('value').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * A private link that gives someone without an account access to one record (e.g. an
 * organisation's contact to their training request). Only the token's hash is kept; revocable.
 */
export const capabilityLinks = pgTable(
	'capability_links',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** What kind of record, e.g. `training-request`. */
		scope: text('scope').notNull(),
		recordId: text('record_id').notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		createdBy: text('created_by').references(() => staffUsers.id, { onDelete: 'set null' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('capability_links_record').on(table.scope, table.recordId)]
);

// ── Train: evaluation ─────────────────────────────────────────────────────────────────────────
// Questionnaires before and after a workshop (packages/evaluation). A participant gives no name,
// email or address: their pre and post answers are linked only by a pairing key, the HMAC of a
// code they made up (or of a random token their device keeps) under a salt that is secret and
// different for every session, so answers cannot be linked to a person or across sessions.

/** A programme's questionnaire (`workshop` is the default). Its content lives in versions. */
export const evaluationInstruments = pgTable('evaluation_instruments', {
	/** The instrument's kebab-case id, as in its definition (e.g. `workshop`). */
	id: text('id').primaryKey(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * One version of an instrument: the whole definition (items, scales, both languages) as validated
 * by packages/evaluation's `instrumentSchema`. A version that sessions or answers use is never
 * changed again: editing it creates the next version, so every answer keeps the questions it was
 * given with.
 */
export const evaluationInstrumentVersions = pgTable(
	'evaluation_instrument_versions',
	{
		id: serial('id').primaryKey(),
		instrumentId: text('instrument_id')
			.notNull()
			.references(() => evaluationInstruments.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		definition: jsonb('definition').$type<Instrument>().notNull(),
		createdBy: text('created_by').references(() => staffUsers.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [uniqueIndex('evaluation_instrument_versions_version').on(table.instrumentId, table.version)]
);

/** Whether a questionnaire takes answers: not yet open, open, or closed. */
export type QuestionnaireStatus = 'not-open' | 'open' | 'closed';

/**
 * A session as evaluation sees it: a workshop scheduled here (`eventId`), or one delivered before
 * the platform or elsewhere (created by hand or by an import). Organisation, sector and date are
 * copied so that reports survive the deletion of the event and of its request's contact details.
 */
export const evaluationSessions = pgTable(
	'evaluation_sessions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** The session's code in exports and imports (unique, e.g. `2026-03-clinic`). */
		code: text('code').notNull().unique(),
		eventId: uuid('event_id')
			.unique()
			.references(() => events.id, { onDelete: 'set null' }),
		label: text('label').notNull(),
		organisation: text('organisation').notNull().default(''),
		sector: text('sector').notNull().default(''),
		heldOn: date('held_on'),
		instrumentVersionId: integer('instrument_version_id')
			.notNull()
			.references(() => evaluationInstrumentVersions.id),
		/** HMAC key of this session's pairing keys: random, server-side only, never shown. */
		salt: text('salt').notNull(),
		/** The secrets in the questionnaires' links (one per phase, so a pre link cannot post a post). */
		preToken: text('pre_token').notNull().unique(),
		postToken: text('post_token').notNull().unique(),
		preStatus: text('pre_status').$type<QuestionnaireStatus>().notNull().default('not-open'),
		postStatus: text('post_status').$type<QuestionnaireStatus>().notNull().default('not-open'),
		/** `live`: answered through the platform; `import`: read from a past evaluation's CSV. */
		origin: text('origin').$type<'live' | 'import'>().notNull().default('live'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('evaluation_sessions_held_on').on(table.heldOn)]
);

/**
 * One questionnaire as answered: the phase, the pairing key and the answers (by item id, as
 * packages/evaluation's `Answer`), with the instrument version it was given with. The unique
 * index refuses a second questionnaire with the same key in a session's phase.
 */
export const evaluationResponses = pgTable(
	'evaluation_responses',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		sessionId: uuid('session_id')
			.notNull()
			.references(() => evaluationSessions.id, { onDelete: 'cascade' }),
		phase: text('phase').$type<'pre' | 'post'>().notNull(),
		pairingKey: text('pairing_key').notNull(),
		answers: jsonb('answers').$type<Record<string, Answer>>().notNull(),
		instrumentVersionId: integer('instrument_version_id')
			.notNull()
			.references(() => evaluationInstrumentVersions.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		uniqueIndex('evaluation_responses_once').on(table.sessionId, table.phase, table.pairingKey),
		check('evaluation_responses_phase', sql`${table.phase} in ('pre', 'post')`)
	]
);
