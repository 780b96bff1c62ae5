// bench/analyzer: throughput and peak memory of the analyzer on 100 KB, 1 MB and 10 MB of English
// prose (plain, Markdown, HTML), in-process and through the CLI when it is built, and alex on the
// same inputs in the same run, as a ratio. Prints figures; asserts nothing.
//   npm run bench:analyzer            (BENCH_ALEX_MAX=1000000 limits alex to inputs up to 1 MB;
//                                      alex needs minutes and gigabytes on 10 MB)
// Targets (issue #3): ≥ 10 MB/s plain text and ≥ 3 MB/s Markdown/HTML in-process; ≥ 50× alex per MB
// on plain text; 10 MB costs ≤ 11× what 1 MB costs; peak memory ≤ 3× input + 100 MB.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const SIZES = [100_000, 1_000_000, 10_000_000];
const alexMax = Number(process.env['BENCH_ALEX_MAX'] ?? 10_000_000);
// Inside the repository, so that the measured scripts resolve packages (alex) from node_modules.
const dir = mkdtempSync(join(root, 'bench', '.run-'));

// Prose built from the labelled corpus (real sentences, conflating and not), repeated to size.
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

function make(size: number, syntax: 'text' | 'markdown' | 'html'): string {
	const parts: string[] = [];
	let length = 0;
	for (let i = 0; length < size; i++) {
		const p = passages[i % passages.length] as string;
		const block =
			syntax === 'markdown'
				? `${i % 9 === 0 ? `## Section ${i}\n\n` : ''}${p.replace(/\. /, '. **Note:** ')} [source](https://example.org/${i})\n\n`
				: syntax === 'html'
					? `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\. /, '. <em>Note:</em> ')} <a href="https://example.org/${i}">source</a></p>\n`
					: `${p}\n\n`;
		parts.push(block);
		length += block.length;
	}
	return parts.join('').slice(0, size);
}

// The analyzer as the platform ships it to browsers and the server: one ES module bundled by Vite
// (the library is TypeScript; bundling keeps Node's type-stripping loader, ~20 MB, out of the figures).
const bundle = join(dir, 'analyzer.mjs');
{
	const output = (await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			minify: true,
			lib: { entry: join(root, 'packages/analyzer/src/index.ts'), formats: ['es'], fileName: 'analyzer' }
		}
	})) as Rollup.RollupOutput[];
	const chunk = output[0]?.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
	if (!chunk) throw new Error('no analyzer bundle');
	writeFileSync(bundle, chunk.code);
}

interface Measure {
	/** First call on the input (compilation of the engine's hot paths included). */
	first: number;
	/** Median of the calls after it, or NaN when not repeated. */
	warm: number;
	/** Resident memory once the code is loaded and the input read, and the process's peak. */
	baseMb: number;
	peakMb: number;
	findings: number;
}

