import { randomBytes } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../../test/open-test-db.ts';
import type { DbHandle } from '../db/client.ts';
import { AuditSecretError, recordAudit } from './audit.ts';
import { emailTemplates } from './emails.ts';
import { createMailer, outboxMessage, outboxMessages } from './mail.ts';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDb();
}, 60_000);
afterAll(async () => {
	await handle.close();
});

const to = () => `someone-${randomBytes(4).toString('hex')}@example.org`;
const email = (recipient: string) => ({ to: recipient, locale: 'en' as const, subject: 'Hello', body: 'A body' });

describe('the mailer', () => {
	it('keeps every email in the outbox when no SMTP server is configured', async () => {
		const mailer = createMailer(handle.db, { from: 'x@example.org' });
		expect(mailer.kind).toBe('outbox');
		const recipient = to();
		expect(await mailer.send(email(recipient))).toBe('stored');
		const [message] = (await outboxMessages(handle.db)).filter((m) => m.to === recipient);
		expect(message).toMatchObject({ subject: 'Hello', body: 'A body', status: 'stored', error: null });
		expect(await outboxMessage(handle.db, message!.id)).toEqual(message);
	});

	it('sends through nodemailer when configured, keeping nothing', async () => {
		const mailer = createMailer(handle.db, { from: 'x@example.org', transport: createTransport({ jsonTransport: true }) });
		expect(mailer.kind).toBe('smtp');
		const recipient = to();
		expect(await mailer.send(email(recipient))).toBe('sent');
		expect((await outboxMessages(handle.db)).some((m) => m.to === recipient)).toBe(false);
	});

	it('keeps an email whose sending failed, with the reason and not the server credentials', async () => {
		// Nothing listens on port 9 here: the connection is refused.
		const mailer = createMailer(handle.db, { from: 'x@example.org', smtpUrl: 'smtp://user:hunter2@127.0.0.1:9' });
		const recipient = to();
		expect(await mailer.send(email(recipient))).toBe('failed');
		const [message] = (await outboxMessages(handle.db)).filter((m) => m.to === recipient);
		expect(message?.status).toBe('failed');
		expect(message?.error).toBeTruthy();
		expect(message?.error).not.toContain('hunter2');
	});
});

describe('email templates', () => {
	it('write each email in the recipient language', () => {
		const expiresAt = new Date('2026-05-01T12:00:00Z');
		const en = emailTemplates.invitation({
			to: 'a@example.org',
			locale: 'en',
			link: 'https://x/en',
			role: 'facilitator',
			inviter: 'Ada',
			expiresAt
		});
		const fr = emailTemplates.invitation({
			to: 'a@example.org',
			locale: 'fr',
			link: 'https://x/fr',
			role: 'facilitator',
			inviter: 'Ada',
			expiresAt
		});
		expect(en.body).toContain('facilitator');
		expect(en.body).toContain('https://x/en');
		expect(en.body).toContain('1, 2026');
		expect(fr.body).toContain('animation');
		expect(fr.body).toContain('mai 2026');
		expect(fr.subject).not.toBe(en.subject);
		const reset = emailTemplates.passwordReset({ to: 'a@example.org', locale: 'fr', link: 'https://x/r', expiresAt });
		expect(reset.body).toContain('https://x/r');
		expect(reset.subject).toContain('mot de passe');
	});
});

describe('the audit log', () => {
	it('refuses details that look like secrets', async () => {
		for (const detail of ['password', 'token', 'tokenHash', 'secret', 'sessionId']) {
			await expect(
				recordAudit(handle.db, {
					actorId: null,
					action: 'staff.invited',
					targetType: 'staff',
					targetId: null,
					details: { [detail]: 'x' }
				})
			).rejects.toBeInstanceOf(AuditSecretError);
		}
	});
});
