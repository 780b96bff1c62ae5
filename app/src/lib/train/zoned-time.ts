/**
 * Wall-clock times in a named time zone (IANA, e.g. America/Vancouver) and the instants they mean.
 * A session is planned as "10:00 on 2 March in Vancouver"; the database keeps the instant (UTC),
 * and pages show it back in the session's zone. Pure: only the platform's Intl time-zone data.
 */

/** True for a time zone the platform knows (`Europe/Paris`, `UTC`); false for anything else. */
export function isTimeZone(zone: string): boolean {
	if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/** The zone's offset from UTC at an instant, in milliseconds (e.g. -8 h for Vancouver in winter). */
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
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of a wall-clock date (`2027-03-02`) and time (`10:00`) in a zone, or null when the
 * date or time is malformed or does not exist there (a spring-forward gap is moved past the gap).
 */
export function zonedInstant(date: string, time: string, zone: string): Date | null {
	const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	const t = /^(\d{2}):(\d{2})$/.exec(time);
	if (!d || !t || !isTimeZone(zone)) return null;
	const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
	if (month < 1 || month > 12 || hour > 23 || minute > 59) return null;
	const wall = Date.UTC(year, month - 1, day, hour, minute);
	const check = new Date(wall);
	if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
	// Two passes: the offset at the first guess can differ from the offset at the answer near a change.
	let instant = wall - offsetAt(wall, zone);
	instant = wall - offsetAt(instant, zone);
	return new Date(instant);
}

/** An instant as the zone's wall-clock date and time, for filling a form back in. */
export function wallClock(instant: Date, zone: string): { date: string; time: string } {
	const local = new Date(instant.getTime() + offsetAt(instant.getTime(), zone));
	const iso = local.toISOString();
	return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
