import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../../test/open-test-db.ts';
import type { DbHandle } from '../db/client.ts';
import { auditLog, capabilityLinks } from '../db/schema.ts';
import { createCapabilityLink, resolveCapabilityLink, revokeCapabilityLinks } from './capability.ts';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDb();
}, 60_000);
afterAll(async () => {
	await handle.close();
});

const SCOPE = 'training-request';

describe('capability links', () => {
	it('open exactly one record of one scope, and store only a hash', async () => {
		const recordId = randomUUID();
		const link = await createCapabilityLink(handle.db, { scope: SCOPE, recordId, createdBy: null });
		expect(link.token).toMatch(/^[\w-]{43}$/);
		expect(await resolveCapabilityLink(handle.db, SCOPE, link.token)).toBe(recordId);
		expect(await resolveCapabilityLink(handle.db, 'dialogue', link.token)).toBeNull();
		const [row] = await handle.db.select().from(capabilityLinks).where(eq(capabilityLinks.id, link.id));
		expect(JSON.stringify(row)).not.toContain(link.token);
	});

	it('answer null for malformed and unknown tokens alike', async () => {
		for (const token of [undefined, '', 'abc', 'x'.repeat(43), 42]) {
			expect(await resolveCapabilityLink(handle.db, SCOPE, token)).toBeNull();
		}
	});

	it('stop working when they expire', async () => {
		const expiresAt = new Date('2030-01-01T00:00:00Z');
		const link = await createCapabilityLink(handle.db, { scope: SCOPE, recordId: randomUUID(), createdBy: null, expiresAt });
		expect(await resolveCapabilityLink(handle.db, SCOPE, link.token, new Date('2029-12-31T23:59:00Z'))).not.toBeNull();
		expect(await resolveCapabilityLink(handle.db, SCOPE, link.token, expiresAt)).toBeNull();
	});

	it('can be revoked one by one or all at once for a record, with an audit entry each', async () => {
		const recordId = randomUUID();
		const [a, b, c] = await Promise.all(
			[1, 2, 3].map(() => createCapabilityLink(handle.db, { scope: SCOPE, recordId, createdBy: null }))
		);
		expect(await revokeCapabilityLinks(handle.db, { id: a!.id }, null)).toBe(1);
		expect(await resolveCapabilityLink(handle.db, SCOPE, a!.token)).toBeNull();
		expect(await resolveCapabilityLink(handle.db, SCOPE, b!.token)).toBe(recordId);
		expect(await revokeCapabilityLinks(handle.db, { scope: SCOPE, recordId }, null)).toBe(2);
		expect(await resolveCapabilityLink(handle.db, SCOPE, c!.token)).toBeNull();
		expect(await revokeCapabilityLinks(handle.db, { scope: SCOPE, recordId }, null)).toBe(0);
		const revoked = await handle.db.select().from(auditLog).where(eq(auditLog.action, 'capability.revoked'));
		expect(revoked.map((r) => r.targetId)).toEqual(expect.arrayContaining([a!.id, b!.id, c!.id]));
	});
});
