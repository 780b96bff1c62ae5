import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/open-test-db.ts';
import { icsFor } from './calendar.ts';
import type { DbHandle } from './db/client.ts';
import {
	addSpeaker,
	cancelRegistration,
	createEvent,
	deleteRegistration,
	eventBySlug,
	honorariaOf,
	occupancy,
	pick,
	purgeRegistrations,
	recordHonorarium,
	register,
	registrationByToken,
	RegistrationError,
	registrationsOf,
	setCheckedIn,
	upcomingEvents,
	updateEvent,
	type NewEvent
} from './events.service.ts';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDb();
});
afterAll(async () => {
	await handle.close();
});

const day = 24 * 3600 * 1000;
const slug = (name: string) => `${name}-${randomBytes(3).toString('hex')}`;

function anEvent(overrides: Partial<NewEvent> = {}): NewEvent {
	const start = new Date(Date.now() + 30 * day);
	return {
		slug: slug('forum'),
		kind: 'forum',
		status: 'published',
		title: { en: 'Community safety forum', fr: 'Forum sur la sécurité' },
		startsAt: start,
		endsAt: new Date(start.getTime() + 3 * 3600 * 1000),
		timeZone: 'America/Vancouver',
		venue: 'Community hall',
		address: '1 Main Street',
		capacity: 3,
		...overrides
	};
}

const person = (n: number) => ({ name: `Person ${n}`, email: `Person${n}@Example.org`, locale: 'en' as const });

describe('registration', () => {
	it('gives places while there are some, then a waitlist in order of arrival', async () => {
		const event = await createEvent(handle.db, anEvent());
		const results = [];
		for (let n = 1; n <= 5; n++) results.push(await register(handle.db, event.id, person(n)));
		expect(results.map((r) => r.registration.status)).toEqual([
			'confirmed',
			'confirmed',
			'confirmed',
			'waitlisted',
			'waitlisted'
		]);
		expect(results[0]?.registration.email).toBe('person1@example.org');
		expect(await occupancy(handle.db, event.id)).toEqual({ confirmed: 3, waitlisted: 2 });

		const { promoted } = await cancelRegistration(handle.db, results[1]!.registration.id);
		expect(promoted?.name).toBe('Person 4');
		expect(await occupancy(handle.db, event.id)).toEqual({ confirmed: 3, waitlisted: 1 });
		// Cancelling a waitlisted place promotes no one.
		expect((await cancelRegistration(handle.db, results[4]!.registration.id)).promoted).toBeNull();
	});

	it('never gives more places than there are, however many register at once', async () => {
		const event = await createEvent(handle.db, anEvent({ capacity: 5 }));
		const settled = await Promise.allSettled(Array.from({ length: 20 }, (_, n) => register(handle.db, event.id, person(n))));
		expect(settled.every((s) => s.status === 'fulfilled')).toBe(true);
		expect(await occupancy(handle.db, event.id)).toEqual({ confirmed: 5, waitlisted: 15 });
	});

	it('refuses a second registration with the same email, a full event without a waitlist, and a closed one', async () => {
		const event = await createEvent(handle.db, anEvent({ capacity: 1, waitlist: false }));
		const first = await register(handle.db, event.id, person(1));
		await expect(register(handle.db, event.id, { ...person(1), email: ' PERSON1@example.org ' })).rejects.toThrow(
			new RegistrationError('already-registered')
		);
		await expect(register(handle.db, event.id, person(2))).rejects.toThrow(new RegistrationError('full'));
		await cancelRegistration(handle.db, first.registration.id);
		// Someone who cancelled may register again.
		expect((await register(handle.db, event.id, person(1))).registration.status).toBe('confirmed');
		await updateEvent(handle.db, event.id, { registrationOpen: false });
		await expect(register(handle.db, event.id, person(3))).rejects.toThrow(new RegistrationError('closed'));
		const draft = await createEvent(handle.db, anEvent({ status: 'draft' }));
		await expect(register(handle.db, draft.id, person(1))).rejects.toThrow(new RegistrationError('not-found'));
	});

	it('finds a registration by its private link only, and erases it on request', async () => {
		const event = await createEvent(handle.db, anEvent());
		const { registration, manageToken } = await register(handle.db, event.id, {
			...person(1),
			pronouns: 'she/her',
			accessibilityNeeds: 'Step-free access',
			dietaryNeeds: 'Vegetarian'
		});
		expect(registration.manageTokenHash).not.toContain(manageToken);
		expect((await registrationByToken(handle.db, manageToken))?.id).toBe(registration.id);
		expect(await registrationByToken(handle.db, `${manageToken}x`)).toBeUndefined();
		await deleteRegistration(handle.db, registration.id);
		expect(await registrationByToken(handle.db, manageToken)).toBeUndefined();
		expect(await registrationsOf(handle.db, event.id)).toEqual([]);
	});

	it('checks in confirmed people of this event only', async () => {
		const event = await createEvent(handle.db, anEvent({ capacity: 1 }));
		const here = await register(handle.db, event.id, person(1));
		const waiting = await register(handle.db, event.id, person(2));
		const other = await createEvent(handle.db, anEvent());
		expect(await setCheckedIn(handle.db, other.id, here.registration.id, true)).toBe(false);
		expect(await setCheckedIn(handle.db, event.id, waiting.registration.id, true)).toBe(false);
		expect(await setCheckedIn(handle.db, event.id, here.registration.id, true)).toBe(true);
		expect((await registrationsOf(handle.db, event.id)).map((r) => [r.name, r.status, r.checkedInAt !== null])).toEqual([
			['Person 1', 'confirmed', true],
			['Person 2', 'waitlisted', false]
		]);
	});

	it('removes registration details once the retention period after an event has passed', async () => {
		const past = await createEvent(
			handle.db,
			anEvent({ startsAt: new Date(Date.now() - 400 * day), endsAt: new Date(Date.now() - 399 * day) })
		);
		await updateEvent(handle.db, past.id, { registrationOpen: true });
		// Registered while it was upcoming: written directly, as registration now refuses a past event.
		const recent = await createEvent(handle.db, anEvent());
		await register(handle.db, recent.id, person(1));
		const { registrations } = await import('./db/schema.ts');
		await handle.db.insert(registrations).values({
			eventId: past.id,
			name: 'Old',
			email: `old-${randomBytes(3).toString('hex')}@example.org`,
			locale: 'en',
			status: 'confirmed',
			manageTokenHash: randomBytes(16).toString('hex')
		});
		expect(await purgeRegistrations(handle.db, 12)).toBeGreaterThanOrEqual(1);
		expect(await registrationsOf(handle.db, past.id)).toEqual([]);
		expect(await registrationsOf(handle.db, recent.id)).toHaveLength(1);
	});
});

