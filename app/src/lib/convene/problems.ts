import { m } from '#lib/paraglide/messages.js';

/** A staff-facing message for each reason a Convene form was refused (codes from the forms and services). */
const problems: Record<string, () => string> = {
	unreadable: m.convene_problem_unreadable,
	'question-missing': m.convene_problem_question_missing,
	'too-long': m.convene_problem_too_long,
	'group-too-long': m.convene_problem_group_too_long,
	'too-many-groups': m.convene_problem_too_many_groups,
	'min-group-size': m.convene_problem_min_group_size,
	'min-votes': m.convene_problem_min_votes,
	'seed-missing': m.convene_problem_seed_missing,
	'seed-too-short': m.convene_problem_seed_too_short,
	'seed-too-long': m.convene_problem_seed_too_long,
	'too-many-seeds': m.convene_problem_too_many_seeds,
	'statement-not-found': m.convene_problem_statement_not_found,
	'title-missing': m.convene_problem_title_missing,
	'due-invalid': m.convene_problem_due_invalid,
	'action-not-found': m.convene_problem_action_not_found,
	kind: m.convene_problem_kind,
	slug: m.convene_problem_slug,
	'slug-taken': m.convene_problem_slug_taken,
	'time-zone': m.convene_problem_time_zone,
	'online-url': m.convene_problem_online_url,
	capacity: m.convene_problem_capacity,
	time: m.convene_problem_time,
	'ends-before': m.convene_problem_ends_before,
	'name-missing': m.convene_problem_name_missing,
	money: m.convene_problem_money,
	date: m.convene_problem_date,
	'not-draft': m.convene_problem_not_draft,
	'confirm-cancel': m.convene_problem_confirm_cancel,
	'not-found': m.convene_problem_not_found
};

export function conveneProblem(code: string): string {
	return (problems[code] ?? m.convene_problem_unreadable)();
}
