import { APIError } from 'better-auth/api';
import { and, asc, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { localizeSection } from '../../i18n/sections.ts';
import type { Database } from '../db/client.ts';
import { passwordResets, staffInvitations, staffSessions, staffUsers } from '../db/schema.ts';
import { recordAudit } from './audit.ts';
import type { StaffAuth } from './auth.ts';
import { isRole, type Role } from './guard.ts';
import type { Delivery, Email, Mailer } from './mail.ts';
import { hashPassword, passwordProblem } from './password.ts';
import {
	ACCOUNT_POLICY,
	clearThrottle,
	CLIENT_POLICY,
	lockedFor,
	lockRemaining,
	normalizeEmail,
	recordFailure,
	throttleKeys
} from './throttle.ts';
import { hashToken, isTokenShaped, keyedHash, newToken } from './tokens.ts';

type Locale = 'en' | 'fr';

const HOUR = 3600_000;
/** How long links stay valid. */
export const INVITATION_TTL = 7 * 24 * HOUR;
export const SETUP_TTL = 24 * HOUR;
export const RESET_TTL = 1 * HOUR;
/** Reset emails to one address: 3 an hour. */
export const RESET_POLICY = { limit: 3, windowMs: HOUR, lockMs: HOUR };

/** The emails the service sends, rendered in the recipient's language (emails.ts in the app). */
export interface EmailTemplates {
	invitation(input: { to: string; locale: Locale; link: string; role: Role; inviter: string; expiresAt: Date }): Email;
	passwordReset(input: { to: string; locale: Locale; link: string; expiresAt: Date }): Email;
}

export interface AccountsContext {
	db: Database;
	auth: StaffAuth;
	/** The server's secret (keys the throttle's hashes). */
	secret: string;
	/** The public origin that links in emails point to (never taken from a request's Host). */
	origin: string;
	mailer: Mailer;
	emails: EmailTemplates;
	/** The clock; tests pass their own. */
	now?: () => Date;
}

/** A signed-in staff member, as routes see them. */
export interface Staff {
	id: string;
	name: string;
	email: string;
	role: Role;
	locale: Locale;
}

export type AccountsErrorCode =
	| 'invalid-email'
	| 'invalid-name'
	| 'invalid-role'
	| 'email-taken'
	| 'invalid-link'
	| 'too-short'
	| 'too-long'
	| 'not-found'
	| 'last-admin'
	| 'self'
	| 'wrong-password'
	| 'throttled';

/** A refusal the person can act on; routes map the code to a translated message. */
export class AccountsError extends Error {
	readonly code: AccountsErrorCode;
	constructor(code: AccountsErrorCode) {
		super(code);
		this.code = code;
	}
}

const emailSchema = z.email().max(254);
const nameSchema = z.string().trim().min(1).max(100);

function validEmail(value: string): string {
	const email = normalizeEmail(value);
	if (!emailSchema.safeParse(email).success) throw new AccountsError('invalid-email');
	return email;
}

function validName(value: string): string {
	const parsed = nameSchema.safeParse(value);
	if (!parsed.success) throw new AccountsError('invalid-name');
	return parsed.data;
}

function validPassword(value: string): string {
	const problem = passwordProblem(value);
	if (problem) throw new AccountsError(problem);
	return value;
}

const nowOf = (ctx: Pick<AccountsContext, 'now'>) => ctx.now?.() ?? new Date();

/** An absolute link into the staff area in a language, e.g. /fr/personnel/invitation?token=… */
export function staffLink(origin: string, canonical: string, locale: Locale, token?: string): string {
	const path = `/${locale}${localizeSection(canonical, locale) ?? canonical}`;
	return `${origin}${path}${token ? `?token=${token}` : ''}`;
}

function toStaff(user: typeof staffUsers.$inferSelect | Record<string, unknown>): Staff {
	const u = user as typeof staffUsers.$inferSelect;
	return { id: u.id, name: u.name, email: u.email, role: u.role, locale: u.locale === 'fr' ? 'fr' : 'en' };
}

// ── Sessions ─────────────────────────────────────────────────────────────────────────────────

export type SignInResult =
	| { ok: true; staff: Staff; setCookie: string }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterMinutes: number };

