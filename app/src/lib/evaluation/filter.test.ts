import { describe, expect, it } from 'vitest';
import { filterQuery, isFiltered, readFilter } from './filter.ts';

describe('the impact filters in the URL', () => {
	it('reads repeated parameters and writes them back in the same form', () => {
		const id = '0b5e3a52-5d6f-4f57-9d1e-3c1c4b7d2a10';
		const query = `session=${id}&organisation=Harbour+Shelter&sector=health&sector=police&year=2026&q=listen`;
		const filter = readFilter(new URLSearchParams(query));
		expect(filter).toEqual({
			instrument: '',
			sessions: [id],
			organisations: ['Harbour Shelter'],
			sectors: ['health', 'police'],
			years: ['2026'],
			search: 'listen'
		});
		expect(filterQuery(filter)).toBe(query);
		expect(filterQuery(filter, { search: false })).not.toContain('q=');
		expect(isFiltered(filter)).toBe(true);
	});

	it('drops malformed session ids and years instead of failing', () => {
		const filter = readFilter(new URLSearchParams('session=1%20or%201=1&year=26&year=2025&sector=&sector=health&sector=health'));
		expect(filter).toMatchObject({ sessions: [], years: ['2025'], sectors: ['health'] });
		expect(isFiltered(readFilter(new URLSearchParams('q=x')))).toBe(false);
		expect(readFilter(new URLSearchParams('instrument=Youth%20Work')).instrument).toBe('');
		expect(filterQuery(readFilter(new URLSearchParams('instrument=youth-work&year=2026')))).toBe(
			'instrument=youth-work&year=2026'
		);
	});
});
