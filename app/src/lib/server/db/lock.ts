import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

export interface Lock {
	release(): void;
}

/** Thrown when another live process holds the embedded database. */
export class DatabaseLockedError extends Error {
	readonly dir: string;
	readonly pid: number;

	constructor(dir: string, pid: number) {
		super(
			`The embedded database in ${dir} is in use by process ${pid} (probably a running \`npm start\`). ` +
				'Stop that process first, or point DATABASE_URL at a PostgreSQL server.'
		);
		this.name = 'DatabaseLockedError';
		this.dir = dir;
		this.pid = pid;
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Take the folder's lock file (`<dir>.lock` beside it, holding the owner's pid). A lock left by
 * a process that no longer runs (a crash, a power cut) is taken over.
 */
export function acquireLock(dir: string): Lock {
	const path = `${dir.replace(/[\\/]+$/, '')}.lock`;
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			let released = false;
			return {
				release() {
					if (released) return;
					released = true;
					rmSync(path, { force: true });
				}
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
			if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) throw new DatabaseLockedError(dir, pid);
			rmSync(path, { force: true });
		}
	}
	throw new Error(`Could not take the lock ${path}`);
}
