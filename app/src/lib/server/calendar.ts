import icalGenerator, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface CalendarEntry {
	uid: string;
	title: string;
	description: string;
	start: Date;
	end: Date;
	location: string;
	url: string;
	cancelled?: boolean;
}

/**
 * An .ics file for one event (RFC 5545), in UTC so every calendar shows it in the reader's own
 * zone. The same uid each time, so re-downloading updates the entry instead of duplicating it.
 */
export function icsFor(entry: CalendarEntry): string {
	const calendar = icalGenerator({ prodId: { company: 'Unconflate', product: 'Events', language: 'EN' } });
	calendar.method(entry.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH);
	calendar.createEvent({
		id: entry.uid,
		start: entry.start,
		end: entry.end,
		summary: entry.title,
		description: entry.description,
		location: entry.location || null,
		url: entry.url,
		status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
	});
	return calendar.toString();
}
