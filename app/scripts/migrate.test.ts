import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./migrate.ts', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'unconflate-migrate-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const migrate = () =>
	spawnSync(process.execPath, [script], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8' });

describe('npm run db:migrate', () => {
	it('creates and migrates the embedded database, and can run again', () => {
		const first = migrate();
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		expect(first.stdout).toContain('Migrations applied');
		expect(migrate().status).toBe(0);
	}, 180_000); // two PGlite starts: over a minute on a busy 2-core machine

	it('refuses, with a clear message, a folder that a running server holds', () => {
		const server = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
		try {
			writeFileSync(join(dataDir, 'pglite.lock'), String(server.pid));
			const result = migrate();
			expect(result.status).toBe(1);
			expect(result.stderr).toContain(`is in use by process ${server.pid}`);
			expect(result.stderr).toContain('Stop that process first');
		} finally {
			server.kill();
			rmSync(join(dataDir, 'pglite.lock'), { force: true });
		}
	});
});
