import { describe, expect, it } from 'vitest';
import { isTimeZone, wallClock, zonedInstant } from './zoned-time.ts';

describe('wall-clock times in a time zone', () => {
	it('reads a time in Toronto as the right instant in winter and in summer', () => {
		expect(zonedInstant('2027-01-15', '10:00', 'America/Toronto')?.toISOString()).toBe('2027-01-15T15:00:00.000Z');
		expect(zonedInstant('2027-07-15', '10:00', 'America/Toronto')?.toISOString()).toBe('2027-07-15T14:00:00.000Z');
		expect(zonedInstant('2027-03-02', '09:30', 'Europe/Paris')?.toISOString()).toBe('2027-03-02T08:30:00.000Z');
		expect(zonedInstant('2027-03-02', '09:30', 'UTC')?.toISOString()).toBe('2027-03-02T09:30:00.000Z');
	});

	it('keeps the hour across a change of offset (the night clocks go back in Montréal)', () => {
		// 7 November 2027: 02:00 EDT becomes 01:00 EST. 08:00 that morning is EST (UTC−5).
		expect(zonedInstant('2027-11-07', '08:00', 'America/Toronto')?.toISOString()).toBe('2027-11-07T13:00:00.000Z');
		expect(zonedInstant('2027-11-06', '08:00', 'America/Toronto')?.toISOString()).toBe('2027-11-06T12:00:00.000Z');
	});

	it('refuses impossible dates, malformed times and unknown zones', () => {
		expect(zonedInstant('2027-02-30', '10:00', 'UTC')).toBeNull();
		expect(zonedInstant('2027-13-01', '10:00', 'UTC')).toBeNull();
		expect(zonedInstant('2027-01-01', '24:00', 'UTC')).toBeNull();
		expect(zonedInstant('2027-01-01', '9:00', 'UTC')).toBeNull();
		expect(zonedInstant('2027-01-01', '10:00', 'Mars/Olympus')).toBeNull();
		expect(isTimeZone('America/Vancouver')).toBe(true);
		expect(isTimeZone('Not a zone')).toBe(false);
		expect(isTimeZone('')).toBe(false);
	});

	it('shows an instant back as the date and time of its zone, as the form was filled', () => {
		const instant = zonedInstant('2027-07-15', '23:30', 'America/Vancouver');
		expect(instant && wallClock(instant, 'America/Vancouver')).toEqual({ date: '2027-07-15', time: '23:30' });
		expect(instant && wallClock(instant, 'Europe/Paris')).toEqual({ date: '2027-07-16', time: '08:30' });
	});
});
