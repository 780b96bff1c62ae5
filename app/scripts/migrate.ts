// `npm run db:migrate`: apply pending migrations to DATABASE_URL's server, or to the embedded
// database (DATA_DIR/pglite, default data/pglite). The server also migrates on start; this is for
// deployments that migrate as a separate step. It refuses a PGlite folder a running server holds.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../src/lib/server/db/client.ts';
import { DatabaseLockedError } from '../src/lib/server/db/lock.ts';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const databaseUrl = process.env['DATABASE_URL'] || undefined;
const pgliteDir = resolve(process.env['DATA_DIR'] || resolve(appDir, '..', 'data'), 'pglite');

try {
	const db = await openDb(databaseUrl ? { databaseUrl } : { pgliteDir });
	try {
		await db.migrate(resolve(appDir, 'drizzle'));
	} finally {
		await db.close();
	}
	console.log(`Migrations applied to ${databaseUrl ? 'the PostgreSQL database' : pgliteDir}.`);
} catch (error) {
	if (error instanceof DatabaseLockedError) {
		console.error(error.message);
		process.exit(1);
	}
	throw error;
}