/**
 * Sign in with email and password, throttled per typed email and per client address. Every
 * refusal other than a lock is the same ("email or password incorrect"), whether the account
 * exists, is deactivated or the password is wrong; better-auth hashes a password even for an
 * unknown email, so timing does not tell them apart either.
 */
export async function signIn(
	ctx: AccountsContext,
	input: { email: string; password: string; clientAddress: string | null }
): Promise<SignInResult> {
	const now = nowOf(ctx);
	const keys = throttleKeys(ctx.secret, input.email, input.clientAddress);
	const lockKeys = keys.client ? [keys.account, keys.client] : [keys.account];
	const locked = await lockedFor(ctx.db, lockKeys, now);
	if (locked > 0) return { ok: false, reason: 'throttled', retryAfterMinutes: Math.ceil(locked / 60_000) };
	const [user] = await ctx.db
		.select({ deactivatedAt: staffUsers.deactivatedAt })
		.from(staffUsers)
		.where(eq(staffUsers.email, normalizeEmail(input.email)));
	if (user?.deactivatedAt) {
		// As long as a wrong password takes (a hash), and the same answer.
		await hashPassword(input.password);
		await recordFailure(ctx.db, keys.account, ACCOUNT_POLICY, now);
		return { ok: false, reason: 'invalid' };
	}
	try {
		const { headers, response } = await ctx.auth.api.signInEmail({
			body: { email: normalizeEmail(input.email), password: input.password },
			returnHeaders: true
		});
		await clearThrottle(ctx.db, keys.account);
		return { ok: true, staff: toStaff(response.user), setCookie: headers.get('set-cookie') ?? '' };
	} catch (error) {
		if (!(error instanceof APIError)) throw error;
		const account = await recordFailure(ctx.db, keys.account, ACCOUNT_POLICY, now);
		const client = keys.client ? await recordFailure(ctx.db, keys.client, CLIENT_POLICY, now) : null;
		const wait = Math.max(lockRemaining(account, now), lockRemaining(client, now));
		if (wait > 0) return { ok: false, reason: 'throttled', retryAfterMinutes: Math.ceil(wait / 60_000) };
		return { ok: false, reason: 'invalid' };
	}
}

/**
 * The staff member a request's cookies belong to, or null. `setCookie` carries a refreshed or
 * cleared session cookie to pass on to the response.
 */
export async function currentStaff(
	ctx: AccountsContext,
	cookieHeader: string
): Promise<{ staff: Staff | null; setCookie: string }> {
	const { headers, response } = await ctx.auth.api.getSession({
		headers: new Headers({ cookie: cookieHeader }),
		returnHeaders: true
	});
	const setCookie = headers.get('set-cookie') ?? '';
	if (!response) return { staff: null, setCookie };
	const user = response.user as Record<string, unknown>;
	if (user['deactivatedAt'] || !isRole(user['role'])) return { staff: null, setCookie };
	return { staff: toStaff(user), setCookie };
}

/** End the session of these cookies; returns the Set-Cookie that clears them. */
export async function signOut(ctx: AccountsContext, cookieHeader: string): Promise<string> {
	try {
		const { headers } = await ctx.auth.api.signOut({ headers: new Headers({ cookie: cookieHeader }), returnHeaders: true });
		return headers.get('set-cookie') ?? '';
	} catch (error) {
		if (error instanceof APIError) return '';
		throw error;
	}
}

/**
 * Change one's own password: the current one is checked (and failures count against the
 * account's throttle), every other session ends. Returns the Set-Cookie of the new session.
 */
