import { m } from '#lib/paraglide/messages.js';

const kinds: Record<string, () => string> = {
	conference: m.events_kind_conference,
	forum: m.events_kind_forum,
	training: m.events_kind_training,
	workshop: m.events_kind_workshop
};

export const kindLabel = (kind: string) => (kinds[kind] ?? m.events_kind_forum)();

const problems: Record<string, () => string> = {
	closed: m.events_problem_closed,
	full: m.events_problem_full,
	'already-registered': m.events_problem_already,
	'not-found': m.events_problem_not_found,
	unreadable: m.events_problem_unreadable,
	'name-missing': m.events_problem_name,
	'email-invalid': m.events_problem_email,
	'too-long': m.events_problem_too_long
};

export const registrationProblem = (code: string) => (problems[code] ?? m.events_problem_unreadable)();
