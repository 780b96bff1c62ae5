// bench/api: build for production, serve on a free port with the rate limit off, and send 2 KB
// English texts to POST /api/v1/check from 100 concurrent clients. Prints requests/s, p50 and p99
// latency, and the server's resident memory (VmRSS of /proc/<pid>/status: the worker threads are
// in the same process) before and after 10,000 requests. Prints figures; asserts nothing.
//   npm run bench:api           (BENCH_REQUESTS=10000, BENCH_CONNECTIONS=100 by default)
// Budgets (issue #4): p99 ≤ 100 ms; RSS growth ≤ 50 MB over the 10,000 requests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('..', import.meta.url));
const appDir = join(root, 'app');
const requests = Number(process.env['BENCH_REQUESTS'] || 10_000);
const connections = Number(process.env['BENCH_CONNECTIONS'] || 100);
const TEXT_BYTES = 2048;

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

// 2 KB texts cut from the labelled corpus: real English passages, conflating and not.
const passages = [
	join(root, '..', 'shared', 'corpus', 'dev.jsonl'),
	...['a', 'b', 'c'].map((b) => join(root, 'packages', 'analyzer', 'corpus', `batch-${b}.jsonl`))
]
	.filter(existsSync)
	.flatMap((f) =>
		readFileSync(f, 'utf8')
			.split('\n')
			.filter(Boolean)
			.map((l) => (JSON.parse(l) as { text: string }).text)
	);
if (passages.length === 0) throw new Error('no corpus passages found');
const texts: string[] = [];
for (let start = 0; texts.length < 200; start += 7) {
	let text = '';
	for (let i = start; Buffer.byteLength(text) < TEXT_BYTES; i++) text += `${passages[i % passages.length]}\n\n`;
	texts.push(
		Buffer.from(text)
			.subarray(0, TEXT_BYTES)
			.toString('utf8')
			.replace(/\uFFFD$/, '')
	);
}

/** CPU time the process has used (all its threads), in milliseconds: /proc/<pid>/stat utime + stime. */
function cpuMs(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
	return (Number(fields[11]) + Number(fields[12])) * (1000 / 100); // USER_HZ is 100 on Linux
}

function rssMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
	return kb / 1024;
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
console.log(`Building for ${origin} …`);
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
	cwd: appDir,
	stdio: 'inherit',
	env: { ...process.env, ORIGIN: origin, BUILD_DIR: '.bench-build' }
});
if (build.status !== 0) process.exit(build.status ?? 1);

const dataDir = mkdtempSync(join(tmpdir(), 'unconflate-bench-'));
const server = spawn(process.execPath, [join(appDir, 'server', 'index.ts')], {
	env: {
		...process.env,
		BUILD_DIR: '.bench-build',
		HOST: '127.0.0.1',
		PORT: String(port),
		ORIGIN: origin,
		DATA_DIR: dataDir,
		LOG_LEVEL: 'warn',
		API_RATE_LIMIT: 'off'
	},
	stdio: ['ignore', 'inherit', 'inherit']
});
const pid = server.pid;
if (pid === undefined) throw new Error('the server did not start');

try {
	for (let i = 0; ; i++) {
		try {
			if ((await fetch(`${origin}/healthz`)).ok) break;
		} catch {
			// starting
		}
		if (i > 600) throw new Error('server did not start');
		await new Promise((r) => setTimeout(r, 100));
	}

	const idle = rssMb(pid);
	const check = texts.map((text) => ({
		method: 'POST' as const,
		path: '/api/v1/check',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ text })
	}));
	const sample = (await (await fetch(`${origin}/api/v1/check`, check[0])).json()) as { verdict: string };
	console.log(`\n${texts.length} distinct texts of ${TEXT_BYTES} bytes (the first ${sample.verdict}).`);

	// Warm-up at the same concurrency: starts the worker threads, lets the JIT settle and the heaps
	// reach their working size, so that the growth measured after it is what the requests leave behind.
	await autocannon({ url: origin, connections, amount: 2000, requests: check, timeout: 30 });
	const before = rssMb(pid);
	const cpuBefore = cpuMs(pid);

	const result = await autocannon({ url: origin, connections, amount: requests, requests: check, timeout: 30 });
	const after = rssMb(pid);
	const cpuPerRequest = (cpuMs(pid) - cpuBefore) / result.requests.total;
	const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
	// Another round of the same size: memory that keeps growing would be a leak; a plateau is heap sizing.
	const again = await autocannon({ url: origin, connections, amount: requests, requests: check, timeout: 30 });
	const afterAgain = rssMb(pid);

	const growth = after - before;
	console.log(`\nPOST /api/v1/check, ${connections} connections, ${requests} requests (after 2,000 to warm up):`);
	console.log(
		`  ${Math.round(result.requests.average)} requests/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
			`max ${result.latency.max} ms; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`
	);
	console.log(
		`  server CPU ${cpuPerRequest.toFixed(2)} ms per request (all threads; ${(1000 / cpuPerRequest).toFixed(0)} requests/s per core busy); machine load average ${load}`
	);
	const signed = (mb: number) => `${mb >= 0 ? '+' : ''}${mb.toFixed(1)} MB`;
	console.log(
		`  server RSS: ${idle.toFixed(1)} MB idle, ${before.toFixed(1)} MB after the warm-up (worker threads started), ` +
			`${after.toFixed(1)} MB after the ${requests} requests: ${signed(growth)}`
	);
	console.log(
		`  a second round of ${requests}: ${Math.round(again.requests.average)} requests/s, p50 ${again.latency.p50} ms, p99 ${again.latency.p99} ms; ` +
			`RSS ${afterAgain.toFixed(1)} MB (${signed(afterAgain - after)})`
	);
	console.log(
		`  budgets: p99 ≤ 100 ms: ${result.latency.p99 <= 100 ? 'met' : 'MISSED'}; RSS growth ≤ 50 MB: ${growth <= 50 ? 'met' : 'MISSED'}`
	);
} finally {
	server.kill('SIGTERM');
	rmSync(dataDir, { recursive: true, force: true });
}