/** Run one measurement in a fresh process so that peak memory (max RSS) is its own. */
function measure(kind: 'unconflate' | 'alex', file: string, syntax: string, repeat: number): Measure {
	const script = join(dir, `${kind}.mjs`);
	const call =
		kind === 'unconflate'
			? `import { analyze } from ${JSON.stringify(bundle)};\nanalyze('warm up: sex trafficking and prostitution', { syntax: ${JSON.stringify(syntax)} });\nconst run = (t) => analyze(t, { syntax: ${JSON.stringify(syntax)} }).findings.length;`
			: `import { markdown, html, text as plain } from 'alex';\nconst fn = ${JSON.stringify(syntax)} === 'markdown' ? markdown : ${JSON.stringify(syntax)} === 'html' ? html : plain;\nconst run = (t) => fn(t).messages.length;`;
	const body = `${call}
const text = readFileSync(${JSON.stringify(file)}, 'utf8');
const baseMb = process.memoryUsage().rss / 2 ** 20;
const times = [];
let findings = 0;
for (let i = 0; i < ${1 + repeat}; i++) {
	const t = performance.now();
	findings = run(text);
	times.push((performance.now() - t) / 1000);
}
const rest = times.slice(1).sort((a, b) => a - b);
console.log(JSON.stringify({ first: times[0], warm: rest.length ? rest[Math.floor(rest.length / 2)] : null, baseMb, findings }));`;
	writeFileSync(script, `import { readFileSync } from 'node:fs';\n${body}\n`);
	// /usr/bin/time (Debian package "time") reports the peak resident memory of the whole process.
	const timeFile = join(dir, 'time.txt');
	const timed = existsSync('/usr/bin/time');
	const command = timed ? '/usr/bin/time' : process.execPath;
	const args = [...(timed ? ['-f', '%M', '-o', timeFile, process.execPath] : []), '--max-old-space-size=8192', script];
	const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
	if (result.status !== 0) throw new Error(`${kind} failed: ${result.stderr.slice(0, 500)}`);
	const out = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as Omit<Measure, 'peakMb' | 'warm'> & {
		warm: number | null;
	};
	const peakKb = timed ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) : NaN;
	return { ...out, warm: out.warm ?? NaN, peakMb: Number.isFinite(peakKb) && peakKb > 0 ? peakKb / 1024 : NaN };
}

const mbps = (bytes: number, s: number) => (Number.isFinite(s) ? (bytes / 1e6 / s).toFixed(1) : '—');
const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log('Analyzer: MB/s on the first call and warm (median of later calls); memory of a fresh process running');
console.log('the first call alone: RSS once loaded with the input read, and peak RSS. alex: one call, same input.');
console.log(
	'syntax     size   first MB/s  warm MB/s    words/s  base MB  peak MB  target MB   alex MB/s  alex peak  ×alex first  ×alex warm'
);
for (const syntax of ['text', 'markdown', 'html'] as const) {
	const perSize: number[] = [];
	for (const size of SIZES) {
		const text = make(size, syntax);
		const file = join(dir, `${syntax}-${size}.txt`);
		writeFileSync(file, text);
		const words = text.split(/\s+/).length;
		const memory = measure('unconflate', file, syntax, 0);
		const speed = measure('unconflate', file, syntax, size >= 10_000_000 ? 2 : 6);
		perSize.push(speed.warm);
		let alexCells = `${pad('—', 11)}  ${pad('—', 9)}  ${pad('—', 11)}  ${pad('—', 10)}`;
		if (size <= alexMax) {
			const alex = measure('alex', file, syntax, 0);
			alexCells = `${pad(mbps(size, alex.first), 11)}  ${pad(alex.peakMb.toFixed(0), 9)}  ${pad(`${(alex.first / speed.first).toFixed(0)}×`, 11)}  ${pad(`${(alex.first / speed.warm).toFixed(0)}×`, 10)}`;
		}
		console.log(
			`${syntax.padEnd(9)} ${pad(size / 1e6, 5)} MB ${pad(mbps(size, speed.first), 10)} ${pad(mbps(size, speed.warm), 10)} ${pad(Math.round(words / speed.warm), 10)} ${pad(memory.baseMb.toFixed(0), 8)} ${pad(memory.peakMb.toFixed(0), 8)} ${pad(((3 * size) / 2 ** 20 + 100).toFixed(0), 10)} ${alexCells}`
		);
	}
	console.log(`${syntax.padEnd(9)} 10 MB costs ${((perSize[2] ?? 0) / (perSize[1] ?? 1)).toFixed(1)}× what 1 MB costs (warm)`);
}

const cli = join(root, 'packages', 'cli', 'bin', 'unconflate.js');
if (existsSync(cli)) {
	for (const size of SIZES) {
		const file = join(dir, `text-${size}.txt`);
		const t = performance.now();
		spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--fail-on', 'never', file], {
			encoding: 'utf8',
			maxBuffer: 1 << 28
		});
		console.log(`CLI text ${size / 1e6} MB: ${mbps(size, (performance.now() - t) / 1000)} MB/s (process start included)`);
	}
}
rmSync(dir, { recursive: true, force: true });
