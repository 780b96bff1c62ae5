import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { capabilityLinks } from '../db/schema.ts';
import { recordAudit } from './audit.ts';
import { hashToken, isTokenShaped, newToken } from './tokens.ts';

/**
 * Capability links: a private, unguessable link that lets someone without an account (an
 * organisation's contact) reach exactly one record, e.g. their training request. The token is
 * 256 random bits; only its hash is stored; it is bound to a scope and a record id, so it opens
 * nothing else; it can expire and be revoked (one link, or every link of a record).
 * https://www.w3.org/TR/capability-urls/
 */
export interface CapabilityLink {
	id: string;
	/** The secret for the URL; shown once, never stored. */
	token: string;
}

export interface NewCapability {
	/** The kind of record, e.g. `training-request`. */
	scope: string;
	recordId: string;
	/** The staff member who made it, for the audit log; null for the system (a public form). */
	createdBy: string | null;
	expiresAt?: Date | null;
}

export async function createCapabilityLink(db: Database, input: NewCapability): Promise<CapabilityLink> {
	const token = newToken();
	const [row] = await db
		.insert(capabilityLinks)
		.values({
			scope: input.scope,
			recordId: input.recordId,
			tokenHash: hashToken(token),
			createdBy: input.createdBy,
			expiresAt: input.expiresAt ?? null
		})
		.returning({ id: capabilityLinks.id });
	if (!row) throw new Error('capability link not stored');
	await recordAudit(db, {
		actorId: input.createdBy,
		action: 'capability.created',
		targetType: 'capability',
		targetId: row.id,
		details: { scope: input.scope, record: input.recordId }
	});
	return { id: row.id, token };
}

/**
 * The record a token opens within a scope, or null when the token is malformed, unknown, for
 * another scope, expired or revoked (one answer for all, so a probe learns nothing).
 */
export async function resolveCapabilityLink(
	db: Database,
	scope: string,
	token: unknown,
	now: Date = new Date()
): Promise<string | null> {
	if (!isTokenShaped(token)) return null;
	const [row] = await db
		.select({ recordId: capabilityLinks.recordId })
		.from(capabilityLinks)
		.where(
			and(
				eq(capabilityLinks.tokenHash, hashToken(token)),
				eq(capabilityLinks.scope, scope),
				isNull(capabilityLinks.revokedAt),
				or(isNull(capabilityLinks.expiresAt), gt(capabilityLinks.expiresAt, now))
			)
		);
	return row?.recordId ?? null;
}

/** Revoke one link (by id), or every link of a record when `recordId` is given instead. */
export async function revokeCapabilityLinks(
	db: Database,
	target: { id: string } | { scope: string; recordId: string },
	actorId: string | null,
	now: Date = new Date()
): Promise<number> {
	const where =
		'id' in target
			? and(eq(capabilityLinks.id, target.id), isNull(capabilityLinks.revokedAt))
			: and(
					eq(capabilityLinks.scope, target.scope),
					eq(capabilityLinks.recordId, target.recordId),
					isNull(capabilityLinks.revokedAt)
				);
	const rows = await db.update(capabilityLinks).set({ revokedAt: now }).where(where).returning({ id: capabilityLinks.id });
	for (const row of rows) {
		await recordAudit(db, { actorId, action: 'capability.revoked', targetType: 'capability', targetId: row.id });
	}
	return rows.length;
}
