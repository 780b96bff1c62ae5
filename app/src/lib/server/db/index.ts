import { resolve } from 'node:path';
import { openDb, type Database, type DbHandle } from './client.ts';

let handle: Promise<DbHandle> | undefined;

/** Where the embedded database lives: DATA_DIR/pglite, default data/pglite at the repository root. */
export function pgliteDirFor(dataDir: string | undefined): string {
	return resolve(dataDir ?? resolve(process.cwd(), 'data'), 'pglite');
}

/**
 * The migrations shipped with the app. The production server (server/index.ts) sets the absolute
 * path; under `vite dev` the working directory is app/.
 */
export function migrationsFolder(): string {
	return process.env['UNCONFLATE_MIGRATIONS'] ?? resolve(process.cwd(), 'drizzle');
}

/** Open and migrate the database once per process. */
export function startDb(options: { databaseUrl?: string; dataDir?: string; migrations: string }): Promise<DbHandle> {
	handle ??= (async () => {
		const db = await openDb(
			options.databaseUrl ? { databaseUrl: options.databaseUrl } : { pgliteDir: pgliteDirFor(options.dataDir) }
		);
		await db.migrate(options.migrations);
		return db;
	})();
	return handle;
}

/** The open database; the server's init hook opens it before the first request. */
export async function getDb(): Promise<Database> {
	if (!handle) throw new Error('The database is not open yet: startDb() runs in the init hook.');
	return (await handle).db;
}

export async function closeDb(): Promise<void> {
	const current = handle;
	handle = undefined;
	if (current) await (await current).close();
}
