import { m } from '#lib/paraglide/messages.js';
import { formatDateTime, roleName } from '#lib/staff/text.ts';
import type { EmailTemplates } from './accounts.service.ts';

/** The service's emails, in the recipient's language (Paraglide messages `staff_email_*`). */
export const emailTemplates: EmailTemplates = {
	invitation: ({ to, locale, link, role, inviter, expiresAt }) => ({
		to,
		locale,
		subject: m.staff_email_invite_subject({}, { locale }),
		body: m.staff_email_invite_body(
			{ inviter, role: roleName(role, locale), link, expires: formatDateTime(expiresAt, locale) },
			{ locale }
		)
	}),
	passwordReset: ({ to, locale, link, expiresAt }) => ({
		to,
		locale,
		subject: m.staff_email_reset_subject({}, { locale }),
		body: m.staff_email_reset_body({ link, expires: formatDateTime(expiresAt, locale) }, { locale })
	})
};
