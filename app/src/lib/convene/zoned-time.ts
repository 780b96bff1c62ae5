/**
 * Wall-clock times in an event's own time zone, as organisers type them (`<input type=datetime-local>`
 * has no zone): "2027-03-01T10:00" in America/Vancouver is 18:00 UTC. Built on Intl alone.
 */

/** A valid IANA time zone name (Intl knows it). */
export function isTimeZone(zone: string): boolean {
	if (!zone || zone.length > 64) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/** The zone's offset from UTC at an instant, in minutes (Vancouver in winter: -480). */
function offsetAt(instant: number, zone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(new Date(instant));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return Math.round((asUtc - instant) / 60_000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant of a wall-clock time in a zone, or null when the text is not a time. In the hour
 * skipped when clocks go forward, the time is read with the offset from before the change.
 */
export function zonedToUtc(local: string, zone: string): Date | null {
	const m = LOCAL.exec(local);
	if (!m || !isTimeZone(zone)) return null;
	const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
	if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
	const wall = Date.UTC(year, month - 1, day, hour, minute);
	const check = new Date(wall);
	if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
	// Two passes settle the offset, including across a change of daylight-saving time.
	let instant = wall - offsetAt(wall, zone) * 60_000;
	instant = wall - offsetAt(instant, zone) * 60_000;
	return new Date(instant);
}

/** An instant as the wall-clock text of a zone, for a datetime-local input ("2027-03-01T10:00"). */
export function utcToZoned(date: Date, zone: string): string {
	const shifted = new Date(date.getTime() + offsetAt(date.getTime(), zone) * 60_000);
	return shifted.toISOString().slice(0, 16);
}
