import { describe, expect, it } from 'vitest';
import { isTimeZone, utcToZoned, zonedToUtc } from './zoned-time.ts';

describe('wall-clock times in an event’s time zone', () => {
	it('reads a Toronto time in winter and in summer with the right offset', () => {
		expect(zonedToUtc('2027-01-15T10:00', 'America/Toronto')?.toISOString()).toBe('2027-01-15T15:00:00.000Z');
		expect(zonedToUtc('2027-07-01T10:00', 'America/Toronto')?.toISOString()).toBe('2027-07-01T14:00:00.000Z');
		expect(zonedToUtc('2027-07-01T10:00', 'Europe/Paris')?.toISOString()).toBe('2027-07-01T08:00:00.000Z');
		expect(zonedToUtc('2027-07-01T10:00', 'UTC')?.toISOString()).toBe('2027-07-01T10:00:00.000Z');
	});

	it('goes back to the same wall-clock text', () => {
		for (const local of ['2027-03-14T01:30', '2027-03-14T03:30', '2027-11-07T00:45', '2027-12-31T23:59']) {
			const instant = zonedToUtc(local, 'America/Toronto');
			expect(instant && utcToZoned(instant, 'America/Toronto')).toBe(local);
		}
	});

	it('refuses impossible dates, malformed text and unknown zones', () => {
		expect(zonedToUtc('2027-02-30T10:00', 'America/Vancouver')).toBeNull();
		expect(zonedToUtc('2027-03-01 10:00', 'America/Vancouver')).toBeNull();
		expect(zonedToUtc('2027-03-01T10:00', 'Mars/Olympus')).toBeNull();
		expect(isTimeZone('America/Vancouver')).toBe(true);
		expect(isTimeZone('')).toBe(false);
	});
});
