import { fail } from '@sveltejs/kit';
import { findSource } from '@unconflate/knowledge';
import type { Locale } from '#lib/i18n/locales.ts';
import { localizeQuestion } from '#lib/quiz/questions.ts';
import { parseSubmission, QuizSubmissionError, scoreQuiz } from '#lib/quiz/score.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { findPage, questions } from '#lib/server/content.ts';
import { getDb } from '#lib/server/db/index.ts';
import { getAnswerCounts, recordQuizSubmission } from '#lib/server/quiz.service.ts';
import type { Actions, PageServerLoad } from './$types';

/** "what-is-trafficking#elements" → the page and section titles, for "read more" links. */
function describeSection(target: string, locale: Locale) {
	const [pageId = '', anchor = ''] = target.split('#');
	const page = findPage('learn', pageId, locale);
	return { target, page: page?.title ?? pageId, section: page?.headings.find((h) => h.id === anchor)?.text ?? anchor };
}

export const load: PageServerLoad = async ({ parent }) => {
	const { locale } = await parent();
	const lang = locale as Locale;
	const sourceIds = [...new Set(questions.flatMap((q) => q.sources))];
	return {
		questions: questions.map((q) => localizeQuestion(q, lang)),
		sources: Object.fromEntries(
			sourceIds.map((id) => {
				const s = findSource(id);
				return [id, { label: s ? `${s.authors ?? s.publisher} (${s.year})` : id, url: s?.url ?? '' }];
			})
		),
		sections: Object.fromEntries(questions.map((q) => [q.readMore, describeSection(q.readMore, lang)]))
	};
};

export const actions: Actions = {
	default: async ({ request }) => {
		let form: FormData;
		try {
			form = await request.formData();
		} catch {
			return fail(400, { problem: 'unreadable' as const });
		}
		let answers: Record<string, string>;
		try {
			answers = parseSubmission(form, questions);
		} catch (error) {
			if (error instanceof QuizSubmissionError) return fail(400, { problem: error.problem });
			throw error;
		}
		const locale = getLocale() as Locale;
		const db = await getDb();
		await recordQuizSubmission(db, locale, answers);
		return { answers, result: scoreQuiz(questions, answers), counts: await getAnswerCounts(db) };
	}
};
