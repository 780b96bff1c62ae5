import { m } from '#lib/paraglide/messages.js';

/** A participant-facing message for each reason a dialogue action was refused. */
const problems: Record<string, () => string> = {
	unreadable: m.dialogue_problem_unreadable,
	closed: m.dialogue_problem_closed,
	'not-joined': m.dialogue_problem_not_joined,
	'not-found': m.dialogue_problem_not_found,
	'statements-off': m.dialogue_problem_statements_off,
	'too-short': m.dialogue_problem_too_short,
	'too-long': m.dialogue_problem_too_long,
	duplicate: m.dialogue_problem_duplicate,
	'unknown-group': m.dialogue_problem_unknown_group
};

export function dialogueProblem(code: string): string {
	return (problems[code] ?? m.dialogue_problem_unreadable)();
}
