import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, DatabaseLockedError } from './lock.ts';

const dirs: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'unconflate-lock-'));
	dirs.push(dir);
	return join(dir, 'pglite');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the embedded database lock', () => {
	it('is taken once and released', () => {
		const dir = tempDir();
		const lock = acquireLock(dir);
		expect(existsSync(`${dir}.lock`)).toBe(true);
		lock.release();
		expect(existsSync(`${dir}.lock`)).toBe(false);
	});

	it('refuses a folder that another live process holds, naming it', async () => {
		const dir = tempDir();
		const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
		try {
			writeFileSync(`${dir}.lock`, String(other.pid));
			expect(() => acquireLock(dir)).toThrow(DatabaseLockedError);
			expect(() => acquireLock(dir)).toThrow(new RegExp(`in use by process ${other.pid}`));
		} finally {
			other.kill();
		}
	});

	it('takes over a lock left by a process that no longer runs', () => {
		const dir = tempDir();
		writeFileSync(`${dir}.lock`, '999999999');
		const lock = acquireLock(dir);
		lock.release();
		expect(existsSync(`${dir}.lock`)).toBe(false);
	});
});
