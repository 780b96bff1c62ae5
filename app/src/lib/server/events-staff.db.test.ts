import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/open-test-db.ts';
import { createMailer, outboxMessages } from './auth/mail.ts';
import type { DbHandle } from './db/client.ts';
import { sendCancellationEmails, sendPromotionEmail, sendRegistrationEmail } from './registration-emails.ts';
import {
	addProgrammeItem,
	addSpeaker,
	cancelEvent,
	cancelRegistration,
	createEvent,
	deleteSpeaker,
	eventById,
	organiserEvents,
	programmeOf,
	register,
	registrationById,
	slugTaken,
	updateProgrammeItem,
	updateSpeaker,
	type NewEvent
} from './events.service.ts';

// The organisers' side of events: their list, cancelling an event, removing a speaker, and the
// emails people get, in their own language, through the mail layer (the outbox here).
let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDb();
});
afterAll(async () => {
	await handle.close();
});

const day = 24 * 3600 * 1000;
function anEvent(overrides: Partial<NewEvent> = {}): NewEvent {
	const start = new Date(Date.UTC(2031, 4, 10, 13, 0));
	return {
		slug: `conference-${randomBytes(3).toString('hex')}`,
		kind: 'conference',
		status: 'published',
		title: { en: 'Provincial Conference', fr: 'Conférence provinciale' },
		startsAt: start,
		endsAt: new Date(start.getTime() + day),
		timeZone: 'America/Toronto',
		venue: 'Community Hall',
		address: '1 Main Street',
		capacity: 1,
		...overrides
	};
}

describe('the organisers’ list', () => {
	it('lists conferences, forums and public trainings with their counts, and leaves Train’s workshops out', async () => {
		const conference = await createEvent(handle.db, anEvent());
		const workshop = await createEvent(handle.db, anEvent({ kind: 'workshop', visibility: 'unlisted' }));
		await register(handle.db, conference.id, { name: 'A', email: 'a@example.org', locale: 'en' });
		await register(handle.db, conference.id, { name: 'B', email: 'b@example.org', locale: 'fr' });
		const rows = await organiserEvents(handle.db);
		expect(rows.find((r) => r.id === conference.id)).toMatchObject({ confirmed: 1, waitlisted: 1, capacity: 1 });
		expect(rows.some((r) => r.id === workshop.id)).toBe(false);
		expect(await slugTaken(handle.db, conference.slug)).toBe(true);
		expect(await slugTaken(handle.db, conference.slug, conference.id)).toBe(false);
	});
});

describe('cancelling an event', () => {
	it('closes registration and returns everyone with a place or waiting, not those who cancelled', async () => {
		const event = await createEvent(handle.db, anEvent({ capacity: 2 }));
		const one = await register(handle.db, event.id, { name: 'One', email: 'one@example.org', locale: 'en' });
		await register(handle.db, event.id, { name: 'Two', email: 'two@example.org', locale: 'en' });
		await register(handle.db, event.id, { name: 'Three', email: 'three@example.org', locale: 'fr' });
		await cancelRegistration(handle.db, one.registration.id);
		const told = await cancelEvent(handle.db, event.id);
		expect(told.map((r) => r.name).sort()).toEqual(['Three', 'Two']);
		expect(await eventById(handle.db, event.id)).toMatchObject({ status: 'cancelled', registrationOpen: false });
	});
});

