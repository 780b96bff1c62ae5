import { analyze } from '@unconflate/analyzer';
import { describe, expect, it } from 'vitest';
import { checkText } from './analysis.ts';
import { applySuggestion, matchCase } from './working-copy.ts';

// Three lines, so that lines and columns are exercised; every line has a finding with wording.
const TEXT = [
	'Prostitutes and their clients met in the park.',
	'The johns left before the police arrived, and the prostitutes stayed.',
	'A hooker was fined.'
].join('\n');

const indexOf = (checked: ReturnType<typeof checkText>, rule: string, nth = 0) =>
	checked.result.findings.map((f, i) => [f.rule, i] as const).filter(([r]) => r === rule)[nth]?.[1] ?? -1;

describe('accepting a suggestion in the working copy', () => {
	it('replaces the words the finding points at, capitalised like them', () => {
		const checked = checkText(TEXT, 'text', 'en');
		const first = indexOf(checked, 'prostitute-for-adults');
		expect(checked.text.slice(checked.result.findings[first]?.start, checked.result.findings[first]?.end)).toBe('Prostitutes');
		const edited = applySuggestion(checked, first, 'sex workers');
		expect(edited.text.startsWith('Sex workers and their clients met in the park.\n')).toBe(true);
		expect(edited.edits).toBe(1);
		expect(edited.result.findings).toHaveLength(checked.result.findings.length - 1);
	});

	it('moves the later findings by the change in length, so that they point at the same words', () => {
		const checked = checkText(TEXT, 'text', 'en');
		const edited = applySuggestion(checked, indexOf(checked, 'prostitute-for-adults'), 'people who sell sexual services');
		const before = checked.result.findings.filter((_, i) => i !== indexOf(checked, 'prostitute-for-adults'));
		expect(edited.result.findings.map((f) => edited.text.slice(f.start, f.end))).toEqual(
			before.map((f) => checked.text.slice(f.start, f.end))
		);
		// Same line, later column: the second line's findings keep their columns; the first line had only this one.
		const delta = 'People who sell sexual services'.length - 'Prostitutes'.length;
		expect(edited.result.findings[0]?.start).toBe((before[0]?.start ?? 0) + delta);
	});

	it('gives the moved findings the lines and columns a fresh check of the new text gives', () => {
		const checked = checkText(TEXT, 'text', 'en');
		// A change on the second line moves the rest of that line (columns) and the third line (offsets).
		const edited = applySuggestion(checked, indexOf(checked, 'client-slang'), 'clients');
		const fresh = analyze(edited.text, { locale: 'en' }).findings;
		expect(edited.result.findings.length).toBeGreaterThan(1);
		for (const finding of edited.result.findings) {
			const same = fresh.find((f) => f.rule === finding.rule && f.start === finding.start && f.end === finding.end);
			expect(same, `${finding.rule} at ${finding.start}`).toBeDefined();
			expect([finding.line, finding.column, finding.endLine, finding.endColumn]).toEqual([
				same?.line,
				same?.column,
				same?.endLine,
				same?.endColumn
			]);
		}
	});

	it('leaves the findings before the edit untouched', () => {
		const checked = checkText(TEXT, 'text', 'en');
		const last = checked.result.findings.length - 1;
		const edited = applySuggestion(checked, last, 'sex worker');
		expect(edited.result.findings).toEqual(checked.result.findings.slice(0, last));
	});

	it('drops findings that overlapped the replaced words, since they no longer apply', () => {
		const text = 'Police raided a brothel and rescued 12 women from prostitution.';
		const checked = checkText(text, 'text', 'en');
		const rules = checked.result.findings.map((f) => f.rule);
		expect(rules).toEqual(expect.arrayContaining(['raid-framed-as-rescue', 'rescue-from-sex-work']));
		const edited = applySuggestion(checked, rules.indexOf('raid-framed-as-rescue'), 'supported');
		expect(edited.text).toContain('and supported 12 women');
		expect(edited.result.findings.map((f) => f.rule)).not.toContain('rescue-from-sex-work');
	});

	it('keeps the verdict and score of the last check until the text is checked again', () => {
		const checked = checkText(TEXT, 'text', 'en');
		const edited = applySuggestion(applySuggestion(checked, 0, 'sex workers'), 0, 'clients');
		expect(edited.edits).toBe(2);
		expect(edited.result.score).toBe(checked.result.score);
		expect(edited.result.categories).toEqual(checked.result.categories);
	});

	it('refuses a finding that is not in the result', () => {
		const checked = checkText(TEXT, 'text', 'en');
		expect(() => applySuggestion(checked, checked.result.findings.length, 'x')).toThrow(RangeError);
	});
});

describe('matching the case of the replaced words', () => {
	it('capitalises after a capital and leaves lower case alone', () => {
		expect(matchCase('Johns', 'clients')).toBe('Clients');
		expect(matchCase('johns', 'clients')).toBe('clients');
		expect(matchCase('johns', 'CSAM')).toBe('CSAM');
		expect(matchCase('«Hooker»', 'sex worker')).toBe('sex worker');
	});
});
