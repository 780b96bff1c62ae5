// Starts the production server built for e2e (scripts/test.ts builds it into .e2e-build for
// http://127.0.0.1:4173) on a throw-away database, and stops it afterwards.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { createTestDatabase, dropTestDatabase } from '../test/test-database.ts';
import { SERVER_NODE_FLAGS } from '../server/node-flags.ts';
import { FIRST_ADMIN } from './staff-accounts.ts';

export const E2E_PORT = Number(process.env['E2E_PORT'] ?? 4173);
export const QUICK_EXIT_URL = 'https://quick-exit.invalid/';

async function waitForServer(url: string, child: ChildProcess, output: () => string): Promise<void> {
	const deadline = Date.now() + 120_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output()}`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`The server did not answer ${url} within 120 s:\n${output()}`);
}

/**
 * Settings of the HTTP API for the e2e server: a small rate-limit bucket that a test can spend,
 * one origin allowed by CORS, and a time budget generous enough for a loaded CI machine.
 */
export const E2E_API_ENV = {
	API_RATE_LIMIT: '60',
	API_RATE_BURST: '50',
	API_CORS_ORIGINS: 'https://news.example',
	API_TIME_BUDGET_MS: '30000'
};

export interface RunningServer {
	origin: string;
	/** Everything the server printed so far (its logs). */
	output: () => string;
	stop: () => Promise<void>;
}

/** Start the e2e build on a port, on a throw-away PGlite folder unless `env` names a database. */
export async function startServer(port: number, env: Record<string, string>): Promise<RunningServer> {
	const appDir = fileURLToPath(new URL('..', import.meta.url));
	const dataDir = mkdtempSync(join(tmpdir(), 'unconflate-e2e-'));
	const origin = `http://127.0.0.1:${port}`;
	let log = '';
	const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, join(appDir, 'server', 'index.ts')], {
		cwd: appDir,
		env: {
			...process.env,
			BUILD_DIR: process.env['E2E_BUILD_DIR'] ?? '.e2e-build',
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: `http://127.0.0.1:${E2E_PORT}`,
			DATA_DIR: dataDir,
			DATABASE_URL: '',
			QUICK_EXIT_URL,
			LOG_LEVEL: 'warn',
			...E2E_API_ENV,
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	const stop = async () => {
		if (child.exitCode === null) {
			const exited = new Promise((r) => child.once('exit', r));
			child.kill('SIGTERM');
			await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
			if (child.exitCode === null) child.kill('SIGKILL');
		}
		rmSync(dataDir, { recursive: true, force: true });
	};
	try {
		await waitForServer(`${origin}/healthz`, child, () => log);
	} catch (error) {
		child.kill('SIGKILL');
		rmSync(dataDir, { recursive: true, force: true });
		throw error;
	}
	return { origin, output: () => log, stop };
}

export default async function setup(project: TestProject) {
	const appDir = fileURLToPath(new URL('..', import.meta.url));
	const serverUrl = process.env['DATABASE_URL'];
	const dbName = `unconflate_e2e_${randomBytes(6).toString('hex')}`;
	const databaseUrl = serverUrl ? await createTestDatabase(serverUrl, dbName) : undefined;
	const origin = `http://127.0.0.1:${E2E_PORT}`;

	// On PostgreSQL no setup link is printed: the first admin comes from `npm run admin:create`.
	let adminLink = '';
	if (databaseUrl) {
		const created = spawnSync(
			process.execPath,
			[join(appDir, 'scripts', 'admin-create.ts'), '--email', FIRST_ADMIN.email, '--name', FIRST_ADMIN.name, '--link'],
			{ cwd: appDir, env: { ...process.env, DATABASE_URL: databaseUrl, ORIGIN: origin }, encoding: 'utf8' }
		);
		adminLink = /https?:\/\/\S+/.exec(created.stdout)?.[0] ?? '';
		if (!adminLink) throw new Error(`admin:create printed no link:\n${created.stdout}${created.stderr}`);
	}

	const server = await startServer(E2E_PORT, { DATABASE_URL: databaseUrl ?? '' });
	project.provide('origin', server.origin);
	// The first start on an empty embedded database prints a one-time link for the first admin
	// (src/lib/server/auth/index.ts); on PostgreSQL, `npm run admin:create` made one above.
	// e2e/staff.test.ts follows it.
	project.provide('staffSetupLink', /"setupLink":"([^"]+)"/.exec(server.output())?.[1] ?? adminLink);

	return async () => {
		await server.stop();
		if (serverUrl) await dropTestDatabase(serverUrl, dbName);
	};
}
