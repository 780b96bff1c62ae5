import { describe, expect, it } from 'vitest';
import { parseSessionForm, sessionFieldsOf, type SessionFields } from './session-form.ts';

const NOW = new Date('2027-01-01T00:00:00Z');
const valid: SessionFields = {
	date: '2027-03-02',
	startTime: '09:00',
	endTime: '13:00',
	timeZone: 'Europe/Paris',
	format: 'on-site',
	venue: 'Harbour Health',
	address: '12 Harbour Road',
	accessibility: 'Step-free entrance',
	onlineUrl: '',
	capacity: '25',
	waitlist: true,
	language: 'en',
	agendaEn: '1. What sex work is',
	agendaFr: '',
	facilitators: ['felixFacilitator1', 'coraCoordinator1'],
	experiential: ['felixFacilitator1']
};

describe('the session form', () => {
	it('reads a complete on-site session: instants in its zone, the team with the experiential co-facilitator', () => {
		const result = parseSessionForm(valid, NOW);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.input.startsAt.toISOString()).toBe('2027-03-02T08:00:00.000Z');
		expect(result.input.endsAt.toISOString()).toBe('2027-03-02T12:00:00.000Z');
		expect(result.input).toMatchObject({ capacity: 25, waitlist: true, onlineUrl: null, agenda: { en: '1. What sex work is' } });
		expect(result.input.facilitators).toEqual([
			{ staffUserId: 'felixFacilitator1', experiential: true },
			{ staffUserId: 'coraCoordinator1', experiential: false }
		]);
	});

	it('names each field to fix', () => {
		const result = parseSessionForm(
			{ ...valid, timeZone: 'Nowhere/Place', capacity: '0', address: '', language: 'de', agendaEn: '', facilitators: [] },
			NOW
		);
		expect(result).toEqual({
			ok: false,
			problems: {
				timeZone: 'zone-invalid',
				capacity: 'capacity-invalid',
				language: 'choose'
			}
		});
		const second = parseSessionForm({ ...valid, address: '', agendaEn: '', facilitators: [] }, NOW);
		expect(second).toEqual({
			ok: false,
			problems: { address: 'address-needed', agendaEn: 'agenda-needed', facilitators: 'facilitator-needed' }
		});
	});

	it('needs an end after the start, a date to come, and an experiential co-facilitator', () => {
		expect(parseSessionForm({ ...valid, endTime: '08:00' }, NOW)).toEqual({
			ok: false,
			problems: { endTime: 'end-before-start' }
		});
		expect(parseSessionForm({ ...valid, date: '2026-03-02' }, NOW)).toEqual({ ok: false, problems: { date: 'in-the-past' } });
		expect(parseSessionForm({ ...valid, date: '2027-02-30' }, NOW)).toEqual({ ok: false, problems: { date: 'date-invalid' } });
		expect(parseSessionForm({ ...valid, experiential: ['someoneElse00'] }, NOW)).toEqual({
			ok: false,
			problems: { facilitators: 'experiential-needed' }
		});
	});

	it('needs a web link online, and then keeps no venue', () => {
		expect(parseSessionForm({ ...valid, format: 'online', onlineUrl: 'javascript:alert(1)' }, NOW)).toEqual({
			ok: false,
			problems: { onlineUrl: 'url-invalid' }
		});
		const online = parseSessionForm({ ...valid, format: 'online', onlineUrl: 'https://meet.example/abc' }, NOW);
		expect(online.ok && online.input).toMatchObject({ onlineUrl: 'https://meet.example/abc', venue: '', address: '' });
	});

	it('reads repeated checkboxes and an unticked waitlist from the posted form', () => {
		const form = new FormData();
		form.append('facilitators', 'a1234567');
		form.append('facilitators', 'b1234567');
		form.append('experiential', 'b1234567');
		form.append('capacity', '12');
		const fields = sessionFieldsOf(form);
		expect(fields).toMatchObject({
			facilitators: ['a1234567', 'b1234567'],
			experiential: ['b1234567'],
			waitlist: false,
			capacity: '12'
		});
	});
});
