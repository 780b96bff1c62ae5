import { m } from '#lib/paraglide/messages.js';
import type { Email } from './auth/mail.ts';

type Locale = 'en' | 'fr';

/** What every Train email says about its session, already in the recipient's language. */
export interface SessionFacts {
	to: string;
	locale: Locale;
	name: string;
	title: string;
	/** The span in the session's own time zone, e.g. from formatSpan(). */
	when: string;
	/** Venue and address, or "Online". */
	place: string;
	/** The session's public page (registration, agenda, cancellation notice). */
	eventLink: string;
	calendarLink: string;
}

/**
 * The emails of a workshop's registrants (Paraglide messages `train_email_*`), plain text in the
 * registrant's language. Built here, sent through the mail layer (auth/mail.ts): SMTP, or the
 * outbox when none is configured.
 */
export const trainEmails = {
	/** Right after registering: a place or the waitlist, with the calendar file and the private link. */
	confirmation(facts: SessionFacts & { status: 'confirmed' | 'waitlisted'; manageLink: string }): Email {
		const { locale } = facts;
		const values = {
			name: facts.name,
			title: facts.title,
			when: facts.when,
			place: facts.place,
			calendar: facts.calendarLink,
			manage: facts.manageLink,
			page: facts.eventLink
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
	/** The session's time or place changed: the new ones, and the calendar file to update. */
	change(facts: SessionFacts): Email {
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
					place: facts.place,
					calendar: facts.calendarLink,
					page: facts.eventLink
				},
				{ locale }
			)
		};
	},
	/** A place freed by a cancellation went to this person from the waitlist. */
	promotion(facts: SessionFacts): Email {
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
					place: facts.place,
					calendar: facts.calendarLink,
					page: facts.eventLink
				},
				{ locale }
			)
		};
	},
	/** A day or two before: when, where, the online link for people with a place. */
	reminder(facts: SessionFacts & { onlineUrl: string | null }): Email {
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
					place: facts.place,
					online,
					calendar: facts.calendarLink,
					page: facts.eventLink
				},
				{ locale }
			)
		};
	},
	/** The session will not take place: why, and an apology. */
	cancellation(facts: SessionFacts & { reason: string }): Email {
		const { locale } = facts;
		return {
			to: facts.to,
			locale,
			subject: m.train_email_cancel_subject({ title: facts.title }, { locale }),
			body: m.train_email_cancel_body(
				{ name: facts.name, title: facts.title, when: facts.when, reason: facts.reason, page: facts.eventLink },
				{ locale }
			)
		};
	}
};
