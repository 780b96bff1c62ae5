import { m } from '#lib/paraglide/messages.js';
import { emailTo, type RegistrationEmails, type RegistrationFacts } from './registration-emails.ts';

/** What most workshop emails fill in: the session, where, its page and the calendar file to add or update. */
function sessionValues(facts: RegistrationFacts) {
	return {
		name: facts.name,
		title: facts.title,
		when: facts.when,
		// A workshop session is either on site or online: an online link makes it "Online".
		place: facts.online ? m.events_online({}, { locale: facts.locale }) : facts.venue,
		calendar: facts.calendar,
		page: facts.page
	};
}

/**
 * The emails of a workshop's registrants (Paraglide messages `train_email_*`), plain text in the
 * registrant's language: each carries the calendar file (.ics), since a session's time may change.
 * Sent through registration-emails.ts.
 */
export const workshopEmails = {
	/** Right after registering: a place or the waitlist, with the calendar file and the private link. */
	confirmation(facts) {
		const { locale, title } = facts;
		const values = { ...sessionValues(facts), manage: facts.manage };
		return facts.status === 'confirmed'
			? emailTo(facts, m.train_email_confirm_subject({ title }, { locale }), m.train_email_confirm_body(values, { locale }))
			: emailTo(facts, m.train_email_waitlist_subject({ title }, { locale }), m.train_email_waitlist_body(values, { locale }));
	},
	/** A place freed by a cancellation went to this person from the waitlist. */
	promotion(facts) {
		const { locale, title } = facts;
		return emailTo(
			facts,
			m.train_email_promoted_subject({ title }, { locale }),
			m.train_email_promoted_body(sessionValues(facts), { locale })
		);
	},
	/** The session will not take place: why, and an apology. */
	cancellation(facts) {
		const { locale, title } = facts;
		return emailTo(
			facts,
			m.train_email_cancel_subject({ title }, { locale }),
			m.train_email_cancel_body({ name: facts.name, title, when: facts.when, reason: facts.reason, page: facts.page }, { locale })
		);
	},
	/** The session's time or place changed: the new ones, and the calendar file to update. */
	change(facts: RegistrationFacts) {
		const { locale, title } = facts;
		return emailTo(
			facts,
			m.train_email_changed_subject({ title }, { locale }),
			m.train_email_changed_body(sessionValues(facts), { locale })
		);
	},
	/** A day or two before: when, where, the online link for people with a place. */
	reminder(facts: RegistrationFacts & { onlineUrl: string | null }) {
		const { locale, title } = facts;
		const online = facts.onlineUrl ? m.train_email_reminder_online({ link: facts.onlineUrl }, { locale }) : '';
		return emailTo(
			facts,
			m.train_email_reminder_subject({ title, when: facts.when }, { locale }),
			m.train_email_reminder_body({ ...sessionValues(facts), online }, { locale })
		);
	}
} satisfies RegistrationEmails & Record<'change' | 'reminder', unknown>;
