import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('CSV', () => {
	it('quotes commas, quotes and line breaks, and neutralises formulas', () => {
		expect(
			toCsv([
				['title', 'owner'],
				['Lights, "bright"', '=HYPERLINK("x")'],
				['two\nlines', '']
			])
		).toBe('title,owner\r\n"Lights, ""bright""","\'=HYPERLINK(""x"")"\r\n"two\nlines",\r\n');
	});
});