describe('events', () => {
	it('lists published public events that have not ended, soonest first', async () => {
		const later = await createEvent(
			handle.db,
			anEvent({ startsAt: new Date(Date.now() + 90 * day), endsAt: new Date(Date.now() + 91 * day) })
		);
		const sooner = await createEvent(
			handle.db,
			anEvent({ startsAt: new Date(Date.now() + 2 * day), endsAt: new Date(Date.now() + 3 * day) })
		);
		const hidden = await createEvent(handle.db, anEvent({ visibility: 'unlisted' }));
		const draft = await createEvent(handle.db, anEvent({ status: 'draft' }));
		const ids = (await upcomingEvents(handle.db)).map((e) => e.id);
		expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
		expect(ids).not.toContain(hidden.id);
		expect(ids).not.toContain(draft.id);
		expect((await eventBySlug(handle.db, hidden.slug))?.id).toBe(hidden.id);
	});

	it('falls back to the other language when a text has no translation', () => {
		expect(pick({ en: 'Forum' }, 'fr')).toEqual({ text: 'Forum', lang: 'en' });
		expect(pick({ en: 'Forum', fr: 'Forum communautaire' }, 'fr')).toEqual({ text: 'Forum communautaire', lang: 'fr' });
	});

	it('keeps what each speaker is owed and has been paid', async () => {
		const event = await createEvent(handle.db, anEvent({ kind: 'conference' }));
		const a = await addSpeaker(handle.db, event.id, { name: 'A. Speaker', community: true, honorariumOwed: 50000 });
		await addSpeaker(handle.db, event.id, { name: 'B. Speaker', honorariumOwed: 25000 });
		expect(await recordHonorarium(handle.db, event.id, a.id, { paid: 50000, paidOn: '2027-01-15' })).toBe(true);
		const other = await createEvent(handle.db, anEvent());
		expect(await recordHonorarium(handle.db, other.id, a.id, { paid: 1 })).toBe(false);
		expect(await honorariaOf(handle.db, event.id)).toMatchObject({ owed: 75000, paid: 50000, due: 25000 });
	});
});

describe('calendar files', () => {
	it('describe the event in UTC with a stable uid, and say when it is cancelled', () => {
		const entry = {
			uid: 'event-1@unconflate',
			title: 'Forum; safety, together',
			description: 'Line one\nLine two',
			start: new Date('2027-03-01T18:00:00Z'),
			end: new Date('2027-03-01T21:00:00Z'),
			location: 'Community hall, 1 Main Street',
			url: 'https://example.org/en/events/forum'
		};
		const ics = icsFor(entry);
		expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
		expect(ics).toContain('UID:event-1@unconflate');
		expect(ics).toContain('DTSTART:20270301T180000Z');
		expect(ics).toContain('DTEND:20270301T210000Z');
		expect(ics).toContain('SUMMARY:Forum\\; safety\\, together');
		expect(ics).toContain('DESCRIPTION:Line one\\nLine two');
		expect(ics).toContain('STATUS:CONFIRMED');
		expect(icsFor({ ...entry, cancelled: true })).toContain('STATUS:CANCELLED');
	});
});
