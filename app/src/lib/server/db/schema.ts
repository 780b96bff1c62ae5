import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * How often each quiz choice was picked. Counts only: no visitor, session, time or address is
 * stored, so no answer can be traced back to a person (DESIGN.md, privacy).
 */
export const quizAnswerCounts = pgTable(
	'quiz_answer_counts',
	{
		questionId: text('question_id').notNull(),
		choice: text('choice').notNull(),
		count: integer('count').notNull().default(0)
	},
	(table) => [primaryKey({ columns: [table.questionId, table.choice] })]
);

/** How many complete quiz submissions there were, per language: a single counter row each,
 * with no time stamp. */
export const quizSubmissionCounts = pgTable('quiz_submission_counts', {
	locale: text('locale').primaryKey(),
	count: integer('count').notNull().default(0)
});
