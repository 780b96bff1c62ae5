import { desc, eq } from 'drizzle-orm';
import { createTransport, type Transporter } from 'nodemailer';
import type { Database } from '../db/client.ts';
import { outbox } from '../db/schema.ts';

/** A plain-text email in its recipient's language. */
export interface Email {
	to: string;
	locale: 'en' | 'fr';
	subject: string;
	body: string;
}

export type Delivery = 'sent' | 'stored' | 'failed';

export interface Mailer {
	/** `smtp` when SMTP_URL is set, else `outbox` (every email stored for admins to read). */
	readonly kind: 'smtp' | 'outbox';
	send(email: Email): Promise<Delivery>;
}

export interface MailerOptions {
	/** e.g. `smtps://user:password@mail.example.org:465` or `smtp://mail.example.org:587` (STARTTLS). */
	smtpUrl?: string | undefined;
	/** The From header, e.g. `Unconflate <no-reply@example.org>`. */
	from: string;
	/** For tests: a nodemailer transport to use instead of one built from smtpUrl. */
	transport?: Transporter;
}

/**
 * Emails go out through SMTP (nodemailer) when configured; otherwise, or when sending fails, they
 * land in the `outbox` table, which admins read at /en/staff/outbox. Nothing is lost either way.
 */
export function createMailer(db: Database, options: MailerOptions): Mailer {
	const transport = options.transport ?? (options.smtpUrl ? createTransport(options.smtpUrl) : null);
	const store = async (email: Email, status: 'stored' | 'failed', error: string | null) => {
		await db.insert(outbox).values({ ...email, status, error });
	};
	return {
		kind: transport ? 'smtp' : 'outbox',
		async send(email) {
			if (!transport) {
				await store(email, 'stored', null);
				return 'stored';
			}
			try {
				await transport.sendMail({ from: options.from, to: email.to, subject: email.subject, text: email.body });
				return 'sent';
			} catch (error) {
				// The server's answer or the error code, never the message itself.
				const reason = error instanceof Error ? ((error as Error & { code?: string }).code ?? error.name) : 'unknown';
				await store(email, 'failed', String(reason).slice(0, 200));
				return 'failed';
			}
		}
	};
}

export type OutboxMessage = typeof outbox.$inferSelect;

export async function outboxMessages(db: Database, limit = 100): Promise<OutboxMessage[]> {
	return db.select().from(outbox).orderBy(desc(outbox.id)).limit(limit);
}

export async function outboxMessage(db: Database, id: number): Promise<OutboxMessage | null> {
	const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
	return row ?? null;
}
