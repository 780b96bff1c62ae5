import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../../test/open-test-db.ts';
import type { DbHandle } from '../db/client.ts';
import {
	auditLog,
	loginThrottle,
	passwordResets,
	staffAccounts,
	staffInvitations,
	staffSessions,
	staffUsers
} from '../db/schema.ts';
import {
	acceptInvitation,
	AccountsError,
	changePassword,
	changeRole,
	createAdmin,
	createAdminInvitation,
	createSetupLink,
	currentStaff,
	deactivateStaff,
	invitationFor,
	INVITATION_TTL,
	inviteStaff,
	listStaff,
	needsSetup,
	pendingInvitations,
	reactivateStaff,
	requestPasswordReset,
	RESET_TTL,
	resetLinkValid,
	resetPassword,
	revokeInvitation,
	signIn,
	signOut,
	type AccountsContext,
	type Staff
} from './accounts.service.ts';
import { auditEntries } from './audit.ts';
import { createStaffAuth } from './auth.ts';
import { emailTemplates } from './emails.ts';
import { createMailer, outboxMessages } from './mail.ts';
import { ACCOUNT_POLICY } from './throttle.ts';
import { hashToken } from './tokens.ts';

const ORIGIN = 'http://127.0.0.1:4999';
const PASSWORD = 'correct horse battery staple';

let handle: DbHandle;
let ctx: AccountsContext;
beforeAll(async () => {
	handle = await openTestDb();
	const secret = randomBytes(32).toString('base64url');
	ctx = {
		db: handle.db,
		auth: createStaffAuth({ db: handle.db, secret, origin: ORIGIN }),
		secret,
		origin: ORIGIN,
		mailer: createMailer(handle.db, { from: 'Unconflate <no-reply@example.org>' }),
		emails: emailTemplates
	};
}, 60_000);
afterAll(async () => {
	await handle.close();
});

/** A unique address, so tests sharing a PostgreSQL database never collide. */
const email = (name: string) => `${name}-${randomBytes(4).toString('hex')}@example.org`;

/** The Cookie header a browser would send back after these Set-Cookie headers. */
function cookieFrom(setCookie: string): string {
	return setCookie
		.split(/,(?=\s*[\w.-]+=)/)
		.map((cookie) => cookie.trim().split(';')[0])
		.join('; ');
}

/** The newest outbox email to an address, and the token in its link. */
async function lastEmailTo(to: string) {
	const message = (await outboxMessages(handle.db)).find((m) => m.to === to);
	if (!message) throw new Error(`no email to ${to}`);
	const link = /https?:\/\/\S+/.exec(message.body)?.[0] ?? '';
	return { message, link, token: new URL(link).searchParams.get('token') ?? '' };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
		return 'none';
	} catch (error) {
		if (error instanceof AccountsError) return error.code;
		throw error;
	}
}

let admin: Staff;

