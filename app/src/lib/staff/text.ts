import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '#lib/i18n/locales.ts';

type Role = 'admin' | 'coordinator' | 'facilitator';

/** A role's name in a language. */
export function roleName(role: Role, locale?: Locale): string {
	const options = locale ? { locale } : undefined;
	if (role === 'admin') return m.staff_role_admin({}, options);
	if (role === 'coordinator') return m.staff_role_coordinator({}, options);
	return m.staff_role_facilitator({}, options);
}

/** "28 November 2026, 14:05 UTC" / "28 novembre 2026, 14 h 05 UTC". */
export function formatDateTime(date: Date, locale: Locale): string {
	return (
		new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {
			dateStyle: 'long',
			timeStyle: 'short',
			timeZone: 'UTC'
		}).format(date) + ' UTC'
	);
}

/** A person-facing message for each reason an accounts action was refused. */
const problems: Record<string, () => string> = {
	'invalid-email': m.staff_problem_invalid_email,
	'invalid-name': m.staff_problem_invalid_name,
	'invalid-role': m.staff_problem_invalid_role,
	'email-taken': m.staff_problem_email_taken,
	'invalid-link': m.staff_problem_invalid_link,
	'too-short': m.staff_problem_too_short,
	'too-long': m.staff_problem_too_long,
	'not-found': m.staff_problem_not_found,
	'last-admin': m.staff_problem_last_admin,
	self: m.staff_problem_self,
	'wrong-password': m.staff_problem_wrong_password,
	throttled: m.staff_problem_throttled_account,
	invalid: m.staff_problem_sign_in_invalid,
	missing: m.staff_problem_missing,
	unreadable: m.staff_problem_unreadable
};

export function staffProblem(code: string): string {
	return (problems[code] ?? m.staff_problem_unreadable)();
}

/** The audit log's actions in words. */
const actions: Record<string, () => string> = {
	'staff.setup-link': m.staff_audit_setup_link,
	'staff.admin-created': m.staff_audit_admin_created,
	'staff.invited': m.staff_audit_invited,
	'staff.invitation-revoked': m.staff_audit_invitation_revoked,
	'staff.joined': m.staff_audit_joined,
	'staff.role-changed': m.staff_audit_role_changed,
	'staff.deactivated': m.staff_audit_deactivated,
	'staff.reactivated': m.staff_audit_reactivated,
	'staff.password-changed': m.staff_audit_password_changed,
	'staff.password-reset-requested': m.staff_audit_password_reset_requested,
	'staff.password-reset': m.staff_audit_password_reset,
	'capability.created': m.staff_audit_capability_created,
	'capability.revoked': m.staff_audit_capability_revoked,
	'request.moved': m.train_audit_request_moved,
	'session.scheduled': m.train_audit_session_scheduled,
	'session.updated': m.train_audit_session_updated,
	'session.cancelled': m.train_audit_session_cancelled,
	'registration.erased': m.train_audit_registration_erased,
	'evaluation.session-created': m.eval_audit_session_created,
	'evaluation.questionnaire-opened': m.eval_audit_opened,
	'evaluation.questionnaire-closed': m.eval_audit_closed,
	'evaluation.instrument-saved': m.eval_audit_instrument_saved,
	'evaluation.imported': m.eval_audit_imported
};

export function auditActionName(action: string): string {
	return actions[action]?.() ?? action;
}
