// `npm test`: every test. Unit and integration tests (on PGlite, or on DATABASE_URL's server),
// then a production build for e2e, then end-to-end tests in Debian's Chromium.
//   --postgres   database-backed tests only (unit `db` project + e2e), against DATABASE_URL
//   --e2e-only   skip the unit tests
//   any other argument filters the e2e files (e.g. `npm run test:e2e -- rule-pages`)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStamp } from './build-stamp.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const appDir = join(root, 'app');
const args = new Set(process.argv.slice(2));
const e2eFilters = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const postgres = args.has('--postgres');
const e2eOnly = args.has('--e2e-only');
// E2E_PORT lets two checkouts run their end-to-end tests at once.
const E2E_ORIGIN = `http://127.0.0.1:${process.env['E2E_PORT'] ?? '4173'}`;
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function run(command: string, commandArgs: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): number {
	const result = spawnSync(command, commandArgs, {
		cwd: options.cwd ?? root,
		stdio: 'inherit',
		env: { ...process.env, ...options.env }
	});
	return result.status ?? 1;
}

/** Debian's Chromium for the e2e tests: installed here when possible, never downloaded. */
function ensureChromium(): void {
	if (existsSync(chromium)) return;
	const isRoot = process.getuid?.() === 0;
	if (process.env['CHROMIUM_PATH'] || !isRoot || !existsSync('/usr/bin/apt-get')) {
		console.error(
			`\nThe end-to-end tests need Chromium at ${chromium}, and it is missing.\n` +
				(existsSync('/usr/bin/apt-get')
					? "Install Debian's package, then run npm test again:\n\n    sudo apt-get update && sudo apt-get install -y chromium\n"
					: "Install Chromium with your system's package manager and set CHROMIUM_PATH to its executable.\n")
		);
		process.exit(1);
	}
	console.log("Chromium is missing: installing Debian's chromium package (once) …");
	const env = { DEBIAN_FRONTEND: 'noninteractive' };
	if (run('apt-get', ['update', '-qq'], { env }) !== 0 || run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) !== 0) {
		console.error('Installing chromium failed: see the apt-get messages above.');
		process.exit(1);
	}
}

const reportDir = mkdtempSync(join(tmpdir(), 'unconflate-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let failed = false;

/** Run vitest projects; add their counts to the totals. */
function vitest(projects: string[], env: NodeJS.ProcessEnv = {}, filters: string[] = []): void {
	const report = join(reportDir, `${projects.join('-')}.json`);
	const status = run(
		'npx',
		[
			'vitest',
			'run',
			...projects.flatMap((p) => ['--project', p]),
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${report}`,
			...filters
		],
		{ cwd: appDir, env }
	);
	if (existsSync(report)) {
		const json = JSON.parse(readFileSync(report, 'utf8')) as {
			numPassedTests: number;
			numFailedTests: number;
			numPendingTests: number;
			numTodoTests: number;
		};
		totals.passed += json.numPassedTests;
		totals.failed += json.numFailedTests;
		totals.skipped += json.numPendingTests + json.numTodoTests;
	}
	if (status !== 0) failed = true;
}

if (postgres && !process.env['DATABASE_URL']) {
	console.error('--postgres needs DATABASE_URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test');
	process.exit(2);
}

ensureChromium();

if (!e2eOnly) vitest(postgres ? ['db'] : ['unit', 'knowledge', 'analyzer', 'documents', 'dialogue', 'evaluation', 'cli']);

// The e2e build has its own folder and origin, so it never disturbs the build `npm start` serves.
const e2eBuild = join(appDir, '.e2e-build');
const stampFile = join(e2eBuild, '.unconflate-stamp');
const stamp = buildStamp(root, E2E_ORIGIN);
if (!(existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp)) {
	console.log(`Building for end-to-end tests (${E2E_ORIGIN}) …`);
	if (
		run('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: appDir, env: { ORIGIN: E2E_ORIGIN, BUILD_DIR: '.e2e-build' } }) !==
		0
	) {
		console.error('The e2e build failed.');
		process.exit(1);
	}
	writeFileSync(stampFile, stamp);
}
vitest(['e2e'], {}, e2eFilters);

rmSync(reportDir, { recursive: true, force: true });
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failed ? 1 : 0);