export async function changePassword(
	ctx: AccountsContext,
	staff: Staff,
	cookieHeader: string,
	input: { current: string; next: string }
): Promise<string> {
	validPassword(input.next);
	const now = nowOf(ctx);
	const { account } = throttleKeys(ctx.secret, staff.email, null);
	if ((await lockedFor(ctx.db, [account], now)) > 0) throw new AccountsError('throttled');
	try {
		const { headers } = await ctx.auth.api.changePassword({
			body: { currentPassword: input.current, newPassword: input.next, revokeOtherSessions: true },
			headers: new Headers({ cookie: cookieHeader }),
			returnHeaders: true
		});
		await recordAudit(ctx.db, { actorId: staff.id, action: 'staff.password-changed', targetType: 'staff', targetId: staff.id });
		return headers.get('set-cookie') ?? '';
	} catch (error) {
		if (!(error instanceof APIError)) throw error;
		await recordFailure(ctx.db, account, ACCOUNT_POLICY, now);
		throw new AccountsError('wrong-password');
	}
}

// ── Invitations and the first admin ──────────────────────────────────────────────────────────

async function emailTaken(db: Database, email: string): Promise<boolean> {
	const [row] = await db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, email));
	return row !== undefined;
}

/** True while no active admin exists (the setup link is then on offer). */
export async function needsSetup(db: Database): Promise<boolean> {
	const [row] = await db
		.select({ id: staffUsers.id })
		.from(staffUsers)
		.where(and(eq(staffUsers.role, 'admin'), isNull(staffUsers.deactivatedAt)))
		.limit(1);
	return row === undefined;
}

async function revokePendingSetupLinks(db: Database, now: Date): Promise<void> {
	await db
		.update(staffInvitations)
		.set({ revokedAt: now })
		.where(and(isNull(staffInvitations.email), isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt)));
}

/**
 * The one-time link that creates the first admin, while there is none: any earlier setup link
 * stops working (only the newest one is known to whoever reads the log). Null once an admin exists.
 */
export async function createSetupLink(
	ctx: Pick<AccountsContext, 'db' | 'origin' | 'now'>
): Promise<{ en: string; fr: string; expiresAt: Date } | null> {
	if (!(await needsSetup(ctx.db))) return null;
	const now = nowOf(ctx);
	await revokePendingSetupLinks(ctx.db, now);
	const token = newToken();
	const expiresAt = new Date(now.getTime() + SETUP_TTL);
	const [row] = await ctx.db
		.insert(staffInvitations)
		.values({ email: null, role: 'admin', tokenHash: hashToken(token), expiresAt, createdAt: now })
		.returning({ id: staffInvitations.id });
	await recordAudit(
		ctx.db,
		{ actorId: null, action: 'staff.setup-link', targetType: 'invitation', targetId: row?.id ?? null },
		now
	);
	return {
		en: staffLink(ctx.origin, '/staff/invitation', 'en', token),
		fr: staffLink(ctx.origin, '/staff/invitation', 'fr', token),
		expiresAt
	};
}

export interface InvitationInput {
	email: string;
	name: string;
	role: string;
	locale: Locale;
}

/**
 * Invite someone to the staff with a role: a single-use link, valid for 7 days, emailed in their
 * language. Inviting the same email again replaces the earlier link.
 */
export async function inviteStaff(
	ctx: AccountsContext,
	actor: Staff,
	input: InvitationInput
): Promise<{ id: string; delivery: Delivery }> {
	const email = validEmail(input.email);
	const name = validName(input.name);
	if (!isRole(input.role)) throw new AccountsError('invalid-role');
	const role = input.role;
	if (await emailTaken(ctx.db, email)) throw new AccountsError('email-taken');
	const now = nowOf(ctx);
	await ctx.db
		.update(staffInvitations)
		.set({ revokedAt: now })
		.where(and(eq(staffInvitations.email, email), isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt)));
	const token = newToken();
	const expiresAt = new Date(now.getTime() + INVITATION_TTL);
	const [row] = await ctx.db
		.insert(staffInvitations)
		.values({
			email,
			name,
			role,
			locale: input.locale,
			tokenHash: hashToken(token),
			invitedBy: actor.id,
			expiresAt,
			createdAt: now
		})
		.returning({ id: staffInvitations.id });
	if (!row) throw new Error('invitation not stored');
	await recordAudit(
		ctx.db,
		{ actorId: actor.id, action: 'staff.invited', targetType: 'invitation', targetId: row.id, details: { email, role } },
		now
	);
	const delivery = await ctx.mailer.send(
		ctx.emails.invitation({
			to: email,
			locale: input.locale,
			link: staffLink(ctx.origin, '/staff/invitation', input.locale, token),
			role,
			inviter: actor.name,
			expiresAt
		})
	);
	return { id: row.id, delivery };
}

