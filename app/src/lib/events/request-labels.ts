import { m } from '#lib/paraglide/messages.js';

const sectors: Record<string, () => string> = {
	health: m.request_sector_health,
	housing: m.request_sector_housing,
	police: m.request_sector_police,
	government: m.request_sector_government,
	business: m.request_sector_business,
	community: m.request_sector_community,
	other: m.request_sector_other
};
export const sectorLabel = (sector: string) => (sectors[sector] ?? m.request_sector_other)();

const formats: Record<string, () => string> = {
	'on-site': m.request_format_on_site,
	online: m.request_format_online,
	either: m.request_format_either
};
export const formatLabel = (format: string) => (formats[format] ?? m.request_format_either)();

const statuses: Record<string, () => string> = {
	new: m.request_status_new,
	scheduled: m.request_status_scheduled,
	delivered: m.request_status_delivered,
	evaluated: m.request_status_evaluated,
	declined: m.request_status_declined
};
export const statusLabel = (status: string) => (statuses[status] ?? m.request_status_new)();

const problems: Record<string, () => string> = {
	required: m.request_problem_required,
	'too-long': m.events_problem_too_long,
	'email-invalid': m.events_problem_email,
	choose: m.request_problem_choose,
	number: m.request_problem_number,
	'address-needed': m.request_problem_address,
	unreadable: m.events_problem_unreadable
};
export const requestProblem = (code: string) => (problems[code] ?? m.events_problem_unreadable)();
