import { formatSpan } from '#lib/format.ts';
import { href } from '#lib/i18n/routes.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { getAccounts } from './auth/index.ts';
import type { Database } from './db/client.ts';
import type { Email, Mailer } from './auth/mail.ts';
import { eventEmails } from './event-emails.ts';
import { pick, type Event, type Registration } from './events.service.ts';
import { workshopEmails } from './workshop-emails.ts';

/**
 * Every email about a registration, for any kind of event, in the registrant's language, sent
 * through the platform's mail layer (auth/mail.ts): SMTP when configured, else the outbox admins
 * read. The wording is chosen here, once, from the event's kind: a workshop's (workshop-emails.ts)
 * carries the calendar file and its session's specifics; other events' are Convene's
 * (event-emails.ts). Routes and services call these functions and never look at the kind.
 */

/** What sending needs: the mail layer, and the public origin for links. */
export interface MailContext {
	mailer: Mailer;
	origin: string;
}

/** What every registration email can say, already in the registrant's language. */
export interface RegistrationFacts {
	to: string;
	locale: Locale;
	name: string;
	title: string;
	/** The span in the event's own time zone (formatSpan). */
	when: string;
	/** Venue and address, or '' when there is none. */
	venue: string;
	/** Whether the event has an online link. */
	online: boolean;
	/** The event's public page (registration, agenda, cancellation notice). */
	page: string;
	/** The event's calendar file (.ics). */
	calendar: string;
}

/** The emails each kind of event words in its own way. */
export interface RegistrationEmails {
	/** Right after registering: a place or the waitlist, with the private link. */
	confirmation(facts: RegistrationFacts & { status: 'confirmed' | 'waitlisted'; manage: string }): Email;
	/** A place freed by a cancellation went to this person from the waitlist. */
	promotion(facts: RegistrationFacts): Email;
	/** The event will not take place. */
	cancellation(facts: RegistrationFacts & { reason: string }): Email;
}

/** An email to the registrant the facts are about, in their language. */
export function emailTo(facts: RegistrationFacts, subject: string, body: string): Email {
	return { to: facts.to, locale: facts.locale, subject, body };
}

const emailsOf = (event: Event): RegistrationEmails => (event.kind === 'workshop' ? workshopEmails : eventEmails);

const link = (origin: string, event: Event, locale: Locale, rest = '') => origin + href(`/events/${event.slug}${rest}`, locale);

/** An event's facts in a registrant's language, for an email. */
export function factsOf(origin: string, event: Event, registration: Registration): RegistrationFacts {
	const locale = registration.locale;
	return {
		to: registration.email,
		locale,
		name: registration.name,
		title: pick(event.title, locale).text,
		when: formatSpan(event.startsAt, event.endsAt, event.timeZone, locale),
		venue: [event.venue, event.address].filter(Boolean).join(', '),
		online: event.onlineUrl !== null,
		page: link(origin, event, locale),
		calendar: link(origin, event, locale, '/calendar.ics')
	};
}

/** Email a new registrant: their place or waitlist spot, and their private link. */
export async function sendRegistrationEmail(ctx: MailContext, event: Event, registration: Registration, manageToken: string) {
	if (registration.status === 'cancelled') return 'stored';
	return ctx.mailer.send(
		emailsOf(event).confirmation({
			...factsOf(ctx.origin, event, registration),
			status: registration.status,
			manage: link(ctx.origin, event, registration.locale, `/registration/${manageToken}`)
		})
	);
}

/** Tell the person promoted from the waitlist (if anyone was) that a place is now theirs. */
export async function sendPromotionEmail(ctx: MailContext, event: Event, promoted: Registration | null) {
	if (promoted) await ctx.mailer.send(emailsOf(event).promotion(factsOf(ctx.origin, event, promoted)));
}

/** Tell everyone still registered that the event is cancelled, and why when a reason is given. */
export async function sendCancellationEmails(ctx: MailContext, event: Event, people: readonly Registration[], reason = '') {
	for (const person of people) {
		await ctx.mailer.send(emailsOf(event).cancellation({ ...factsOf(ctx.origin, event, person), reason }));
	}
}

/**
 * The running server's mail layer and public origin (the same as staff emails), with its database:
 * what the Train services take as their context.
 */
export async function mailContext(): Promise<MailContext & { db: Database }> {
	const accounts = await getAccounts();
	return { db: accounts.db, mailer: accounts.mailer, origin: accounts.origin };
}
