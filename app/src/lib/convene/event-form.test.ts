import { describe, expect, it } from 'vitest';
import { eventInput, honorariumForm, parseEvent, parseMoney, parseSession, slugify } from './event-form.ts';

const valid = {
	kind: 'conference',
	slug: '',
	titleEn: 'Provincial Conference 2027',
	titleFr: 'Conférence provinciale 2027',
	summaryEn: 'Two days together.',
	summaryFr: '',
	accessibilityEn: 'Step-free entrance; ASL interpretation.',
	accessibilityFr: '',
	startsAt: '2027-05-10T09:00',
	endsAt: '2027-05-11T17:00',
	timeZone: 'America/Toronto',
	venue: 'Community Hall',
	address: '1 Main Street',
	onlineUrl: '',
	capacity: '120',
	waitlist: 'on',
	registrationOpen: 'on'
};

describe('the event form', () => {
	it('reads an event: times in its zone, a slug from the title, languages given only', () => {
		const parsed = parseEvent(eventInput(valid));
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
		const event = parsed.value;
		expect(event.slug).toBe('provincial-conference-2027');
		expect(event.startsAt.toISOString()).toBe('2027-05-10T13:00:00.000Z');
		expect(event.summary).toEqual({ en: 'Two days together.' });
		expect(event.capacity).toBe(120);
		expect(event.onlineUrl).toBeNull();
		expect(event.waitlist).toBe(true);
	});

	it('treats an empty capacity as no limit and an unticked box as false', () => {
		const parsed = parseEvent(eventInput({ ...valid, capacity: '', waitlist: '' }));
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
		const event = parsed.value;
		expect(event.capacity).toBeNull();
		expect(event.waitlist).toBe(false);
	});

	it('names each bad field: no title, an end before the start, an unknown zone, a zero capacity, a non-web link', () => {
		const result = parseEvent(
			eventInput({
				...valid,
				titleEn: '',
				titleFr: '',
				endsAt: '2027-05-09T09:00',
				capacity: '0',
				onlineUrl: 'javascript:alert(1)'
			})
		);
		expect(result).toEqual({
			ok: false,
			problems: { titleEn: 'title-missing', endsAt: 'ends-before', capacity: 'capacity', onlineUrl: 'online-url' }
		});
		expect(parseEvent(eventInput({ ...valid, timeZone: 'Nowhere/Land' }))).toEqual({
			ok: false,
			problems: { timeZone: 'time-zone' }
		});
	});
});

describe('sessions, money and slugs', () => {
	it('reads a session in the event’s zone with its speakers once each', () => {
		const parsed = parseSession(
			{
				titleEn: 'Opening',
				titleFr: '',
				startsAt: '2027-07-01T09:00',
				endsAt: '2027-07-01T10:00',
				room: 'A',
				speakers: ['3', '3', '4']
			},
			'Europe/Paris'
		);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
		const session = parsed.value;
		expect(session.startsAt.toISOString()).toBe('2027-07-01T07:00:00.000Z');
		expect(session.speakerIds).toEqual([3, 4]);
	});

	it('reads amounts typed the English or the French way, in cents', () => {
		expect(parseMoney('250')).toBe(25000);
		expect(parseMoney('1 250,50 $')).toBe(125050);
		expect(parseMoney('')).toBe(0);
		expect(parseMoney('12.345')).toBeNull();
		expect(parseMoney('-5')).toBeNull();
		expect(honorariumForm.safeParse({ owed: 'lots', paid: '0', paidOn: '' }).success).toBe(false);
	});

	it('makes slugs without accents or punctuation', () => {
		expect(slugify('Forum communautaire : Sécurité & santé')).toBe('forum-communautaire-securite-sante');
	});
});
