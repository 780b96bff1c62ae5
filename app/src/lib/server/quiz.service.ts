import { sql } from 'drizzle-orm';
import type { Locale } from '../i18n/locales.ts';
import type { Database } from './db/client.ts';
import { quizAnswerCounts, quizSubmissionCounts } from './db/schema.ts';

/** How many people picked each choice, per question id. */
export type AnswerCounts = Record<string, Record<string, number>>;

/**
 * Add one submission to the anonymous totals. Only counters change: nothing identifies the
 * visitor, and no row records when it happened.
 */
export async function recordQuizSubmission(db: Database, locale: Locale, answers: Record<string, string>): Promise<void> {
	const rows = Object.entries(answers).map(([questionId, choice]) => ({ questionId, choice, count: 1 }));
	await db.transaction(async (tx) => {
		if (rows.length > 0) {
			await tx
				.insert(quizAnswerCounts)
				.values(rows)
				.onConflictDoUpdate({
					target: [quizAnswerCounts.questionId, quizAnswerCounts.choice],
					set: { count: sql`${quizAnswerCounts.count} + 1` }
				});
		}
		await tx
			.insert(quizSubmissionCounts)
			.values({ locale, count: 1 })
			.onConflictDoUpdate({ target: quizSubmissionCounts.locale, set: { count: sql`${quizSubmissionCounts.count} + 1` } });
	});
}

/** The totals for every question. */
export async function getAnswerCounts(db: Database): Promise<AnswerCounts> {
	const rows = await db.select().from(quizAnswerCounts);
	const counts: AnswerCounts = {};
	for (const row of rows) (counts[row.questionId] ??= {})[row.choice] = row.count;
	return counts;
}
