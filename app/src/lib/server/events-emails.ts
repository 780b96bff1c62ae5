import { formatSpan } from '#lib/format.ts';
import { href } from '#lib/i18n/routes.ts';
import { m } from '#lib/paraglide/messages.js';
import { getAccounts } from './auth/index.ts';
import type { Email, Mailer } from './auth/mail.ts';
import { pick, type Event, type Registration } from './events.service.ts';

/**
 * The emails of event registrations, in the registrant's language (Paraglide messages
 * `convene_email_*`), sent through the platform's mail layer: SMTP when configured, else the
 * outbox admins read. Each names the event, when and where, and what the person can do next.
 */

export interface MailContext {
	mailer: Mailer;
	/** The public origin, for links. */
	origin: string;
}

function details(origin: string, event: Event, locale: 'en' | 'fr') {
	return {
		title: pick(event.title, locale).text,
		when: formatSpan(event.startsAt, event.endsAt, event.timeZone, locale),
		where: [event.venue, event.address].filter(Boolean).join(', ') || m.convene_email_online({}, { locale }),
		page: `${origin}${href(`/events/${event.slug}`, locale)}`
	};
}

/** Registered: a place or a spot on the waitlist, with the private link to see or cancel it. */
export function registrationEmail(origin: string, event: Event, registration: Registration, manageToken: string): Email {
	const locale = registration.locale;
	const d = details(origin, event, locale);
	const link = `${origin}${href(`/events/${event.slug}/registration/${manageToken}`, locale)}`;
	const values = { name: registration.name, title: d.title, when: d.when, where: d.where, link };
	return registration.status === 'waitlisted'
		? {
				to: registration.email,
				locale,
				subject: m.convene_email_waitlisted_subject({ title: d.title }, { locale }),
				body: m.convene_email_waitlisted_body(values, { locale })
			}
		: {
				to: registration.email,
				locale,
				subject: m.convene_email_registered_subject({ title: d.title }, { locale }),
				body: m.convene_email_registered_body(values, { locale })
			};
}

/** A place came free and is now theirs. */
export function promotionEmail(origin: string, event: Event, registration: Registration): Email {
	const locale = registration.locale;
	const d = details(origin, event, locale);
	return {
		to: registration.email,
		locale,
		subject: m.convene_email_promoted_subject({ title: d.title }, { locale }),
		body: m.convene_email_promoted_body(
			{ name: registration.name, title: d.title, when: d.when, where: d.where, page: d.page },
			{ locale }
		)
	};
}

/** The event is cancelled. */
export function eventCancelledEmail(origin: string, event: Event, registration: Registration): Email {
	const locale = registration.locale;
	const d = details(origin, event, locale);
	return {
		to: registration.email,
		locale,
		subject: m.convene_email_cancelled_subject({ title: d.title }, { locale }),
		body: m.convene_email_cancelled_body({ name: registration.name, title: d.title, when: d.when, page: d.page }, { locale })
	};
}

export async function sendRegistrationEmail(ctx: MailContext, event: Event, registration: Registration, manageToken: string) {
	return ctx.mailer.send(registrationEmail(ctx.origin, event, registration, manageToken));
}

export async function sendPromotionEmail(ctx: MailContext, event: Event, promoted: Registration | null) {
	if (promoted) await ctx.mailer.send(promotionEmail(ctx.origin, event, promoted));
}

export async function sendCancellationEmails(ctx: MailContext, event: Event, people: readonly Registration[]) {
	for (const person of people) await ctx.mailer.send(eventCancelledEmail(ctx.origin, event, person));
}

/** The running server's mail layer and public origin (the same as staff emails). */
export async function mailContext(): Promise<MailContext> {
	const accounts = await getAccounts();
	return { mailer: accounts.mailer, origin: accounts.origin };
}
