import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { invitationFor } from '../src/lib/server/auth/accounts.service.ts';
import { openDb } from '../src/lib/server/db/client.ts';

const script = fileURLToPath(new URL('./admin-create.ts', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'unconflate-admin-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const run = (args: string[], input = '') =>
	spawnSync(process.execPath, [script, ...args], {
		env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', ORIGIN: 'https://unconflate.example.org', LOG_LEVEL: 'silent' },
		input,
		encoding: 'utf8'
	});

describe('npm run admin:create', () => {
	it('prints a one-time link for the admin to set a password when not run in a terminal', async () => {
		const result = run(['--email', 'Ada@Example.org', '--name', 'Ada']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const link = /https:\/\/unconflate\.example\.org\/en\/staff\/invitation\?token=[\w-]{43}/.exec(result.stdout)?.[0];
		expect(link).toBeDefined();
		const handle = await openDb({ pgliteDir: join(dataDir, 'pglite') });
		try {
			const invitation = await invitationFor({ db: handle.db }, new URL(link ?? '').searchParams.get('token'));
			expect(invitation).toMatchObject({ email: 'ada@example.org', name: 'Ada', role: 'admin' });
		} finally {
			await handle.close();
		}
	}, 180_000);

	it('creates the admin at once with a password read from standard input', () => {
		const result = run(
			['--email', 'grace@example.org', '--name', 'Grace', '--locale', 'fr', '--password-stdin'],
			'a long enough passphrase\n'
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Admin account created for grace@example.org');
		expect(result.stdout).toContain('https://unconflate.example.org/fr/personnel/connexion');
	}, 180_000);

	it('refuses a short password or missing arguments with a reason', () => {
		const short = run(['--email', 'short@example.org', '--name', 'S', '--password-stdin'], 'short\n');
		expect(short.status).toBe(1);
		expect(short.stderr).toContain('too short');
		const missing = run(['--name', 'Nobody']);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain('Usage: npm run admin:create');
	});
});
