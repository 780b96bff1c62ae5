// bench/api: build for production, serve on a free port with the rate limit off, and send 2 KB
// English texts to POST /api/v1/check from 100 concurrent clients. Prints requests/s, p50 and p99
// latency, and the server's resident memory (VmRSS of /proc/<pid>/status: the worker threads are
// in the same process) before and after 10,000 requests. Prints figures; asserts nothing.
//   npm run bench:api           (BENCH_REQUESTS=10000, BENCH_CONNECTIONS=100, BENCH_WARMUP=10000 by default)
// Budgets (issue #4): p99 ≤ 100 ms; RSS growth ≤ 50 MB over the run (counted from the first 2,000).
// npm run bench:api runs this process (the load generator) with --single-threaded-gc: on 2 cores
// that the server keeps busy, its parallel young-generation collections waited for helper threads
// that got no core, and their pauses (35–127 ms, --trace-gc) were counted as the server's latency.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { buildForProduction, cpuMs, freePort, root, rssMb, startProductionServer } from './production-server.ts';

const requests = Number(process.env['BENCH_REQUESTS'] || 10_000);
const connections = Number(process.env['BENCH_CONNECTIONS'] || 100);
const warmup = Number(process.env['BENCH_WARMUP'] ?? 10_000);
const TEXT_BYTES = 2048;

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

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
buildForProduction(origin);
// BENCH_SERVER_NODE_ARGS: Node flags for the server alone, to look into a figure (e.g. --trace-gc).
const nodeArgs = (process.env['BENCH_SERVER_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
const server = await startProductionServer({ port, env: { API_RATE_LIMIT: 'off' }, nodeArgs });
const pid = server.pid;

try {
	const idle = rssMb(pid);
	const check = texts.map((text) => ({
		method: 'POST' as const,
		path: '/api/v1/check',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ text })
	}));
	const sample = (await (await fetch(`${origin}/api/v1/check`, check[0])).json()) as { verdict: string };
	console.log(`\n${texts.length} distinct texts of ${TEXT_BYTES} bytes (the first ${sample.verdict}).`);

	// Warm-up at the same concurrency, in two parts. The first 2,000 start the worker threads: RSS
	// growth is counted from there, so it includes everything the JIT warm-up leaves behind too.
	// The next BENCH_WARMUP (untimed) let both processes' JIT compilers finish optimising the hot
	// code: the timed run then measures the server as it runs for hours, not its first seconds (with
	// 2,000 requests of warm-up only, the first timed run's p99 was 100-140 ms and the second's 54-71).
	await autocannon({ url: origin, connections, amount: 2000, requests: check, timeout: 30 });
	const before = rssMb(pid);
	if (warmup > 0) await autocannon({ url: origin, connections, amount: warmup, requests: check, timeout: 30 });
	const cpuBefore = cpuMs(pid);
	const clientBefore = process.cpuUsage();

	const result = await autocannon({ url: origin, connections, amount: requests, requests: check, timeout: 30 });
	const after = rssMb(pid);
	const cpuPerRequest = (cpuMs(pid) - cpuBefore) / result.requests.total;
	// The load generator shares the machine's cores with the server: its own CPU per request.
	const client = process.cpuUsage(clientBefore);
	const clientPerRequest = (client.user + client.system) / 1000 / result.requests.total;
	const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
	// Another round of the same size: memory that keeps growing would be a leak; a plateau is heap sizing.
	const again = await autocannon({ url: origin, connections, amount: requests, requests: check, timeout: 30 });
	const afterAgain = rssMb(pid);

	const growth = after - before;
	console.log(
		`\nPOST /api/v1/check, ${connections} connections, ${requests} requests (timed after ${(2000 + warmup).toLocaleString('en')} to warm up):`
	);
	console.log(
		`  ${Math.round(result.requests.average)} requests/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
			`max ${result.latency.max} ms; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`
	);
	console.log(
		`  server CPU ${cpuPerRequest.toFixed(2)} ms per request (all threads; ${(1000 / cpuPerRequest).toFixed(0)} requests/s per core busy); load generator ${clientPerRequest.toFixed(2)} ms per request; machine load average ${load}`
	);
	const signed = (mb: number) => `${mb >= 0 ? '+' : ''}${mb.toFixed(1)} MB`;
	console.log(
		`  server RSS: ${idle.toFixed(1)} MB idle, ${before.toFixed(1)} MB after 2,000 requests (worker threads started), ` +
			`${after.toFixed(1)} MB after ${(warmup + requests).toLocaleString('en')} more: ${signed(growth)}`
	);
	console.log(
		`  a second round of ${requests}: ${Math.round(again.requests.average)} requests/s, p50 ${again.latency.p50} ms, p99 ${again.latency.p99} ms; ` +
			`RSS ${afterAgain.toFixed(1)} MB (${signed(afterAgain - after)})`
	);
	console.log(
		`  budgets: p99 ≤ 100 ms: ${result.latency.p99 <= 100 ? 'met' : 'MISSED'}; RSS growth ≤ 50 MB: ${growth <= 50 ? 'met' : 'MISSED'}`
	);
} finally {
	await server.stop();
}
