import { analyze } from '@unconflate/analyzer';
import { describe, expect, test } from 'vitest';
import { SAMPLES } from './helpers.ts';

// The CLI scenarios assume these verdicts; the analyzer is tuned over time, so say so plainly
// here when a sample stops fitting, instead of failing a dozen CLI tests obscurely.
describe('sample texts', () => {
	test('the conflating sample conflates', () => {
		expect(analyze(SAMPLES.conflating).verdict).toBe('conflates');
	});

	test('the clean sample is clear without findings', () => {
		const result = analyze(SAMPLES.clean);
		expect(result.verdict).toBe('clear');
		expect(result.findings).toEqual([]);
	});

	test('the sample with a finding is clear but has a warning', () => {
		const result = analyze(SAMPLES.clearWithFinding);
		expect(result.verdict).toBe('clear');
		expect(result.findings.map((f) => f.severity)).toContain('warning');
		expect(result.findings.map((f) => f.severity)).not.toContain('error');
	});

	test('the sample with suggestions has findings with suggestions in English and in French', () => {
		const suggestions = (locale: 'en' | 'fr') =>
			analyze(SAMPLES.withSuggestions, { locale }).findings.flatMap((f) => f.suggestions);
		expect(suggestions('en').length).toBeGreaterThan(0);
		expect(suggestions('fr')).not.toEqual(suggestions('en'));
	});

	test('the sample with an error is clear but has an error-severity finding', () => {
		const result = analyze(SAMPLES.clearWithError);
		expect(result.verdict).toBe('clear');
		expect(result.findings.map((f) => f.severity)).toContain('error');
	});
});
