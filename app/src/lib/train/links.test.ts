import { describe, expect, it } from 'vitest';
import { href } from '../i18n/routes.ts';
import { eventPath } from './links.ts';

describe('links to a session for emails', () => {
	it('match the localized paths of the site', () => {
		for (const locale of ['en', 'fr'] as const) {
			expect(eventPath('workshop-abc', locale)).toBe(href('/events/workshop-abc', locale));
			expect(eventPath('workshop-abc', locale, '/calendar.ics')).toBe(href('/events/workshop-abc/calendar.ics', locale));
		}
		expect(eventPath('workshop-abc', 'fr', '/calendar.ics')).toBe('/fr/evenements/workshop-abc/calendar.ics');
	});
});
