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

/** Run one measurement in a fresh process so that peak memory (max RSS) is its own. */
function measure(
	kind: 'unconflate' | 'alex',
	file: string,
	syntax: string
): { seconds: number; peakMb: number; findings: number } {
	const script = join(dir, `${kind}.ts`);
	const body =
		kind === 'unconflate'
			? `import { analyze } from ${JSON.stringify(join(root, 'packages/analyzer/src/index.ts'))};\nconst text = readFileSync(${JSON.stringify(file)}, 'utf8');\nanalyze('warm up sex trafficking and prostitution', { syntax: ${JSON.stringify(syntax)} });\nconst t = performance.now();\nconst r = analyze(text, { syntax: ${JSON.stringify(syntax)} });\nconst seconds = (performance.now() - t) / 1000;\nconsole.log(JSON.stringify({ seconds, findings: r.findings.length }));`
			: `import { markdown, html, text as plain } from 'alex';\nconst text = readFileSync(${JSON.stringify(file)}, 'utf8');\nconst fn = ${JSON.stringify(syntax)} === 'markdown' ? markdown : ${JSON.stringify(syntax)} === 'html' ? html : plain;\nconst t = performance.now();\nconst r = fn(text);\nconst seconds = (performance.now() - t) / 1000;\nconsole.log(JSON.stringify({ seconds, findings: r.messages.length }));`;
	writeFileSync(script, `import { readFileSync } from 'node:fs';\n${body}\n`);
	// /usr/bin/time (Debian package "time") reports the peak resident memory of the whole process.
	const timeFile = join(dir, 'time.txt');
	const timed = existsSync('/usr/bin/time');
	const command = timed ? '/usr/bin/time' : process.execPath;
	const args = [...(timed ? ['-f', '%M', '-o', timeFile, process.execPath] : []), '--max-old-space-size=8192', script];
	const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
	if (result.status !== 0) throw new Error(`${kind} failed: ${result.stderr.slice(0, 500)}`);
	const out = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as { seconds: number; findings: number };
	const peakKb = timed ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) : NaN;
	return { seconds: out.seconds, peakMb: Number.isFinite(peakKb) && peakKb > 0 ? peakKb / 1024 : NaN, findings: out.findings };
}

const mbps = (bytes: number, s: number) => (bytes / 1e6 / s).toFixed(2);
console.log('syntax    size     unconflate MB/s  words/s     peak MB   alex MB/s  alex peak MB  ratio');
for (const syntax of ['text', 'markdown', 'html'] as const) {
	const perSize: number[] = [];
	for (const size of SIZES) {
		const text = make(size, syntax);
		const file = join(dir, `${syntax}-${size}.txt`);
		writeFileSync(file, text);
		const words = text.split(/\s+/).length;
		const ours = measure('unconflate', file, syntax);
		perSize.push(ours.seconds);
		let alexCell = '      —              —       —';
		if (size <= alexMax) {
			const alex = measure('alex', file, syntax);
			alexCell = `${mbps(size, alex.seconds).padStart(10)}  ${alex.peakMb.toFixed(0).padStart(12)}  ${(alex.seconds / ours.seconds).toFixed(0).padStart(5)}×`;
		}
		console.log(
			`${syntax.padEnd(9)} ${String(size / 1e6).padStart(5)} MB ${mbps(size, ours.seconds).padStart(12)} ${String(Math.round(words / ours.seconds)).padStart(10)} ${ours.peakMb.toFixed(0).padStart(10)} ${alexCell}`
		);
	}
	console.log(`${syntax.padEnd(9)} 10 MB costs ${((perSize[2] ?? 0) / (perSize[1] ?? 1)).toFixed(1)}× what 1 MB costs`);
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
