import { m } from '#lib/paraglide/messages.js';

/** A person-facing message for each problem code of the session forms. */
const problems: Record<string, () => string> = {
	'date-invalid': m.train_problem_date,
	'time-invalid': m.train_problem_time,
	'end-before-start': m.train_problem_end_before_start,
	'in-the-past': m.train_problem_in_the_past,
	'zone-invalid': m.train_problem_zone,
	choose: m.train_problem_choose,
	'address-needed': m.train_problem_address,
	'url-invalid': m.train_problem_url,
	'capacity-invalid': m.train_problem_capacity,
	'agenda-needed': m.train_problem_agenda,
	'facilitator-needed': m.train_problem_facilitator,
	'experiential-needed': m.train_problem_experiential,
	'facilitator-invalid': m.train_problem_facilitator_invalid,
	'request-closed': m.train_problem_request_closed,
	'reason-missing': m.train_problem_reason_missing,
	cancelled: m.train_problem_cancelled,
	'too-long': m.events_problem_too_long,
	unreadable: m.staff_problem_unreadable
};

export function sessionProblem(code: string): string {
	return (problems[code] ?? m.staff_problem_unreadable)();
}

const languages: Record<string, () => string> = {
	en: m.train_language_en,
	fr: m.train_language_fr,
	bilingual: m.train_language_bilingual
};

export const sessionLanguageName = (language: string) => (languages[language] ?? m.train_language_en)();

const statuses: Record<string, () => string> = {
	new: m.train_status_new,
	scheduled: m.train_status_scheduled,
	delivered: m.train_status_delivered,
	evaluated: m.train_status_evaluated,
	declined: m.train_status_declined
};

/** A request's status as staff read it (the organisation's own page words it for them). */
export const requestStatusName = (status: string) => (statuses[status] ?? m.train_status_new)();
