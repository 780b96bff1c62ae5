import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { LOCALES, type Locale } from '../i18n/locales.ts';

const choiceKey = z.string().regex(/^[a-d]$/, 'choice keys are a, b, c or d');

const localizedQuestion = z.strictObject({
	prompt: z.string().trim().min(8).max(240),
	choices: z.record(choiceKey, z.string().trim().min(1).max(200)),
	explanation: z.string().trim().min(20).max(600)
});

const questionSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
	answer: choiceKey,
	sources: z.array(z.string()).min(1).max(4),
	readMore: z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'readMore is page-id#anchor'),
	en: localizedQuestion,
	fr: localizedQuestion
});

export type Question = z.infer<typeof questionSchema>;

/** One question as a reader sees it in one language. */
export interface LocalizedQuestion {
	id: string;
	answer: string;
	sources: string[];
	readMore: string;
	prompt: string;
	choices: Array<{ key: string; label: string }>;
	explanation: string;
}

export interface QuizCheck {
	hasSource(id: string): boolean;
	hasAnchor(pageId: string, anchor: string, locale: Locale): boolean;
}

/** Parse and validate the quiz file; throws listing every problem by question id. */
export function parseQuiz(text: string, check: QuizCheck): Question[] {
	const problems: string[] = [];
	let raw: unknown;
	try {
		raw = parseYaml(text);
	} catch (error) {
		throw new Error(`quiz/questions.yaml is not valid YAML: ${(error as Error).message}`, { cause: error });
	}
	const result = z.array(questionSchema).min(12, 'the quiz needs at least 12 questions').safeParse(raw);
	if (!result.success) {
		const list = result.error.issues.map((issue) => {
			const index = issue.path[0];
			const id = typeof index === 'number' ? ((raw as Array<{ id?: string }>)[index]?.id ?? `#${index + 1}`) : '';
			return `${id ? `question ${id}: ` : ''}${issue.path.slice(1).join('.') || '(root)'}: ${issue.message}`;
		});
		throw new Error(`quiz/questions.yaml: ${list.join('; ')}`);
	}
	const seen = new Set<string>();
	for (const q of result.data) {
		if (seen.has(q.id)) problems.push(`question ${q.id}: duplicate id`);
		seen.add(q.id);
		for (const source of q.sources)
			if (!check.hasSource(source)) problems.push(`question ${q.id}: unknown source id "${source}"`);
		const [pageId = '', anchor = ''] = q.readMore.split('#');
		for (const locale of LOCALES) {
			const keys = Object.keys(q[locale].choices).sort().join(',');
			if (keys !== Object.keys(q.en.choices).sort().join(','))
				problems.push(`question ${q.id}: choice keys differ between en and ${locale}`);
			if (!(q.answer in q[locale].choices)) problems.push(`question ${q.id}: answer "${q.answer}" is not a choice in ${locale}`);
			if (Object.keys(q[locale].choices).length < 2) problems.push(`question ${q.id}: needs at least two choices`);
			if (!check.hasAnchor(pageId, anchor, locale))
				problems.push(`question ${q.id}: readMore "${q.readMore}" is not a heading of a Learn page (${locale})`);
		}
	}
	if (problems.length > 0) throw new Error(`quiz/questions.yaml:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	return result.data;
}

/** The question in one language, choices in key order. */
export function localizeQuestion(question: Question, locale: Locale): LocalizedQuestion {
	const text = question[locale];
	return {
		id: question.id,
		answer: question.answer,
		sources: question.sources,
		readMore: question.readMore,
		prompt: text.prompt,
		explanation: text.explanation,
		choices: Object.entries(text.choices)
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([key, label]) => ({ key, label }))
	};
}
