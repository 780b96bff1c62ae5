// Vitest global setup for database-backed tests. Without DATABASE_URL every test opens its own
// in-memory PGlite. With DATABASE_URL (CI's PostgreSQL server), this run creates a database of its
// own with a random name, migrates it once, hands its URL to the tests and drops it afterwards, so
// files and reruns never collide.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { createTestDatabase, dropTestDatabase } from './test-database.ts';
import { openDb } from '../src/lib/server/db/client.ts';

export default async function setup(project: TestProject) {
	const serverUrl = process.env['DATABASE_URL'];
	if (!serverUrl) {
		project.provide('testDatabaseUrl', null);
		return;
	}
	const name = `unconflate_test_${randomBytes(6).toString('hex')}`;
	const url = await createTestDatabase(serverUrl, name);
	const db = await openDb({ databaseUrl: url });
	await db.migrate(fileURLToPath(new URL('../drizzle', import.meta.url)));
	await db.close();
	project.provide('testDatabaseUrl', url);
	return async () => dropTestDatabase(serverUrl, name);
}
