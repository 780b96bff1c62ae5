import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { localizeQuestion, parseQuiz, type Question } from './questions.ts';
import { parseSubmission, QuizSubmissionError, scoreQuiz } from './score.ts';

const question = (id: string, answer = 'b'): Question => ({
	id,
	answer,
	sources: ['known-source'],
	readMore: `page-${id}#section`,
	en: {
		prompt: `Question ${id}, in English?`,
		choices: { a: 'One', b: 'Two' },
		explanation: 'Because the source says so, plainly.'
	},
	fr: {
		prompt: `Question ${id}, en français?`,
		choices: { a: 'Un', b: 'Deux' },
		explanation: 'Parce que la source le dit, clairement.'
	}
});
const twelve = Array.from({ length: 12 }, (_, i) => question(`q${i + 1}`));
const check = { hasSource: (id: string) => id === 'known-source', hasAnchor: () => true };

describe('parseQuiz', () => {
	it('accepts a valid quiz', () => {
		expect(parseQuiz(stringify(twelve), check)).toHaveLength(12);
	});

	it('names the question and the problem', () => {
		const bad = [...twelve.slice(1), { ...question('q1', 'c'), sources: ['nope'] }];
		expect(() => parseQuiz(stringify(bad), check)).toThrow(
			/question q1: unknown source id "nope"[\s\S]*question q1: answer "c" is not a choice in en/
		);
		expect(() => parseQuiz(stringify(twelve.slice(0, 3)), check)).toThrow(/at least 12 questions/);
		expect(() => parseQuiz('- [unclosed', check)).toThrow(/not valid YAML/);
		expect(() => parseQuiz(stringify(twelve), { ...check, hasAnchor: () => false })).toThrow(
			/readMore "page-q1#section" is not a heading/
		);
	});

	it('gives choices in key order in the reader language', () => {
		expect(localizeQuestion(question('q1'), 'fr').choices).toEqual([
			{ key: 'a', label: 'Un' },
			{ key: 'b', label: 'Deux' }
		]);
	});
});

describe('parseSubmission', () => {
	const submit = (entries: Array<[string, string]>) => parseSubmission(entries, twelve);

	it('reads answered questions and ignores other fields', () => {
		expect(
			submit([
				['q-q1', 'a'],
				['q-q2', 'b'],
				['other', 'x']
			])
		).toEqual({ q1: 'a', q2: 'b' });
	});

	it.each([
		[[], 'empty'],
		[[['q-nope', 'a']], 'unknown-question'],
		[[['q-q1', 'z']], 'unknown-choice'],
		[[['q-q1', 'c']], 'unknown-choice'],
		[
			[
				['q-q1', 'a'],
				['q-q1', 'b']
			],
			'repeated'
		]
	] as Array<[Array<[string, string]>, string]>)('refuses %j as %s', (entries, problem) => {
		expect(() => submit(entries)).toThrow(QuizSubmissionError);
		try {
			submit(entries);
		} catch (error) {
			expect((error as QuizSubmissionError).problem).toBe(problem);
		}
	});
});

describe('scoreQuiz', () => {
	it('counts right answers and lists sections to read for the rest, once each', () => {
		const questions = [question('q1'), question('q2'), { ...question('q3'), readMore: 'page-q1#section' }];
		const result = scoreQuiz(questions, { q1: 'b', q2: 'a' });
		expect(result).toMatchObject({ correct: 1, answered: 2, total: 3 });
		expect(result.results.map((r) => r.correct)).toEqual([true, false, false]);
		expect(result.toRead).toEqual(['page-q2#section', 'page-q1#section']);
	});
});
