// What every server benchmark does first: build the app for production (into app/.bench-build, so
// that a developer's own build is left alone), start app/server/index.ts on a port of its own with
// an embedded database in a temporary folder, and wait until /healthz answers.
//   BENCH_SKIP_BUILD=1   reuse the last bench build (when only the benchmark changed)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '../app/server/node-flags.ts';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const appDir = join(root, 'app');
const BUILD_DIR = '.bench-build';

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/** Refuse a port another process listens on: that process would be measured instead of ours. */
function assertPortFree(port: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', () =>
			reject(new Error(`port ${port} is in use: stop what listens there, or choose another (BENCH_PORT)`))
		);
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
	});
}

/** Build for `origin` (forms are accepted from the origin the build names). Exits when the build fails. */
export function buildForProduction(origin: string): void {
	if (process.env['BENCH_SKIP_BUILD']) return;
	console.log(`Building for ${origin} …`);
	const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		cwd: appDir,
		stdio: 'inherit',
		env: { ...process.env, ORIGIN: origin, BUILD_DIR }
	});
	if (build.status !== 0) process.exit(build.status ?? 1);
}

/** A temporary folder for the embedded database (the server keeps it in `<dir>/pglite`). */
export function temporaryDataDir(name = 'bench'): string {
	return mkdtempSync(join(tmpdir(), `unconflate-${name}-`));
}

export interface ProductionServer {
	origin: string;
	process: ChildProcess;
	pid: number;
	dataDir: string;
	/** Resolves when the process has exited, however it ended. */
	exited: Promise<void>;
	/** SIGTERM (the server's clean shutdown), then remove the data folder unless it was given. */
	stop(): Promise<void>;
}

export interface StartOptions {
	port: number;
	/** Data folder; a temporary one (removed by stop) when not given. */
	dataDir?: string;
	/** Extra environment for the server (LOG_LEVEL is `warn` unless set here or in the environment). */
	env?: Record<string, string>;
	/** Node flags for the server (e.g. --trace-gc, --cpu-prof), before its script. */
	nodeArgs?: string[];
	/** Seconds to wait for /healthz (default 60). */
	startTimeout?: number;
}

/** Start the production build (built by buildForProduction) and wait until it answers /healthz. */
export async function startProductionServer(options: StartOptions): Promise<ProductionServer> {
	await assertPortFree(options.port);
	const origin = `http://127.0.0.1:${options.port}`;
	const ownDir = options.dataDir === undefined;
	const dataDir = options.dataDir ?? temporaryDataDir();
	const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...(options.nodeArgs ?? []), join(appDir, 'server', 'index.ts')], {
		env: {
			...process.env,
			BUILD_DIR,
			HOST: '127.0.0.1',
			PORT: String(options.port),
			ORIGIN: origin,
			DATA_DIR: dataDir,
			LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
			...options.env
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	if (child.pid === undefined) throw new Error('the server did not start');
	const server: ProductionServer = {
		origin,
		process: child,
		pid: child.pid,
		dataDir,
		exited,
		async stop() {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			await exited;
			if (ownDir) rmSync(dataDir, { recursive: true, force: true });
		}
	};
	const deadline = Date.now() + (options.startTimeout ?? 60) * 1000;
	for (;;) {
		try {
			if ((await fetch(`${origin}/healthz`)).ok) return server;
		} catch {
			// starting
		}
		if (child.exitCode !== null || Date.now() > deadline) {
			await server.stop();
			throw new Error(`the server at ${origin} did not start`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** Resident memory of a process in MB (VmRSS: worker threads included, they share the process). */
export function rssMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]) / 1024;
}

/** CPU time a process has used (all its threads), in milliseconds: /proc/<pid>/stat utime + stime. */
export function cpuMs(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
	return (Number(fields[11]) + Number(fields[12])) * (1000 / 100); // USER_HZ is 100 on Linux
}

/** The p-th percentile of sorted numbers (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
