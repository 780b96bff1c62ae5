import type { Database } from '../db/client.ts';
import { log } from '../log.ts';
import { createSetupLink, needsSetup, type AccountsContext } from './accounts.service.ts';
import { createStaffAuth } from './auth.ts';
import { emailTemplates } from './emails.ts';
import { createMailer } from './mail.ts';
import { serverSecret } from './secrets.ts';

let accounts: Promise<AccountsContext> | undefined;

export interface StartOptions {
	db: Database;
	/** AUTH_SECRET, when configured. */
	secret: string | undefined;
	smtpUrl: string | undefined;
	mailFrom: string | undefined;
	/** The public origin (links in emails, Secure cookies over https). */
	origin: string;
	/** True on the embedded database: then, with no admin yet, a setup link is printed to the log. */
	embedded: boolean;
}

/** Set up accounts once per process (the server's init hook, after the database is open). */
export function startAccounts(options: StartOptions): Promise<AccountsContext> {
	accounts ??= (async () => {
		const secret = await serverSecret(options.db, options.secret);
		const from = options.mailFrom ?? `Unconflate <no-reply@${new URL(options.origin).hostname}>`;
		const context: AccountsContext = {
			db: options.db,
			auth: createStaffAuth({ db: options.db, secret, origin: options.origin }),
			secret,
			origin: options.origin,
			mailer: createMailer(options.db, { smtpUrl: options.smtpUrl, from }),
			emails: emailTemplates
		};
		if (!options.embedded && (await needsSetup(options.db))) {
			log.warn('No administrator yet: create one with `npm run admin:create -- --email EMAIL --name NAME`.');
		}
		if (options.embedded) {
			const link = await createSetupLink(context);
			if (link) {
				// On purpose at warn level, so that it shows with LOG_LEVEL=warn too: whoever reads the
				// log of the first start becomes the first admin. Used once; expires; a restart makes a new one.
				log.warn(
					{ setupLink: link.en, setupLinkFr: link.fr, expires: link.expiresAt.toISOString() },
					`No administrator yet. Create the first admin account at ${link.en} (one use, valid 24 hours).`
				);
			}
		}
		return context;
	})();
	return accounts;
}

export async function getAccounts(): Promise<AccountsContext> {
	if (!accounts) throw new Error('Accounts are not started: startAccounts() runs in the init hook.');
	return accounts;
}
