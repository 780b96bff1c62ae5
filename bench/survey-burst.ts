// bench/survey-burst: a room of participants sends the questionnaire after the workshop at once,
// against a production build: 300 post questionnaires, spread evenly over at most 60 s, through
// the same no-JavaScript form post a phone makes. Prints accepted, lost (must be 0) and latency
// percentiles. Then a second burst: the server is killed with SIGKILL in the middle of it and
// started again, and every questionnaire the server acknowledged (303) before the kill is looked
// for in the database: a lost acknowledged answer is printed as lost. Runs on the embedded
// database (PGlite in a temporary DATA_DIR) and, when DATABASE_URL is set, on PostgreSQL too.
// Prints figures; asserts nothing.
//   npm run bench:survey-burst     BENCH_SUBMISSIONS=300 BENCH_SECONDS=60 BENCH_CONCURRENCY=50
//   BENCH_SKIP_BUILD=1             reuse the last bench build (production-server.ts)
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pairingKey } from '@unconflate/evaluation';
import { and, eq, inArray } from 'drizzle-orm';
import { openDb, type DbHandle } from '../app/src/lib/server/db/client.ts';
import { evaluationResponses } from '../app/src/lib/server/db/schema.ts';
import {
	createEvaluationSession,
	setQuestionnaireStatus,
	type EvaluationSession
} from '../app/src/lib/server/evaluation.service.ts';
import { createTestDatabase, dropTestDatabase } from '../app/test/test-database.ts';
import {
	appDir,
	buildForProduction,
	freePort,
	percentile,
	startProductionServer,
	temporaryDataDir,
	type ProductionServer
} from './production-server.ts';

const migrations = join(appDir, 'drizzle');
// One port for the whole run: the build fixes its origin, and the server restarts on it after the kill.
const PORT = await freePort();
const origin = `http://127.0.0.1:${PORT}`;
const SUBMISSIONS = Number(process.env['BENCH_SUBMISSIONS'] ?? 300);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 60);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 50);

buildForProduction(origin);

/** A post questionnaire as a phone sends it: the code, ratings, before/now pairs, an open answer. */
function answers(i: number): Record<string, string> {
	const rating = (offset: number) => String(1 + ((i + offset) % 5));
	return {
		code: `burst-${i}`,
		'k-trafficking-scenario': 'deceived-and-threatened',
		'k-movement': 'not-required',
		'b-most-sex-workers-trafficked': rating(0),
		'b-adults-decide': rating(1),
		'b-raids-help': rating(2),
		'r-tell-apart.before': rating(3),
		'r-tell-apart.now': rating(4),
		'r-refer.before': '2',
		'r-refer.now': '4',
		'o-stays-with-you': `Participant ${i}: sex work is not trafficking, and listening comes first.`
	};
}

interface Outcome {
	index: number;
	status: number;
	ms: number;
}

/** Sends `count` questionnaires spread evenly over `seconds`, at most `concurrency` at a time. */
async function burst(
	link: string,
	first: number,
	count: number,
	seconds: number,
	onAcknowledged?: (o: Outcome) => void
): Promise<Outcome[]> {
	const outcomes: Outcome[] = [];
	const interval = (seconds * 1000) / count;
	const started = performance.now();
	let inFlight = 0;
	const pending: Array<Promise<void>> = [];
	for (let k = 0; k < count; k++) {
		const due = started + k * interval;
		const wait = due - performance.now();
		if (wait > 0) await new Promise((r) => setTimeout(r, wait));
		while (inFlight >= CONCURRENCY) await new Promise((r) => setTimeout(r, 1));
		const index = first + k;
		inFlight++;
		pending.push(
			(async () => {
				const t0 = performance.now();
				let status: number;
				try {
					const response = await fetch(link, {
						method: 'POST',
						redirect: 'manual',
						headers: { 'content-type': 'application/x-www-form-urlencoded', origin, accept: 'text/html' },
						body: new URLSearchParams(answers(index)),
						signal: AbortSignal.timeout(30_000)
					});
					status = response.status;
					await response.arrayBuffer();
				} catch {
					status = 0; // connection refused or reset: not acknowledged
				}
				const outcome = { index, status, ms: performance.now() - t0 };
				outcomes.push(outcome);
				if (status === 303 || status === 200) onAcknowledged?.(outcome);
				inFlight--;
			})()
		);
	}
	await Promise.all(pending);
	return outcomes;
}

const p = (values: number[], q: number) =>
	percentile(
		[...values].sort((a, b) => a - b),
		q
	);

/** The production server (the bench build) on this database. */
function serve(dataDir: string, env: Record<string, string>): Promise<ProductionServer> {
	return startProductionServer({ port: PORT, dataDir, env, startTimeout: 120 });
}

/** Which of these participants' post questionnaires are stored. */
async function stored(handle: DbHandle, session: EvaluationSession, indexes: number[]): Promise<Set<number>> {
	const keys = new Map<string, number>();
	for (const i of indexes) keys.set(await pairingKey(`burst-${i}`, session.salt), i);
	const found = new Set<number>();
	const list = [...keys.keys()];
	for (let start = 0; start < list.length; start += 500) {
		const rows = await handle.db
			.select({ key: evaluationResponses.pairingKey })
			.from(evaluationResponses)
			.where(
				and(
					eq(evaluationResponses.sessionId, session.id),
					eq(evaluationResponses.phase, 'post'),
					inArray(evaluationResponses.pairingKey, list.slice(start, start + 500))
				)
			);
		for (const row of rows) found.add(keys.get(row.key)!);
	}
	return found;
}

