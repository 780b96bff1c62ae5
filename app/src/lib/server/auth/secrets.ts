import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { appSecrets } from '../db/schema.ts';

/** AUTH_SECRET must be long enough to resist guessing: 32 characters or more. */
export const SECRET_MIN = 32;

/**
 * The server's secret: it signs session cookies and keys the hashes of client addresses. From
 * AUTH_SECRET when set (recommended in production, so the database alone never holds it);
 * otherwise generated once and kept in the database, so the embedded default needs no setup and
 * every process on one PostgreSQL database shares it.
 */
export async function serverSecret(db: Database, configured: string | undefined): Promise<string> {
	if (configured !== undefined && configured !== '') {
		if (configured.length < SECRET_MIN) throw new Error(`AUTH_SECRET must be at least ${SECRET_MIN} characters long`);
		return configured;
	}
	await db
		.insert(appSecrets)
		.values({ name: 'auth', value: randomBytes(32).toString('base64url') })
		.onConflictDoNothing();
	const [row] = await db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, 'auth'));
	if (!row) throw new Error('The auth secret could not be stored');
	return row.value;
}
