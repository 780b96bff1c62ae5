import { describe, expect, it } from 'vitest';
import { csvAllowed } from './csv-allowed.ts';

const answers = (pre: number, post: number) => [
	...Array.from({ length: pre }, () => ({ phase: 'pre' as const })),
	...Array.from({ length: post }, () => ({ phase: 'post' as const }))
];

describe('a facilitator’s download of a session’s answers', () => {
	it('is allowed once each questionnaire with answers has at least five', () => {
		expect(csvAllowed(answers(5, 5))).toBe(true);
		expect(csvAllowed(answers(6, 0))).toBe(true);
	});

	it('is withheld with no answers or with fewer than five to either questionnaire', () => {
		expect(csvAllowed([])).toBe(false);
		expect(csvAllowed(answers(5, 4))).toBe(false);
		expect(csvAllowed(answers(1, 1))).toBe(false);
	});
});
