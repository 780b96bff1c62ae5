import { describe, expect, it } from 'vitest';
import { checkText } from './analysis.ts';
import { EXAMPLES } from './examples.ts';

// The page promises what each example shows; these keep the promise true as the rules change.
const verdictOf = (id: string) => {
	const example = EXAMPLES.find((e) => e.id === id);
	if (!example) throw new Error(`no example ${id}`);
	return checkText(example.text, example.syntax, 'en').result;
};

describe('the examples on the Check page', () => {
	it('has a passage that conflates in several ways', () => {
		const result = verdictOf('news');
		expect(result.verdict).toBe('conflates');
		expect(Object.values(result.categories).filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
	});

	it('has a city announcement that conflates', () => {
		expect(verdictOf('policy').verdict).toBe('conflates');
	});

	it('has a careful text that stays clear and shows strengths', () => {
		const result = verdictOf('careful');
		expect(result.verdict).toBe('clear');
		expect(result.findings).toEqual([]);
		expect(result.strengths.length).toBeGreaterThan(0);
	});

	it('has a critique that quotes conflation and stays clear', () => {
		const result = verdictOf('critique');
		expect(result.verdict).toBe('clear');
		expect(result.findings).toEqual([]);
	});
});