export interface PendingInvitation {
	id: string;
	/** Null for the first admin's setup link. */
	email: string | null;
	name: string | null;
	role: Role;
	locale: Locale;
	expiresAt: Date;
}

async function pendingByHash(db: Database, tokenHash: string, now: Date): Promise<PendingInvitation | null> {
	const [row] = await db
		.select({
			id: staffInvitations.id,
			email: staffInvitations.email,
			name: staffInvitations.name,
			role: staffInvitations.role,
			locale: staffInvitations.locale,
			expiresAt: staffInvitations.expiresAt
		})
		.from(staffInvitations)
		.where(
			and(
				eq(staffInvitations.tokenHash, tokenHash),
				isNull(staffInvitations.acceptedAt),
				isNull(staffInvitations.revokedAt),
				gt(staffInvitations.expiresAt, now)
			)
		);
	return row ?? null;
}

/** The invitation a link opens, or null when it is unknown, used, revoked or expired. */
export async function invitationFor(ctx: Pick<AccountsContext, 'db' | 'now'>, token: unknown): Promise<PendingInvitation | null> {
	if (!isTokenShaped(token)) return null;
	const invitation = await pendingByHash(ctx.db, hashToken(token), nowOf(ctx));
	// A setup link dies as soon as an admin exists (made with `npm run admin:create`, say).
	if (invitation && invitation.email === null && !(await needsSetup(ctx.db))) return null;
	return invitation;
}

async function createStaffUser(
	ctx: Pick<AccountsContext, 'auth'>,
	input: { email: string; name: string; role: Role; locale: Locale; password: string }
): Promise<Staff> {
	const context = await ctx.auth.$context;
	const user = await context.internalAdapter.createUser(
		{
			email: input.email,
			name: input.name,
			emailVerified: true,
			role: input.role,
			locale: input.locale
		},
		{ method: 'admin' }
	);
	await context.internalAdapter.linkAccount({
		userId: user.id,
		providerId: 'credential',
		accountId: user.id,
		password: await hashPassword(input.password)
	});
	return toStaff(user);
}

/**
 * Accept an invitation (or the setup link): creates the account with the invited role and the
 * chosen password. The link is claimed atomically, so it works once even under a double submit.
 */
export async function acceptInvitation(
	ctx: AccountsContext,
	token: unknown,
	input: { name: string; email?: string; password: string }
): Promise<Staff> {
	const invitation = await invitationFor(ctx, token);
	if (!invitation || !isTokenShaped(token)) throw new AccountsError('invalid-link');
	const name = validName(input.name);
	const email = invitation.email ?? validEmail(input.email ?? '');
	validPassword(input.password);
	if (await emailTaken(ctx.db, email)) throw new AccountsError('email-taken');
	const now = nowOf(ctx);
	const [claimed] = await ctx.db
		.update(staffInvitations)
		.set({ acceptedAt: now })
		.where(
			and(
				eq(staffInvitations.tokenHash, hashToken(token)),
				isNull(staffInvitations.acceptedAt),
				isNull(staffInvitations.revokedAt),
				gt(staffInvitations.expiresAt, now)
			)
		)
		.returning({ id: staffInvitations.id });
	if (!claimed) throw new AccountsError('invalid-link');
	let staff: Staff;
	try {
		staff = await createStaffUser(ctx, {
			email,
			name,
			role: invitation.role,
			locale: invitation.locale,
			password: input.password
		});
	} catch (error) {
		await ctx.db.update(staffInvitations).set({ acceptedAt: null }).where(eq(staffInvitations.id, claimed.id));
		throw error;
	}
	await ctx.db.update(staffInvitations).set({ acceptedBy: staff.id }).where(eq(staffInvitations.id, claimed.id));
	await recordAudit(
		ctx.db,
		{
			actorId: staff.id,
			action: 'staff.joined',
			targetType: 'staff',
			targetId: staff.id,
			details: { role: staff.role, invitation: claimed.id }
		},
		now
	);
	return staff;
}

