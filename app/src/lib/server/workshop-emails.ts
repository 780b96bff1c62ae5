import { m } from '#lib/paraglide/messages.js';
import type { Email } from './auth/mail.ts';
import type { RegistrationEmails, RegistrationFacts } from './registration-emails.ts';

// A workshop session is either on site or online: an online link makes it "Online".
const placeOf = (facts: RegistrationFacts) => (facts.online ? m.events_online({}, { locale: facts.locale }) : facts.venue);

/**
 * The emails of a workshop's registrants (Paraglide messages `train_email_*`), plain text in the
 * registrant's language: each carries the calendar file (.ics), since a session's time may change.
 * Sent through registration-emails.ts.
 */
export const workshopEmails = {
	/** Right after registering: a place or the waitlist, with the calendar file and the private link. */
	confirmation(facts) {
		const { locale } = facts;
		const values = {
			name: facts.name,
			title: facts.title,
			when: facts.when,
			place: placeOf(facts),
			calendar: facts.calendar,
			manage: facts.manage,
			page: facts.page
		};
		return facts.status === 'confirmed'
			? {
					to: facts.to,
					locale,
					subject: m.train_email_confirm_subject({ title: facts.title }, { locale }),
					body: m.train_email_confirm_body(values, { locale })
				}
			: {
					to: facts.to,
					locale,
					subject: m.train_email_waitlist_subject({ title: facts.title }, { locale }),
					body: m.train_email_waitlist_body(values, { locale })
				};
	},
	/** A place freed by a cancellation went to this person from the waitlist. */
	promotion(facts) {
		const { locale } = facts;
		return {
			to: facts.to,
			locale,
			subject: m.train_email_promoted_subject({ title: facts.title }, { locale }),
			body: m.train_email_promoted_body(
				{
					name: facts.name,
					title: facts.title,
					when: facts.when,
					place: placeOf(facts),
					calendar: facts.calendar,
					page: facts.page
				},
				{ locale }
			)
		};
	},
	/** The session will not take place: why, and an apology. */
	cancellation(facts) {
		const { locale } = facts;
		return {
			to: facts.to,
			locale,
			subject: m.train_email_cancel_subject({ title: facts.title }, { locale }),
			body: m.train_email_cancel_body(
				{ name: facts.name, title: facts.title, when: facts.when, reason: facts.reason, page: facts.page },
				{ locale }
			)
		};
	},
	/** The session's time or place changed: the new ones, and the calendar file to update. */
	change(facts: RegistrationFacts): Email {
		const { locale } = facts;
		return {
			to: facts.to,
			locale,
			subject: m.train_email_changed_subject({ title: facts.title }, { locale }),
			body: m.train_email_changed_body(
				{
					name: facts.name,
					title: facts.title,
					when: facts.when,
					place: placeOf(facts),
					calendar: facts.calendar,
					page: facts.page
				},
				{ locale }
			)
		};
	},
	/** A day or two before: when, where, the online link for people with a place. */
	reminder(facts: RegistrationFacts & { onlineUrl: string | null }): Email {
		const { locale } = facts;
		const online = facts.onlineUrl ? m.train_email_reminder_online({ link: facts.onlineUrl }, { locale }) : '';
		return {
			to: facts.to,
			locale,
			subject: m.train_email_reminder_subject({ title: facts.title, when: facts.when }, { locale }),
			body: m.train_email_reminder_body(
				{
					name: facts.name,
					title: facts.title,
					when: facts.when,
					place: placeOf(facts),
					online,
					calendar: facts.calendar,
					page: facts.page
				},
				{ locale }
			)
		};
	}
} satisfies RegistrationEmails & Record<'change' | 'reminder', unknown>;
