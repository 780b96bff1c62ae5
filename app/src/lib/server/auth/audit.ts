import { desc, eq, lt } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { auditLog, staffUsers } from '../db/schema.ts';

/** What can happen, for the audit log (the admin page translates each). */
export const AUDIT_ACTIONS = [
	'staff.setup-link',
	'staff.admin-created',
	'staff.invited',
	'staff.invitation-revoked',
	'staff.joined',
	'staff.role-changed',
	'staff.deactivated',
	'staff.reactivated',
	'staff.password-changed',
	'staff.password-reset-requested',
	'staff.password-reset',
	'capability.created',
	'capability.revoked',
	'request.moved',
	'session.scheduled',
	'session.updated',
	'session.cancelled',
	'registration.erased',
	'evaluation.session-created',
	'evaluation.questionnaire-opened',
	'evaluation.questionnaire-closed',
	'evaluation.instrument-saved',
	'evaluation.imported'
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditDetails = Record<string, string | number | boolean | null>;

export interface AuditEntry {
	/** The staff member who acted; null for the system (the setup link, the command line). */
	actorId: string | null;
	action: AuditAction;
	targetType: 'staff' | 'invitation' | 'capability' | 'request' | 'session' | 'evaluation-session' | 'instrument';
	targetId: string | null;
	details?: AuditDetails;
}

// Never a secret in the log: a detail whose name looks like one is a programming error.
const SECRET_NAME = /pass|token|secret|hash|cookie|session/i;

export class AuditSecretError extends Error {}

export async function recordAudit(db: Database, entry: AuditEntry, at: Date = new Date()): Promise<void> {
	const details = entry.details ?? {};
	const secret = Object.keys(details).find((key) => SECRET_NAME.test(key));
	if (secret) throw new AuditSecretError(`The audit log never stores secrets (detail "${secret}")`);
	await db.insert(auditLog).values({ ...entry, details, at });
}

export interface AuditRow {
	id: number;
	at: Date;
	action: string;
	actorId: string | null;
	actorName: string | null;
	targetType: string;
	targetId: string | null;
	details: AuditDetails;
}

/** The newest entries first; `before` pages back by id. */
export async function auditEntries(
	db: Database,
	{ limit = 50, before }: { limit?: number; before?: number } = {}
): Promise<AuditRow[]> {
	return db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			action: auditLog.action,
			actorId: auditLog.actorId,
			actorName: staffUsers.name,
			targetType: auditLog.targetType,
			targetId: auditLog.targetId,
			details: auditLog.details
		})
		.from(auditLog)
		.leftJoin(staffUsers, eq(staffUsers.id, auditLog.actorId))
		.where(before === undefined ? undefined : lt(auditLog.id, before))
		.orderBy(desc(auditLog.id))
		.limit(limit);
}