/** Invitations not yet accepted, revoked or expired, newest first (setup links included). */
export async function pendingInvitations(ctx: Pick<AccountsContext, 'db' | 'now'>): Promise<PendingInvitation[]> {
	return ctx.db
		.select({
			id: staffInvitations.id,
			email: staffInvitations.email,
			name: staffInvitations.name,
			role: staffInvitations.role,
			locale: staffInvitations.locale,
			expiresAt: staffInvitations.expiresAt
		})
		.from(staffInvitations)
		.where(
			and(isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt), gt(staffInvitations.expiresAt, nowOf(ctx)))
		)
		.orderBy(desc(staffInvitations.createdAt));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function revokeInvitation(ctx: AccountsContext, actor: Staff, id: string): Promise<void> {
	if (!UUID.test(id)) throw new AccountsError('not-found');
	const [row] = await ctx.db
		.update(staffInvitations)
		.set({ revokedAt: nowOf(ctx) })
		.where(and(eq(staffInvitations.id, id), isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt)))
		.returning({ id: staffInvitations.id });
	if (!row) throw new AccountsError('not-found');
	await recordAudit(ctx.db, { actorId: actor.id, action: 'staff.invitation-revoked', targetType: 'invitation', targetId: id });
}

/** `npm run admin:create` with a password: an active admin at once; pending setup links die. */
export async function createAdmin(
	ctx: Pick<AccountsContext, 'db' | 'auth' | 'now'>,
	input: { email: string; name: string; password: string; locale?: Locale }
): Promise<Staff> {
	const email = validEmail(input.email);
	const name = validName(input.name);
	validPassword(input.password);
	if (await emailTaken(ctx.db, email)) throw new AccountsError('email-taken');
	const staff = await createStaffUser(ctx, {
		email,
		name,
		role: 'admin',
		locale: input.locale ?? 'en',
		password: input.password
	});
	await revokePendingSetupLinks(ctx.db, nowOf(ctx));
	await recordAudit(ctx.db, { actorId: null, action: 'staff.admin-created', targetType: 'staff', targetId: staff.id });
	return staff;
}

/** `npm run admin:create` without a password: a one-time link (24 hours) for that admin to set one. */
export async function createAdminInvitation(
	ctx: Pick<AccountsContext, 'db' | 'origin' | 'now'>,
	input: { email: string; name: string; locale?: Locale }
): Promise<{ link: string; expiresAt: Date }> {
	const email = validEmail(input.email);
	const name = validName(input.name);
	if (await emailTaken(ctx.db, email)) throw new AccountsError('email-taken');
	const now = nowOf(ctx);
	const locale = input.locale ?? 'en';
	await ctx.db
		.update(staffInvitations)
		.set({ revokedAt: now })
		.where(and(eq(staffInvitations.email, email), isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt)));
	const token = newToken();
	const expiresAt = new Date(now.getTime() + SETUP_TTL);
	const [row] = await ctx.db
		.insert(staffInvitations)
		.values({ email, name, role: 'admin', locale, tokenHash: hashToken(token), expiresAt, createdAt: now })
		.returning({ id: staffInvitations.id });
	await recordAudit(
		ctx.db,
		{
			actorId: null,
			action: 'staff.invited',
			targetType: 'invitation',
			targetId: row?.id ?? null,
			details: { email, role: 'admin' }
		},
		now
	);
	return { link: staffLink(ctx.origin, '/staff/invitation', locale, token), expiresAt };
}

// ── Password reset ───────────────────────────────────────────────────────────────────────────

/**
 * Start a password reset. The answer is the same whether or not the email belongs to an active
 * account (the page says "if an account exists, we sent a link"); only an active account gets
 * an email, with a single-use link valid for an hour. Earlier unused links of that account die.
 * An email through SMTP is sent in the background, so the response time does not tell either.
 */
