import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.ts';

describe('CSV export', () => {
	it('quotes fields with commas, quotes and line breaks, and leaves plain ones alone', () => {
		expect(csvField('Rin')).toBe('Rin');
		expect(csvField('Smith, Jo')).toBe('"Smith, Jo"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('line one\nline two')).toBe('"line one\nline two"');
		expect(csvField(null)).toBe('');
		expect(csvField(12)).toBe('12');
	});

	it('defuses cells a spreadsheet would run as formulas', () => {
		expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvField('+1 555')).toBe("'+1 555");
		expect(csvField('-2')).toBe("'-2");
		expect(csvField('@me')).toBe("'@me");
	});

	it('writes a byte-order mark, a header and CRLF-separated records', () => {
		expect(toCsv(['name', 'needs'], [['Rin', 'step-free, quiet room']])).toBe(
			'\uFEFFname,needs\r\nRin,"step-free, quiet room"\r\n'
		);
	});

	it('quotes and defuses inside whole rows, keeping empty cells', () => {
		expect(
			toCsv(
				['title', 'owner'],
				[
					['Lights, "bright"', '=HYPERLINK("x")'],
					['two\nlines', undefined]
				]
			)
		).toBe('\uFEFFtitle,owner\r\n"Lights, ""bright""","\'=HYPERLINK(""x"")"\r\n"two\nlines",\r\n');
	});
});
