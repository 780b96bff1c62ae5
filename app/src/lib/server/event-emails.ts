import { m } from '#lib/paraglide/messages.js';
import { emailTo, type RegistrationEmails, type RegistrationFacts } from './registration-emails.ts';

// A conference or forum names its venue; only an event without one is "online".
const whereOf = (facts: RegistrationFacts) => facts.venue || m.convene_email_online({}, { locale: facts.locale });

/**
 * The emails of the registrants of conferences, forums and other events that are not workshops
 * (Paraglide messages `convene_email_*`), plain text in the registrant's language. Each names the
 * event, when and where, and what the person can do next. Sent through registration-emails.ts.
 */
export const eventEmails: RegistrationEmails = {
	/** Registered: a place or a spot on the waitlist, with the private link to see or cancel it. */
	confirmation(facts) {
		const { locale, title } = facts;
		const values = { name: facts.name, title, when: facts.when, where: whereOf(facts), link: facts.manage };
		return facts.status === 'waitlisted'
			? emailTo(
					facts,
					m.convene_email_waitlisted_subject({ title }, { locale }),
					m.convene_email_waitlisted_body(values, { locale })
				)
			: emailTo(
					facts,
					m.convene_email_registered_subject({ title }, { locale }),
					m.convene_email_registered_body(values, { locale })
				);
	},
	/** A place came free and is now theirs. */
	promotion(facts) {
		const { locale, title } = facts;
		const values = { name: facts.name, title, when: facts.when, where: whereOf(facts), page: facts.page };
		return emailTo(
			facts,
			m.convene_email_promoted_subject({ title }, { locale }),
			m.convene_email_promoted_body(values, { locale })
		);
	},
	/** The event is cancelled (its page says more; the message names no reason). */
	cancellation(facts) {
		const { locale, title } = facts;
		const values = { name: facts.name, title, when: facts.when, page: facts.page };
		return emailTo(
			facts,
			m.convene_email_cancelled_subject({ title }, { locale }),
			m.convene_email_cancelled_body(values, { locale })
		);
	}
};