export async function requestPasswordReset(ctx: AccountsContext, rawEmail: string): Promise<{ sent: Promise<Delivery | null> }> {
	const email = normalizeEmail(rawEmail);
	if (!emailSchema.safeParse(email).success) throw new AccountsError('invalid-email');
	const [user] = await ctx.db
		.select()
		.from(staffUsers)
		.where(and(eq(staffUsers.email, email), isNull(staffUsers.deactivatedAt)));
	if (!user) return { sent: Promise.resolve(null) };
	const now = nowOf(ctx);
	// At most RESET_POLICY.limit emails an hour to one address, so the form cannot flood a mailbox.
	const key = `reset:${keyedHash(ctx.secret, email)}`;
	if ((await lockedFor(ctx.db, [key], now)) > 0) return { sent: Promise.resolve(null) };
	await recordFailure(ctx.db, key, RESET_POLICY, now);
	await ctx.db.delete(passwordResets).where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
	const token = newToken();
	const expiresAt = new Date(now.getTime() + RESET_TTL);
	await ctx.db.insert(passwordResets).values({ userId: user.id, tokenHash: hashToken(token), expiresAt, createdAt: now });
	await recordAudit(
		ctx.db,
		{ actorId: null, action: 'staff.password-reset-requested', targetType: 'staff', targetId: user.id },
		now
	);
	const locale = user.locale === 'fr' ? 'fr' : 'en';
	const sent = ctx.mailer.send(
		ctx.emails.passwordReset({
			to: email,
			locale,
			link: staffLink(ctx.origin, '/staff/reset-password', locale, token),
			expiresAt
		})
	);
	if (ctx.mailer.kind === 'outbox') await sent;
	return { sent };
}

async function pendingReset(db: Database, token: string, now: Date) {
	const [row] = await db
		.select({ id: passwordResets.id, userId: passwordResets.userId })
		.from(passwordResets)
		.innerJoin(staffUsers, eq(staffUsers.id, passwordResets.userId))
		.where(
			and(
				eq(passwordResets.tokenHash, hashToken(token)),
				isNull(passwordResets.usedAt),
				gt(passwordResets.expiresAt, now),
				isNull(staffUsers.deactivatedAt)
			)
		);
	return row ?? null;
}

/** Whether a reset link can still be used (to show the form or say it has expired). */
export async function resetLinkValid(ctx: Pick<AccountsContext, 'db' | 'now'>, token: unknown): Promise<boolean> {
	return isTokenShaped(token) && (await pendingReset(ctx.db, token, nowOf(ctx))) !== null;
}

/**
 * Set a new password from a reset link: the link is claimed atomically (single use), every
 * session of the account ends and the account's sign-in throttle is cleared.
 */
export async function resetPassword(ctx: AccountsContext, token: unknown, password: string): Promise<Staff> {
	if (!isTokenShaped(token)) throw new AccountsError('invalid-link');
	validPassword(password);
	const now = nowOf(ctx);
	const pending = await pendingReset(ctx.db, token, now);
	if (!pending) throw new AccountsError('invalid-link');
	const [claimed] = await ctx.db
		.update(passwordResets)
		.set({ usedAt: now })
		.where(and(eq(passwordResets.id, pending.id), isNull(passwordResets.usedAt)))
		.returning({ userId: passwordResets.userId });
	if (!claimed) throw new AccountsError('invalid-link');
	const context = await ctx.auth.$context;
	await context.internalAdapter.updatePassword(claimed.userId, await hashPassword(password));
	await ctx.db.delete(staffSessions).where(eq(staffSessions.userId, claimed.userId));
	const [user] = await ctx.db.select().from(staffUsers).where(eq(staffUsers.id, claimed.userId));
	if (!user) throw new AccountsError('invalid-link');
	await clearThrottle(ctx.db, throttleKeys(ctx.secret, user.email, null).account);
	await recordAudit(ctx.db, { actorId: user.id, action: 'staff.password-reset', targetType: 'staff', targetId: user.id }, now);
	return toStaff(user);
}

