/**
 * Wall-clock times in an event's own time zone, as organisers type them (`<input type=datetime-local>`
 * has no zone): "2027-03-01T10:00" in America/Vancouver is 18:00 UTC. The arithmetic is Train's
 * (`#lib/train/zoned-time.ts`, shared with workshop sessions); this module reads and writes the
 * single-field form of the event forms.
 */
import { isTimeZone, wallClock, zonedInstant } from '../train/zoned-time.ts';

export { isTimeZone };

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** The instant of a wall-clock time in a zone, or null when the text is not a time there. */
export function zonedToUtc(local: string, zone: string): Date | null {
	const m = LOCAL.exec(local);
	return m ? zonedInstant(m[1] ?? '', m[2] ?? '', zone) : null;
}

/** An instant as the wall-clock text of a zone, for a datetime-local input ("2027-03-01T10:00"). */
export function utcToZoned(date: Date, zone: string): string {
	const { date: day, time } = wallClock(date, zone);
	return `${day}T${time}`;
}
