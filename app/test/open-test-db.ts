import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { openDb, type DbHandle } from '../src/lib/server/db/client.ts';

const migrations = fileURLToPath(new URL('../drizzle', import.meta.url));

/**
 * A migrated database for one test file: the run's PostgreSQL database when CI provides one
 * (tables emptied first), otherwise a fresh in-memory PGlite.
 */
export async function openTestDb(): Promise<DbHandle> {
	const url = inject('testDatabaseUrl');
	const db = await openDb(url ? { databaseUrl: url } : { pgliteDir: 'memory://' });
	await db.migrate(migrations);
	return db;
}