describe('the first admin', () => {
	it('comes from a one-time setup link while no admin exists, and the link then stops working', async () => {
		expect(await needsSetup(handle.db)).toBe(true);
		const first = await createSetupLink(ctx);
		const second = await createSetupLink(ctx);
		expect(first && second).toBeTruthy();
		expect(second?.en).toMatch(new RegExp(`^${ORIGIN}/en/staff/invitation\\?token=[\\w-]{43}$`));
		expect(second?.fr).toMatch(/\/fr\/personnel\/invitation\?token=/);
		// Only the newest link works: the log that printed it is the one to trust.
		const oldToken = new URL(first?.en ?? '').searchParams.get('token');
		const token = new URL(second?.en ?? '').searchParams.get('token');
		expect(await invitationFor(ctx, oldToken)).toBeNull();
		expect(await invitationFor(ctx, token)).toMatchObject({ email: null, role: 'admin' });

		const adminEmail = email('first-admin');
		expect(await codeOf(acceptInvitation(ctx, token, { name: 'Ada', email: 'not an email', password: PASSWORD }))).toBe(
			'invalid-email'
		);
		expect(await codeOf(acceptInvitation(ctx, token, { name: 'Ada', email: adminEmail, password: 'too short' }))).toBe(
			'too-short'
		);
		admin = await acceptInvitation(ctx, token, { name: 'Ada', email: adminEmail, password: PASSWORD });
		expect(admin).toMatchObject({ role: 'admin', email: adminEmail, name: 'Ada' });
		expect(await needsSetup(handle.db)).toBe(false);
		expect(await createSetupLink(ctx)).toBeNull();
		expect(await codeOf(acceptInvitation(ctx, token, { name: 'Eve', email: email('eve'), password: PASSWORD }))).toBe(
			'invalid-link'
		);
	});

	it('stores only hashes of links and of passwords', async () => {
		const [account] = await handle.db.select().from(staffAccounts).where(eq(staffAccounts.userId, admin.id));
		expect(account?.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		const invitations = await handle.db.select({ tokenHash: staffInvitations.tokenHash }).from(staffInvitations);
		for (const { tokenHash } of invitations) expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
	});

	it('can be made from the command line, with a password or a one-time link', async () => {
		const byPassword = await createAdmin(ctx, { email: email('cli-admin'), name: 'Cli', password: PASSWORD });
		expect(byPassword.role).toBe('admin');
		const target = email('cli-link');
		const { link } = await createAdminInvitation(ctx, { email: target, name: 'Link' });
		const invitation = await invitationFor(ctx, new URL(link).searchParams.get('token'));
		expect(invitation).toMatchObject({ email: target, role: 'admin', name: 'Link' });
		expect(await codeOf(createAdmin(ctx, { email: byPassword.email, name: 'Again', password: PASSWORD }))).toBe('email-taken');
	});
});

describe('invitations', () => {
	it('email a single-use link in the invitee language, which creates the account with the invited role', async () => {
		const to = email('coordinator');
		const { delivery } = await inviteStaff(ctx, admin, {
			email: ` ${to.toUpperCase()} `,
			name: 'Cora',
			role: 'coordinator',
			locale: 'fr'
		});
		expect(delivery).toBe('stored');
		const { message, link, token } = await lastEmailTo(to);
		expect(message.locale).toBe('fr');
		expect(message.subject).toContain('invitation');
		expect(message.body).toContain('coordination');
		expect(message.body).toContain('Ada');
		expect(link).toContain(`${ORIGIN}/fr/personnel/invitation?token=`);

		const invitation = await invitationFor(ctx, token);
		expect(invitation).toMatchObject({ email: to, role: 'coordinator', name: 'Cora', locale: 'fr' });
		const staff = await acceptInvitation(ctx, token, { name: 'Cora Lee', password: PASSWORD });
		expect(staff).toMatchObject({ email: to, role: 'coordinator', name: 'Cora Lee', locale: 'fr' });
		expect(await invitationFor(ctx, token)).toBeNull();
		expect(await codeOf(acceptInvitation(ctx, token, { name: 'Again', password: PASSWORD }))).toBe('invalid-link');
		const signedIn = await signIn(ctx, { email: to, password: PASSWORD, clientAddress: '192.0.2.10' });
		expect(signedIn.ok).toBe(true);
	});

	it('accepts a link once even when it is submitted twice at the same time', async () => {
		const to = email('double');
		await inviteStaff(ctx, admin, { email: to, name: 'Dee', role: 'facilitator', locale: 'en' });
		const { token } = await lastEmailTo(to);
		const results = await Promise.allSettled([
			acceptInvitation(ctx, token, { name: 'Dee', password: PASSWORD }),
			acceptInvitation(ctx, token, { name: 'Dee', password: PASSWORD })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const users = await handle.db.select().from(staffUsers).where(eq(staffUsers.email, to));
		expect(users).toHaveLength(1);
	});

	it('expire after seven days', async () => {
		const to = email('late');
		await inviteStaff(ctx, admin, { email: to, name: 'Late', role: 'facilitator', locale: 'en' });
		const { token } = await lastEmailTo(to);
		const later = { ...ctx, now: () => new Date(Date.now() + INVITATION_TTL + 1000) };
		expect(await invitationFor(later, token)).toBeNull();
		expect(await codeOf(acceptInvitation(later, token, { name: 'Late', password: PASSWORD }))).toBe('invalid-link');
	});

	it('are replaced by a new invitation to the same email, and can be revoked', async () => {
		const to = email('twice');
		await inviteStaff(ctx, admin, { email: to, name: 'One', role: 'facilitator', locale: 'en' });
		const first = await lastEmailTo(to);
		await inviteStaff(ctx, admin, { email: to, name: 'Two', role: 'coordinator', locale: 'en' });
		const second = await lastEmailTo(to);
		expect(second.token).not.toBe(first.token);
		expect(await invitationFor(ctx, first.token)).toBeNull();
		const pending = await invitationFor(ctx, second.token);
		expect(pending?.role).toBe('coordinator');
		await revokeInvitation(ctx, admin, pending?.id ?? '');
		expect(await invitationFor(ctx, second.token)).toBeNull();
		expect((await pendingInvitations(ctx)).some((i) => i.email === to)).toBe(false);
	});

	it('refuse bad input with a reason and emails already in use', async () => {
		expect(await codeOf(inviteStaff(ctx, admin, { email: 'nope', name: 'X', role: 'facilitator', locale: 'en' }))).toBe(
			'invalid-email'
		);
		expect(await codeOf(inviteStaff(ctx, admin, { email: email('x'), name: ' ', role: 'facilitator', locale: 'en' }))).toBe(
			'invalid-name'
		);
		expect(await codeOf(inviteStaff(ctx, admin, { email: email('x'), name: 'X', role: 'owner', locale: 'en' }))).toBe(
			'invalid-role'
		);
		expect(await codeOf(inviteStaff(ctx, admin, { email: admin.email, name: 'X', role: 'facilitator', locale: 'en' }))).toBe(
			'email-taken'
		);
	});

	it('answer unknown and malformed tokens alike', async () => {
		for (const token of ['', 'x', null, 'a'.repeat(43), `${'b'.repeat(42)}!`]) {
			expect(await invitationFor(ctx, token)).toBeNull();
		}
	});
});

describe('signing in', () => {
	it('sets an httpOnly, SameSite=Lax session cookie that identifies the staff member, and signing out ends it', async () => {
		const result = await signIn(ctx, { email: admin.email, password: PASSWORD, clientAddress: '192.0.2.1' });
		if (!result.ok) throw new Error('sign-in failed');
		expect(result.setCookie).toMatch(/unconflate\.session_token=/);
		expect(result.setCookie).toMatch(/HttpOnly/i);
		expect(result.setCookie).toMatch(/SameSite=Lax/i);
		expect(result.setCookie).not.toMatch(/Secure/i); // the origin is http here
		const cookie = cookieFrom(result.setCookie);
		expect((await currentStaff(ctx, cookie)).staff).toMatchObject({ id: admin.id, role: 'admin' });
		const sessions = await handle.db.select().from(staffSessions).where(eq(staffSessions.userId, admin.id));
		for (const session of sessions) {
			expect(session.ipAddress ?? '').toBe('');
			expect(session.userAgent ?? '').toBe('');
		}
		await signOut(ctx, cookie);
		expect((await currentStaff(ctx, cookie)).staff).toBeNull();
	});

	it('marks the cookie Secure when the origin is https', async () => {
		const secure = {
			...ctx,
			auth: createStaffAuth({ db: handle.db, secret: ctx.secret, origin: 'https://unconflate.example.org' })
		};
		const result = await signIn(secure, { email: admin.email, password: PASSWORD, clientAddress: null });
		if (!result.ok) throw new Error('sign-in failed');
		expect(result.setCookie).toMatch(/__Secure-unconflate\.session_token=/);
		expect(result.setCookie).toMatch(/;\s*Secure/i);
	});

	it('gives one answer for a wrong password and an unknown email', async () => {
		expect(await signIn(ctx, { email: admin.email, password: 'wrong password, long enough', clientAddress: null })).toEqual({
			ok: false,
			reason: 'invalid'
		});
		expect(await signIn(ctx, { email: email('nobody'), password: PASSWORD, clientAddress: null })).toEqual({
			ok: false,
			reason: 'invalid'
		});
	});

	it('locks an email after repeated failures, whether or not it has an account, and says for how long', async () => {
		for (const target of [
			email('ghost'),
			(await createAdmin(ctx, { email: email('locked'), name: 'Lock', password: PASSWORD })).email
		]) {
			const results = [];
			for (let i = 0; i < ACCOUNT_POLICY.limit; i++) {
				results.push(await signIn(ctx, { email: target, password: `wrong password number ${i}`, clientAddress: null }));
			}
			expect(results.slice(0, -1).every((r) => !r.ok && r.reason === 'invalid')).toBe(true);
			expect(results.at(-1)).toEqual({ ok: false, reason: 'throttled', retryAfterMinutes: 15 });
			// Locked: even the right password is not checked until the lock lifts.
			expect(await signIn(ctx, { email: target, password: PASSWORD, clientAddress: null })).toMatchObject({
				reason: 'throttled'
			});
		}
		// Nothing identifying is stored: keys are keyed hashes.
		const keys = (await handle.db.select({ key: loginThrottle.key }).from(loginThrottle)).map((r) => r.key);
		expect(keys.every((key) => /^(account|client|reset):[0-9a-f]{64}$/.test(key))).toBe(true);
	});

	it('lets the email in again once the lock has lifted', async () => {
		const target = await createAdmin(ctx, { email: email('patient'), name: 'Pat', password: PASSWORD });
		for (let i = 0; i < ACCOUNT_POLICY.limit; i++)
			await signIn(ctx, { email: target.email, password: 'wrong password again!', clientAddress: null });
		const later = { ...ctx, now: () => new Date(Date.now() + ACCOUNT_POLICY.lockMs + 1000) };
		expect((await signIn(later, { email: target.email, password: PASSWORD, clientAddress: null })).ok).toBe(true);
	});

	it('throttles one client address trying many emails', async () => {
		const address = `198.51.100.${randomBytes(1)[0]}`;
		let last;
		for (let i = 0; i < 30; i++)
			last = await signIn(ctx, { email: email(`spray${i}`), password: 'a guess that is wrong', clientAddress: address });
		expect(last).toMatchObject({ reason: 'throttled' });
		expect(await signIn(ctx, { email: admin.email, password: PASSWORD, clientAddress: address })).toMatchObject({
			reason: 'throttled'
		});
		expect((await signIn(ctx, { email: admin.email, password: PASSWORD, clientAddress: '203.0.113.9' })).ok).toBe(true);
	});
});

describe('password reset', () => {
	it('emails a single-use, one-hour link that sets a new password and ends every session', async () => {
		const member = await createAdmin(ctx, { email: email('forgetful'), name: 'Forgetful', password: PASSWORD });
		const before = await signIn(ctx, { email: member.email, password: PASSWORD, clientAddress: null });
		if (!before.ok) throw new Error('sign-in failed');
		await requestPasswordReset(ctx, member.email.toUpperCase());
		const { link, token, message } = await lastEmailTo(member.email);
		expect(link).toContain('/en/staff/reset-password?token=');
		expect(message.subject).toContain('password');
		expect(await resetLinkValid(ctx, token)).toBe(true);
		expect(await resetLinkValid({ ...ctx, now: () => new Date(Date.now() + RESET_TTL + 1000) }, token)).toBe(false);

		expect(await codeOf(resetPassword(ctx, token, 'short'))).toBe('too-short');
		const next = 'a brand new passphrase for me';
		await resetPassword(ctx, token, next);
		expect((await currentStaff(ctx, cookieFrom(before.setCookie))).staff).toBeNull();
		expect(await codeOf(resetPassword(ctx, token, 'another passphrase again'))).toBe('invalid-link');
		expect((await signIn(ctx, { email: member.email, password: PASSWORD, clientAddress: null })).ok).toBe(false);
		expect((await signIn(ctx, { email: member.email, password: next, clientAddress: null })).ok).toBe(true);
		const [row] = await handle.db
			.select()
			.from(passwordResets)
			.where(eq(passwordResets.tokenHash, hashToken(token)));
		expect(row?.usedAt).toBeInstanceOf(Date);
	});

	it('sends nothing for an unknown email, and answers the same', async () => {
		const before = (await outboxMessages(handle.db)).length;
		const result = await requestPasswordReset(ctx, email('stranger'));
		expect(await result.sent).toBeNull();
		expect((await outboxMessages(handle.db)).length).toBe(before);
	});

	it('keeps only the newest link, and sends at most three an hour to one address', async () => {
		const member = await createAdmin(ctx, { email: email('many'), name: 'Many', password: PASSWORD });
		await requestPasswordReset(ctx, member.email);
		const first = await lastEmailTo(member.email);
		await requestPasswordReset(ctx, member.email);
		const second = await lastEmailTo(member.email);
		expect(await resetLinkValid(ctx, first.token)).toBe(false);
		expect(await resetLinkValid(ctx, second.token)).toBe(true);
		await requestPasswordReset(ctx, member.email);
		const count = async () => (await outboxMessages(handle.db)).filter((m) => m.to === member.email).length;
		expect(await count()).toBe(3);
		const fourth = await requestPasswordReset(ctx, member.email);
		expect(await fourth.sent).toBeNull();
		expect(await count()).toBe(3);
	});

	it('clears the sign-in lock of the account', async () => {
		const member = await createAdmin(ctx, { email: email('reset-lock'), name: 'Locked out', password: PASSWORD });
		for (let i = 0; i < ACCOUNT_POLICY.limit; i++)
			await signIn(ctx, { email: member.email, password: 'wrong wrong wrong wrong', clientAddress: null });
		await requestPasswordReset(ctx, member.email);
		const { token } = await lastEmailTo(member.email);
		await resetPassword(ctx, token, 'the new passphrase after lock');
		expect((await signIn(ctx, { email: member.email, password: 'the new passphrase after lock', clientAddress: null })).ok).toBe(
			true
		);
	});
});

describe('managing staff', () => {
	async function invited(role: 'coordinator' | 'facilitator') {
		const to = email(role);
		await inviteStaff(ctx, admin, { email: to, name: `A ${role}`, role, locale: 'en' });
		return acceptInvitation(ctx, (await lastEmailTo(to)).token, { name: `A ${role}`, password: PASSWORD });
	}

	it('changes roles, which take effect on the next request', async () => {
		const member = await invited('facilitator');
		const session = await signIn(ctx, { email: member.email, password: PASSWORD, clientAddress: null });
		if (!session.ok) throw new Error('sign-in failed');
		await changeRole(ctx, admin, member.id, 'coordinator');
		expect((await currentStaff(ctx, cookieFrom(session.setCookie))).staff?.role).toBe('coordinator');
		expect(await codeOf(changeRole(ctx, admin, member.id, 'owner'))).toBe('invalid-role');
		expect(await codeOf(changeRole(ctx, admin, 'nobody-has-this-id', 'admin'))).toBe('not-found');
	});

	it('deactivates an account: its sessions end, it cannot sign in, and reactivation restores it', async () => {
		const member = await invited('coordinator');
		const session = await signIn(ctx, { email: member.email, password: PASSWORD, clientAddress: null });
		if (!session.ok) throw new Error('sign-in failed');
		await deactivateStaff(ctx, admin, member.id);
		expect((await currentStaff(ctx, cookieFrom(session.setCookie))).staff).toBeNull();
		expect(await signIn(ctx, { email: member.email, password: PASSWORD, clientAddress: null })).toEqual({
			ok: false,
			reason: 'invalid'
		});
		await requestPasswordReset(ctx, member.email);
		expect((await outboxMessages(handle.db)).some((m) => m.to === member.email && m.body.includes('reset-password'))).toBe(false);
		expect((await listStaff(handle.db)).find((s) => s.id === member.id)?.active).toBe(false);
		await reactivateStaff(ctx, admin, member.id);
		expect((await signIn(ctx, { email: member.email, password: PASSWORD, clientAddress: null })).ok).toBe(true);
	});

	it('never deactivates oneself or leaves the site without an active admin', async () => {
		expect(await codeOf(deactivateStaff(ctx, admin, admin.id))).toBe('self');
		const admins = (await listStaff(handle.db)).filter((s) => s.role === 'admin' && s.active && s.id !== admin.id);
		for (const other of admins) await deactivateStaff(ctx, admin, other.id);
		expect(await codeOf(changeRole(ctx, admin, admin.id, 'coordinator'))).toBe('last-admin');
		for (const other of admins) await reactivateStaff(ctx, admin, other.id);
		await changeRole(ctx, admin, admin.id, 'admin');
	});

	it('changes one own password only with the current one, ending other sessions', async () => {
		const member = await invited('facilitator');
		const a = await signIn(ctx, { email: member.email, password: PASSWORD, clientAddress: null });
		const b = await signIn(ctx, { email: member.email, password: PASSWORD, clientAddress: null });
		if (!a.ok || !b.ok) throw new Error('sign-in failed');
		const cookie = cookieFrom(a.setCookie);
		expect(
			await codeOf(changePassword(ctx, member, cookie, { current: 'not my password at all', next: 'my next long passphrase' }))
		).toBe('wrong-password');
		expect(await codeOf(changePassword(ctx, member, cookie, { current: PASSWORD, next: 'short' }))).toBe('too-short');
		const setCookie = await changePassword(ctx, member, cookie, { current: PASSWORD, next: 'my next long passphrase' });
		expect((await currentStaff(ctx, cookieFrom(b.setCookie))).staff).toBeNull();
		expect((await currentStaff(ctx, cookieFrom(setCookie))).staff?.id).toBe(member.id);
		expect((await signIn(ctx, { email: member.email, password: 'my next long passphrase', clientAddress: null })).ok).toBe(true);
	});
});

describe('the audit log', () => {
	it('records who changed what, with no password, token or link', async () => {
		const entries = await auditEntries(handle.db, { limit: 500 });
		const actions = new Set(entries.map((e) => e.action));
		for (const action of [
			'staff.setup-link',
			'staff.joined',
			'staff.invited',
			'staff.invitation-revoked',
			'staff.role-changed',
			'staff.deactivated',
			'staff.reactivated',
			'staff.password-changed',
			'staff.password-reset-requested',
			'staff.password-reset',
			'staff.admin-created'
		]) {
			expect(actions, action).toContain(action);
		}
		const roleChange = entries.find((e) => e.action === 'staff.role-changed');
		expect(roleChange).toMatchObject({
			actorId: admin.id,
			actorName: 'Ada',
			targetType: 'staff',
			details: { from: 'facilitator', to: 'coordinator' }
		});
		const everything = JSON.stringify(await handle.db.select().from(auditLog));
		expect(everything).not.toMatch(/token|argon2|https?:\/\/|correct horse/i);
		const tokens = (await handle.db.select({ h: staffInvitations.tokenHash }).from(staffInvitations)).map((r) => r.h);
		for (const hash of tokens) expect(everything).not.toContain(hash);
	});

	it('pages back from the newest entry', async () => {
		const newest = await auditEntries(handle.db, { limit: 3 });
		expect(newest).toHaveLength(3);
		expect(newest[0]!.id).toBeGreaterThan(newest[2]!.id);
		const older = await auditEntries(handle.db, { limit: 3, before: newest[2]!.id });
		expect(older[0]!.id).toBeLessThan(newest[2]!.id);
	});
});
