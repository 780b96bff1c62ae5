import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import * as schema from './schema.ts';
import { acquireLock, type Lock } from './lock.ts';

/** Either driver's database: both share PostgreSQL's query builder. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
	kind: 'pglite' | 'postgres';
	db: Database;
	/** Apply every migration in `folder` that has not been applied yet. */
	migrate(folder: string): Promise<void>;
	close(): Promise<void>;
}

export interface DbOptions {
	/** A PostgreSQL connection string; when set, the embedded database is not used. */
	databaseUrl?: string;
	/** Folder of the embedded PGlite database; `memory://` for a throw-away one. */
	pgliteDir?: string;
}

/**
 * Open the database: PostgreSQL when a URL is given, else PGlite. A PGlite folder is opened by
 * one process at a time: the lock makes a second opener fail with a clear message instead of
 * corrupting the files.
 */
export async function openDb({ databaseUrl, pgliteDir = 'memory://' }: DbOptions): Promise<DbHandle> {
	if (databaseUrl) {
		const client = postgres(databaseUrl, { max: 10, onnotice: () => {} });
		const db = drizzlePostgres(client, { schema });
		return {
			kind: 'postgres',
			db,
			migrate: (folder) => migratePostgres(db, { migrationsFolder: folder }),
			close: () => client.end({ timeout: 5 })
		};
	}
	let lock: Lock | undefined;
	if (!pgliteDir.startsWith('memory://')) {
		mkdirSync(pgliteDir, { recursive: true });
		lock = acquireLock(pgliteDir);
	}
	try {
		const client = await PGlite.create(pgliteDir);
		const db = drizzlePglite(client, { schema });
		return {
			kind: 'pglite',
			db,
			migrate: (folder) => migratePglite(db, { migrationsFolder: folder }),
			close: async () => {
				await client.close();
				lock?.release();
			}
		};
	} catch (error) {
		lock?.release();
		throw error;
	}
}
