import { z } from 'zod';
import type { Question } from './questions.ts';

/** The outcome of one answered question. */
export interface QuestionResult {
	id: string;
	chosen: string | null;
	correct: boolean;
}

export interface QuizResult {
	results: QuestionResult[];
	answered: number;
	correct: number;
	total: number;
	/** Sections to read (page-id#anchor), from the questions missed or skipped, without repeats. */
	toRead: string[];
}

/** Why a submission was refused; the page words it in the reader's language. */
export type QuizSubmissionProblem = 'empty' | 'unknown-question' | 'unknown-choice' | 'repeated';

/** A submission could not be read: `problem` says why, the message names the field. */
export class QuizSubmissionError extends Error {
	override name = 'QuizSubmissionError';
	readonly problem: QuizSubmissionProblem;

	constructor(problem: QuizSubmissionProblem, message: string) {
		super(message);
		this.problem = problem;
	}
}

/**
 * Read a submitted form: fields `q-<question id>` with a choice key. Skipped questions are
 * allowed; unknown questions, unknown choices, repeated fields and an empty form are not.
 */
export function parseSubmission(
	form: Iterable<[string, FormDataEntryValue]>,
	questions: readonly Question[]
): Record<string, string> {
	const byId = new Map(questions.map((q) => [q.id, q]));
	const answers: Record<string, string> = {};
	for (const [name, value] of form) {
		if (!name.startsWith('q-')) continue;
		const id = name.slice(2);
		const question = byId.get(id);
		if (!question) throw new QuizSubmissionError('unknown-question', `unknown question "${id.slice(0, 60)}"`);
		const choice = z
			.string()
			.regex(/^[a-d]$/)
			.safeParse(value);
		if (!choice.success || !(choice.data in question.en.choices)) {
			throw new QuizSubmissionError('unknown-choice', `question "${id}" has no choice "${String(value).slice(0, 20)}"`);
		}
		if (id in answers) throw new QuizSubmissionError('repeated', `question "${id}" was answered twice`);
		answers[id] = choice.data;
	}
	if (Object.keys(answers).length === 0) throw new QuizSubmissionError('empty', 'no question was answered');
	return answers;
}

/** Mark the answers against the key. */
export function scoreQuiz(questions: readonly Question[], answers: Readonly<Record<string, string>>): QuizResult {
	const results = questions.map((q) => {
		const chosen = answers[q.id] ?? null;
		return { id: q.id, chosen, correct: chosen === q.answer };
	});
	const toRead = [...new Set(questions.filter((_, i) => !results[i]?.correct).map((q) => q.readMore))];
	return {
		results,
		answered: results.filter((r) => r.chosen !== null).length,
		correct: results.filter((r) => r.correct).length,
		total: questions.length,
		toRead
	};
}
