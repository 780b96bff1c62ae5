// bench/pages: build for production, serve, and measure Learn pages. Prints figures; asserts nothing.
//   npm run bench:pages            (BENCH_DURATION=10 seconds per run by default)
// Budgets (issue #2): ≤ 50 KB compressed per page in total, ≤ 15 KB of JavaScript, p99 ≤ 50 ms at
// 200 connections on the 2-core reference machine.
import { brotliCompressSync, gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { buildForProduction, startProductionServer } from './production-server.ts';

const port = 4180;
const origin = `http://127.0.0.1:${port}`;
const duration = Number(process.env['BENCH_DURATION'] || 10);
const PAGES = ['/en/learn/what-is-trafficking', '/fr/apprendre/mythes-et-realites', '/en/learn', '/en/learn/quiz', '/'];
const LOAD_PAGE = '/en/learn/what-is-trafficking';
// Browsers ask for compressed pages; BENCH_PAGE_CACHE=off measures rendering every request instead.
const HEADERS = { 'accept-encoding': 'br, gzip' };
const pageCache = process.env['BENCH_PAGE_CACHE'] === 'off' ? 'off' : 'on';

buildForProduction(origin);
const server = await startProductionServer({ port, env: { PAGE_CACHE: pageCache } });

try {
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	console.log('\nTransfer size per page (brotli / gzip), HTML plus every CSS and JS file it loads:');
	console.log(
		'page'.padEnd(36),
		'HTML br'.padStart(9),
		'CSS br'.padStart(9),
		'JS br'.padStart(9),
		'total br'.padStart(10),
		'total gz'.padStart(10)
	);
	for (const path of PAGES) {
		const html = await (await fetch(origin + path)).text();
		const assets = [...html.matchAll(/(?:href|src)="(\/_app\/[^"]+\.(css|js))"/g)].map((m) => ({ url: m[1] ?? '', kind: m[2] }));
		const sizes = { html: brotliCompressSync(html).length, css: 0, js: 0, gz: gzipSync(html).length };
		for (const asset of assets) {
			const body = Buffer.from(await (await fetch(origin + asset.url)).arrayBuffer());
			sizes[asset.kind === 'css' ? 'css' : 'js'] += brotliCompressSync(body).length;
			sizes.gz += gzipSync(body).length;
		}
		const total = sizes.html + sizes.css + sizes.js;
		console.log(
			path.padEnd(36),
			kb(sizes.html).padStart(9),
			kb(sizes.css).padStart(9),
			kb(sizes.js).padStart(9),
			kb(total).padStart(10),
			kb(sizes.gz).padStart(10)
		);
	}

	console.log(
		`\nLoad on ${LOAD_PAGE}, page cache ${pageCache}, Accept-Encoding: br (${duration} s per run, after a 3 s warm-up):`
	);
	await autocannon({ url: origin + LOAD_PAGE, connections: 10, duration: 3, headers: HEADERS });
	for (const connections of [50, 200]) {
		const result = await autocannon({ url: origin + LOAD_PAGE, connections, duration, headers: HEADERS });
		console.log(
			`${String(connections).padStart(4)} connections: ${Math.round(result.requests.average)} requests/s, ` +
				`p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors}, non-2xx ${result.non2xx}`
		);
	}
} finally {
	await server.stop();
}