/**
 * One run on one database: `open` gives a handle (PGlite needs the server stopped first: one
 * owner at a time), `serverEnv` the server's database settings.
 */
async function run(
	label: string,
	open: () => Promise<DbHandle>,
	dataDir: string,
	serverEnv: Record<string, string>,
	exclusive: boolean
) {
	console.log(`\n── ${label} ──`);
	let handle = await open();
	await handle.migrate(migrations);
	const session = await createEvaluationSession(handle.db, { label: 'Survey burst', heldOn: '2026-11-29' });
	await setQuestionnaireStatus(handle.db, session.id, 'post', 'open');
	if (exclusive) await handle.close();
	const link = `${origin}/en/trainings/evaluation/${session.postToken}`;

	let server = await serve(dataDir, serverEnv);
	// One questionnaire first, so that the burst measures answering, not the first page's start-up.
	await burst(link, SUBMISSIONS * 10, 1, 0);

	// Burst 1: SUBMISSIONS post questionnaires within SECONDS.
	const t0 = performance.now();
	const first = await burst(link, 0, SUBMISSIONS, SECONDS);
	const elapsed = (performance.now() - t0) / 1000;
	const accepted = first.filter((o) => o.status === 303);
	const refused = first.filter((o) => o.status !== 303);
	const latencies = first.map((o) => o.ms);
	await server.stop();
	if (exclusive) handle = await open();
	const storedFirst = await stored(
		handle,
		session,
		accepted.map((o) => o.index)
	);
	const lost = accepted.length - storedFirst.size;
	console.log(`burst 1: ${SUBMISSIONS} post questionnaires sent over ${elapsed.toFixed(1)} s`);
	console.log(
		`  accepted ${accepted.length}, refused ${refused.length}${refused.length ? ` (statuses ${[...new Set(refused.map((o) => o.status))].join(', ')})` : ''}`
	);
	console.log(`  lost ${lost} (acknowledged but not in the database)`);
	console.log(
		`  latency ms: p50 ${p(latencies, 50).toFixed(1)}, p90 ${p(latencies, 90).toFixed(1)}, p99 ${p(latencies, 99).toFixed(1)}, max ${Math.max(...latencies).toFixed(1)}`
	);

	// Burst 2: the same again, and the server is killed (SIGKILL) half-way through.
	if (exclusive) await handle.close();
	server = await serve(dataDir, serverEnv);
	const acknowledged: number[] = [];
	let killedAt = 0;
	const killAfter = Math.floor(SUBMISSIONS / 2);
	const second = burst(link, SUBMISSIONS, SUBMISSIONS, SECONDS / 4, (o) => {
		acknowledged.push(o.index);
		if (acknowledged.length === killAfter && !killedAt) {
			killedAt = performance.now();
			server.process.kill('SIGKILL');
		}
	});
	const outcomes = await second;
	const ackedBeforeKill = [...acknowledged];
	await server.exited;
	// Restart on the same data: PGlite must recover what it acknowledged.
	server = await serve(dataDir, serverEnv);
	await server.stop();
	if (exclusive) handle = await open();
	const storedSecond = await stored(handle, session, ackedBeforeKill);
	const unacknowledged = outcomes.filter((o) => o.status !== 303 && o.status !== 200).map((o) => o.index);
	const storedUnacknowledged = await stored(handle, session, unacknowledged);
	console.log(`burst 2: ${SUBMISSIONS} sent, server killed with SIGKILL after ${killAfter} acknowledgements, then restarted`);
	console.log(`  acknowledged before the kill ${ackedBeforeKill.length}, found after restart ${storedSecond.size}`);
	console.log(`  lost ${ackedBeforeKill.length - storedSecond.size} (acknowledged but missing after restart)`);
	console.log(
		`  not acknowledged ${unacknowledged.length} (in flight or refused after the kill; ${storedUnacknowledged.size} of them were stored anyway, and a participant would simply send again)`
	);
	await handle.close();
	return {
		accepted: accepted.length,
		lost,
		p99: p(latencies, 99),
		lostAfterKill: ackedBeforeKill.length - storedSecond.size
	};
}

const dataDir = temporaryDataDir('bench-survey');
const pgliteDir = join(dataDir, 'pglite');
try {
	await run(
		'PGlite (embedded, DATA_DIR in a temporary folder)',
		() => openDb({ pgliteDir }),
		dataDir,
		{ DATABASE_URL: '' },
		true
	);
	const serverUrl = process.env['DATABASE_URL'];
	if (serverUrl) {
		const name = `unconflate_bench_${randomBytes(6).toString('hex')}`;
		const url = await createTestDatabase(serverUrl, name);
		try {
			await run('PostgreSQL (DATABASE_URL)', () => openDb({ databaseUrl: url }), dataDir, { DATABASE_URL: url }, false);
		} finally {
			await dropTestDatabase(serverUrl, name);
		}
	} else console.log('\nPostgreSQL: skipped (set DATABASE_URL to a server to run the same bench on it).');
} finally {
	rmSync(dataDir, { recursive: true, force: true });
}