// ── Managing staff (admins) ──────────────────────────────────────────────────────────────────

export interface StaffMember extends Staff {
	active: boolean;
	createdAt: Date;
}

const memberColumns = {
	id: staffUsers.id,
	name: staffUsers.name,
	email: staffUsers.email,
	role: staffUsers.role,
	locale: staffUsers.locale,
	deactivatedAt: staffUsers.deactivatedAt,
	createdAt: staffUsers.createdAt
};

function toMember(
	row: ({ deactivatedAt: Date | null; createdAt: Date } & typeof staffUsers.$inferSelect) | Record<string, unknown>
): StaffMember {
	const r = row as typeof staffUsers.$inferSelect;
	return { ...toStaff(r), active: r.deactivatedAt === null, createdAt: r.createdAt };
}

export async function listStaff(db: Database): Promise<StaffMember[]> {
	const rows = await db
		.select(memberColumns)
		.from(staffUsers)
		.orderBy(asc(sql`lower(${staffUsers.name})`), asc(staffUsers.email));
	return rows.map(toMember);
}

export async function staffMember(db: Database, id: string): Promise<StaffMember | null> {
	const [row] = await db.select(memberColumns).from(staffUsers).where(eq(staffUsers.id, id));
	return row ? toMember(row) : null;
}

async function otherActiveAdmins(db: Database, exceptId: string): Promise<number> {
	const rows = await db
		.select({ id: staffUsers.id })
		.from(staffUsers)
		.where(and(eq(staffUsers.role, 'admin'), isNull(staffUsers.deactivatedAt), ne(staffUsers.id, exceptId)));
	return rows.length;
}

/** Change someone's role. The last active admin stays an admin (someone must manage the staff). */
export async function changeRole(ctx: AccountsContext, actor: Staff, userId: string, role: string): Promise<void> {
	if (!isRole(role)) throw new AccountsError('invalid-role');
	const member = await staffMember(ctx.db, userId);
	if (!member) throw new AccountsError('not-found');
	if (member.role === role) return;
	if (member.role === 'admin' && member.active && (await otherActiveAdmins(ctx.db, userId)) === 0)
		throw new AccountsError('last-admin');
	await ctx.db
		.update(staffUsers)
		.set({ role, updatedAt: nowOf(ctx) })
		.where(eq(staffUsers.id, userId));
	await recordAudit(ctx.db, {
		actorId: actor.id,
		action: 'staff.role-changed',
		targetType: 'staff',
		targetId: userId,
		details: { from: member.role, to: role }
	});
}

/** Deactivate an account: it can no longer sign in and its sessions end at once. Not oneself. */
export async function deactivateStaff(ctx: AccountsContext, actor: Staff, userId: string): Promise<void> {
	if (userId === actor.id) throw new AccountsError('self');
	const member = await staffMember(ctx.db, userId);
	if (!member) throw new AccountsError('not-found');
	if (!member.active) return;
	if (member.role === 'admin' && (await otherActiveAdmins(ctx.db, userId)) === 0) throw new AccountsError('last-admin');
	const now = nowOf(ctx);
	await ctx.db.update(staffUsers).set({ deactivatedAt: now, updatedAt: now }).where(eq(staffUsers.id, userId));
	await ctx.db.delete(staffSessions).where(eq(staffSessions.userId, userId));
	await recordAudit(ctx.db, { actorId: actor.id, action: 'staff.deactivated', targetType: 'staff', targetId: userId }, now);
}

export async function reactivateStaff(ctx: AccountsContext, actor: Staff, userId: string): Promise<void> {
	const member = await staffMember(ctx.db, userId);
	if (!member) throw new AccountsError('not-found');
	if (member.active) return;
	const now = nowOf(ctx);
	await ctx.db.update(staffUsers).set({ deactivatedAt: null, updatedAt: now }).where(eq(staffUsers.id, userId));
	await recordAudit(ctx.db, { actorId: actor.id, action: 'staff.reactivated', targetType: 'staff', targetId: userId }, now);
}