describe('removing a speaker', () => {
	it('takes them off every session of the event', async () => {
		const event = await createEvent(handle.db, anEvent());
		const sam = await addSpeaker(handle.db, event.id, { name: 'Sam', community: true, honorariumOwed: 25_000 });
		const lee = await addSpeaker(handle.db, event.id, { name: 'Lee' });
		await addProgrammeItem(handle.db, event.id, {
			title: { en: 'Opening' },
			startsAt: event.startsAt,
			endsAt: new Date(event.startsAt.getTime() + 3600_000),
			speakerIds: [sam.id, lee.id]
		});
		const other = await createEvent(handle.db, anEvent());
		expect(await deleteSpeaker(handle.db, other.id, sam.id)).toBe(false);
		expect(await deleteSpeaker(handle.db, event.id, sam.id)).toBe(true);
		const programme = await programmeOf(handle.db, event.id);
		expect(programme.speakers.map((s) => s.name)).toEqual(['Lee']);
		expect(programme.items[0]?.speakerIds).toEqual([lee.id]);
	});

	it('changes a session and a speaker of this event only', async () => {
		const event = await createEvent(handle.db, anEvent());
		const other = await createEvent(handle.db, anEvent());
		const sam = await addSpeaker(handle.db, event.id, { name: 'Sam' });
		const session = await addProgrammeItem(handle.db, event.id, {
			title: { en: 'Opening' },
			startsAt: event.startsAt,
			endsAt: new Date(event.startsAt.getTime() + 3600_000)
		});
		const changes = {
			title: { fr: 'Ouverture' },
			startsAt: event.startsAt,
			endsAt: event.endsAt,
			room: 'B',
			speakerIds: [sam.id]
		};
		expect(await updateProgrammeItem(handle.db, other.id, session.id, changes)).toBe(false);
		expect(await updateProgrammeItem(handle.db, event.id, session.id, changes)).toBe(true);
		expect(await updateSpeaker(handle.db, other.id, sam.id, { name: 'X', affiliation: '', bio: {}, community: false })).toBe(
			false
		);
		expect(
			await updateSpeaker(handle.db, event.id, sam.id, {
				name: 'Sam R.',
				affiliation: 'Collective',
				bio: { en: 'Peer' },
				community: true
			})
		).toBe(true);
		const programme = await programmeOf(handle.db, event.id);
		expect(programme.items[0]).toMatchObject({ title: { fr: 'Ouverture' }, room: 'B', speakerIds: [sam.id] });
		expect(programme.speakers[0]).toMatchObject({ name: 'Sam R.', affiliation: 'Collective', community: true });
	});
});

describe('registration emails', () => {
	it('confirms a place, a waitlist spot, a promotion and a cancellation, each in the person’s language', async () => {
		const mailer = createMailer(handle.db, { from: 'Unconflate <no-reply@example.org>' });
		const ctx = { mailer, origin: 'https://unconflate.example.org' };
		const event = await createEvent(handle.db, anEvent());
		const first = await register(handle.db, event.id, { name: 'Ana', email: 'ana.convene@example.org', locale: 'en' });
		const second = await register(handle.db, event.id, { name: 'Béa', email: 'bea.convene@example.org', locale: 'fr' });
		expect(await sendRegistrationEmail(ctx, event, first.registration, first.manageToken)).toBe('stored');
		await sendRegistrationEmail(ctx, event, second.registration, second.manageToken);
		const { promoted } = await cancelRegistration(handle.db, first.registration.id);
		expect(promoted?.id).toBe(second.registration.id);
		await sendPromotionEmail(ctx, event, promoted);
		const promotedNow = await registrationById(handle.db, event.id, second.registration.id);
		if (!promotedNow) throw new Error('registration lost');
		await sendCancellationEmails(ctx, event, [promotedNow]);

		const mails = (await outboxMessages(handle.db))
			.filter((m) => ['ana.convene@example.org', 'bea.convene@example.org'].includes(m.to))
			.reverse();
		expect(mails.map((m) => [m.to, m.locale, m.subject])).toEqual([
			['ana.convene@example.org', 'en', 'Your place at Provincial Conference'],
			['bea.convene@example.org', 'fr', "Vous êtes en liste d'attente pour Conférence provinciale"],
			['bea.convene@example.org', 'fr', 'Une place est maintenant à vous : Conférence provinciale'],
			['bea.convene@example.org', 'fr', 'Annulé : Conférence provinciale']
		]);
		const [confirmation, waitlist] = mails;
		expect(confirmation?.body).toContain('When: Saturday, May 10, 2031');
		expect(confirmation?.body).toContain('Where: Community Hall, 1 Main Street');
		expect(confirmation?.body).toContain(
			`https://unconflate.example.org/en/events/${event.slug}/registration/${first.manageToken}`
		);
		expect(waitlist?.body).toContain(
			`https://unconflate.example.org/fr/evenements/${event.slug}/registration/${second.manageToken}`
		);
		expect(waitlist?.body).toContain('Quand : samedi 10 mai 2031');
		// A promotion does not repeat the private link (only its hash is stored), it points to the first email.
		expect(mails[2]?.body).not.toMatch(/registration\/[\w-]{43}/);
	});
});
