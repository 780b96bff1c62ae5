import { describe, expect, it } from 'vitest';
import type { Email, Mailer } from './auth/mail.ts';
import type { Event, Registration } from './events.service.ts';
import { sendCancellationEmails, sendPromotionEmail, sendRegistrationEmail } from './registration-emails.ts';

const ORIGIN = 'https://unconflate.test';

function aMailer(): Mailer & { sent: Email[] } {
	const sent: Email[] = [];
	return {
		kind: 'outbox',
		sent,
		async send(email) {
			sent.push(email);
			return 'stored';
		}
	};
}

function anEvent(kind: Event['kind'], changes: Partial<Event> = {}): Event {
	return {
		id: '00000000-0000-4000-8000-000000000001',
		slug: `${kind}-abc`,
		kind,
		visibility: 'public',
		status: 'published',
		title: { en: 'Harbour gathering', fr: 'Rencontre du port' },
		summary: {},
		startsAt: new Date('2031-05-10T16:00:00Z'),
		endsAt: new Date('2031-05-10T20:00:00Z'),
		timeZone: 'America/Vancouver',
		venue: 'Community Hall',
		address: '1 Main Street',
		onlineUrl: null,
		accessibility: {},
		capacity: 10,
		waitlist: true,
		registrationOpen: true,
		requestId: null,
		createdAt: new Date('2031-01-01T00:00:00Z'),
		...changes
	};
}

function aRegistration(locale: 'en' | 'fr', status: Registration['status'] = 'confirmed'): Registration {
	return {
		id: '00000000-0000-4000-8000-000000000002',
		eventId: '00000000-0000-4000-8000-000000000001',
		name: 'Hélène',
		email: 'helene@example.org',
		displayName: '',
		pronouns: '',
		accessibilityNeeds: '',
		dietaryNeeds: '',
		locale,
		status,
		manageTokenHash: 'hash',
		checkedInAt: null,
		createdAt: new Date('2031-01-02T00:00:00Z')
	};
}

describe('registration emails for every kind of event', () => {
	it('give a workshop’s registrant the calendar file and the private link, with localized paths', async () => {
		const mailer = aMailer();
		await sendRegistrationEmail({ mailer, origin: ORIGIN }, anEvent('workshop'), aRegistration('fr'), 'TOKEN');
		const [mail] = mailer.sent;
		expect(mail).toMatchObject({ to: 'helene@example.org', locale: 'fr' });
		expect(mail?.body).toContain(`${ORIGIN}/fr/evenements/workshop-abc/calendar.ics`);
		expect(mail?.body).toContain(`${ORIGIN}/fr/evenements/workshop-abc/registration/TOKEN`);
	});

	it('give a conference’s registrant the private link in Convene’s wording, without a calendar file', async () => {
		const mailer = aMailer();
		await sendRegistrationEmail({ mailer, origin: ORIGIN }, anEvent('conference'), aRegistration('en'), 'TOKEN');
		const [mail] = mailer.sent;
		expect(mail?.body).toContain(`${ORIGIN}/en/events/conference-abc/registration/TOKEN`);
		expect(mail?.body).toContain('Community Hall, 1 Main Street');
		expect(mail?.body).not.toContain('calendar.ics');
	});

	it('keep a workshop’s specifics (calendar file, reason for cancelling) out of other events’ emails', async () => {
		const mailer = aMailer();
		const ctx = { mailer, origin: ORIGIN };
		for (const kind of ['workshop', 'forum'] as const) {
			await sendPromotionEmail(ctx, anEvent(kind), aRegistration('en'));
			await sendCancellationEmails(ctx, anEvent(kind), [aRegistration('en')], 'The venue flooded');
		}
		const [workshopPromotion, workshopCancellation, forumPromotion, forumCancellation] = mailer.sent;
		expect(workshopPromotion?.body).toContain(`${ORIGIN}/en/events/workshop-abc/calendar.ics`);
		expect(workshopCancellation?.body).toContain('The venue flooded');
		expect(forumPromotion?.body).toContain(`${ORIGIN}/en/events/forum-abc`);
		expect(forumPromotion?.body).not.toContain('calendar.ics');
		expect(forumCancellation?.body).not.toContain('The venue flooded');
	});

	it('send nothing for a cancelled registration or when no one was promoted', async () => {
		const mailer = aMailer();
		const ctx = { mailer, origin: ORIGIN };
		expect(await sendRegistrationEmail(ctx, anEvent('forum'), aRegistration('en', 'cancelled'), 'TOKEN')).toBe('stored');
		await sendPromotionEmail(ctx, anEvent('workshop'), null);
		expect(mailer.sent).toEqual([]);
	});

	it('call an event with only an online link "online", in each wording', async () => {
		const mailer = aMailer();
		const online = { venue: '', address: '', onlineUrl: 'https://meet.example.org/x' };
		await sendPromotionEmail({ mailer, origin: ORIGIN }, anEvent('workshop', online), aRegistration('en'));
		await sendPromotionEmail({ mailer, origin: ORIGIN }, anEvent('conference', online), aRegistration('en'));
		expect(mailer.sent[0]?.body).toMatch(/Online/);
		expect(mailer.sent[1]?.body).toMatch(/online/);
	});
});
