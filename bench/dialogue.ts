// bench/dialogue: 500 participants join one dialogue of 100 statements and vote at once against a
// production build (embedded database), as a room of people would on their phones. Prints votes/s
// accepted, latency percentiles, votes lost (must be 0) and the time to recompute the groups.
// Asserts nothing.
//   npm run bench:dialogue      BENCH_PARTICIPANTS=500 BENCH_STATEMENTS=100 BENCH_VOTES=30 (votes each)
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDb } from '../app/src/lib/server/db/client.ts';
import { createDialogue, dialogueByCode, dialogueResults } from '../app/src/lib/server/dialogue.service.ts';
import { appDir, buildForProduction, percentile, startProductionServer, temporaryDataDir } from './production-server.ts';

const port = Number(process.env['BENCH_PORT'] ?? 4195);
const origin = `http://127.0.0.1:${port}`;
const PARTICIPANTS = Number(process.env['BENCH_PARTICIPANTS'] ?? 500);
const STATEMENTS = Number(process.env['BENCH_STATEMENTS'] ?? 100);
const VOTES_EACH = Math.min(Number(process.env['BENCH_VOTES'] ?? 30), STATEMENTS);
const migrations = join(appDir, 'drizzle');

buildForProduction(origin);

// The dialogue is opened before the server starts: the embedded database has one owner at a time.
const dataDir = temporaryDataDir('bench-dialogue');
const pgliteDir = join(dataDir, 'pglite');
let code: string;
{
	const handle = await openDb({ pgliteDir });
	await handle.migrate(migrations);
	const dialogue = await createDialogue(handle.db, {
		question: 'What would make our neighbourhood safer for everyone, including sex workers?',
		locale: 'en',
		seeds: Array.from({ length: STATEMENTS }, (_, i) => `Statement number ${i + 1} about safety in the neighbourhood`),
		stakeholderGroups: ['Sex workers', 'Police', 'Health', 'Residents', 'Business']
	});
	code = dialogue.code;
	await handle.close();
}

const server = await startProductionServer({ port, dataDir });

const page = `${origin}/en/dialogue/${code}`;
// A same-origin form post, as a browser sends it (the CSRF check reads Fetch Metadata).
const formHeaders = {
	accept: 'text/html',
	'content-type': 'application/x-www-form-urlencoded',
	'sec-fetch-site': 'same-origin',
	origin
};

async function post(action: string, body: string, cookie?: string): Promise<Response> {
	return fetch(`${page}?/${action}`, {
		method: 'POST',
		body,
		redirect: 'manual',
		headers: { ...formHeaders, ...(cookie ? { cookie } : {}) }
	});
}

try {
	// Join: each participant gets its device cookie.
	const groups = ['Sex workers', 'Police', 'Health', 'Residents', 'Business', ''];
	const cookies = await Promise.all(
		Array.from({ length: PARTICIPANTS }, async (_, i) => {
			const response = await post('join', `stakeholder=${encodeURIComponent(groups[i % groups.length] ?? '')}`);
			const cookie = response.headers.get('set-cookie')?.split(';')[0];
			if (response.status !== 303 || !cookie) throw new Error(`join failed: ${response.status}`);
			return cookie;
		})
	);

	// The statements' ids, from the first participant's page (each form names the statement it votes on).
	const first = await (await fetch(page, { headers: { cookie: cookies[0] ?? '' } })).text();
	const firstId = Number(/name="statement" value="(\d+)"/.exec(first)?.[1]);
	const ids = Array.from({ length: STATEMENTS }, (_, i) => firstId + i);

	// Vote: two camps that share a core, so the analysis has structure to find. Each participant
	// votes on its own random selection, one vote after another, all participants at once.
	const latencies: number[] = [];
	let accepted = 0;
	let refused = 0;
	const started = performance.now();
	await Promise.all(
		cookies.map(async (cookie, p) => {
			const chosen = [...ids].sort(() => Math.random() - 0.5).slice(0, VOTES_EACH);
			for (const id of chosen) {
				const index = id - firstId;
				const value = index % 3 === 0 ? 'agree' : (index + p) % 2 === 0 ? 'agree' : Math.random() < 0.2 ? 'pass' : 'disagree';
				const t = performance.now();
				const response = await post('vote', `statement=${id}&vote=${value}`, cookie);
				latencies.push(performance.now() - t);
				if (response.status === 303) accepted++;
				else refused++;
				await response.arrayBuffer();
			}
		})
	);
	const seconds = (performance.now() - started) / 1000;
	latencies.sort((a, b) => a - b);

	// Results as a reader sees them, while the cache is cold.
	const t = performance.now();
	const results = await fetch(`${page}/results`);
	await results.text();
	const resultsMs = performance.now() - t;

	await server.stop();

	// Count what the database kept, and time the analysis itself.
	const handle = await openDb({ pgliteDir });
	const dialogue = await dialogueByCode(handle.db, code);
	if (!dialogue) throw new Error('dialogue missing');
	const times: number[] = [];
	let stored = 0;
	let groupsFound = 0;
	for (let i = 0; i < 3; i++) {
		const s = performance.now();
		const r = await dialogueResults(handle.db, dialogue);
		times.push(performance.now() - s);
		stored = r.votes;
		groupsFound = r.analysis.groups.length;
	}
	await handle.close();
	times.sort((a, b) => a - b);

	console.log(`\n${PARTICIPANTS} participants, ${STATEMENTS} statements, ${VOTES_EACH} votes each, all at once:`);
	console.log(`  votes accepted     ${accepted} (${(accepted / seconds).toFixed(0)} votes/s over ${seconds.toFixed(1)} s)`);
	console.log(`  votes refused      ${refused}`);
	console.log(`  votes lost         ${accepted - stored} (accepted ${accepted}, stored ${stored})`);
	console.log(
		`  latency per vote   p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(0)} ms`
	);
	console.log(`  results page       ${resultsMs.toFixed(0)} ms (first view after the votes, ${results.status})`);
	console.log(
		`  recompute groups   median ${percentile(times, 50).toFixed(0)} ms (database read + analysis; ${groupsFound} groups found)`
	);
} finally {
	await server.stop();
	rmSync(dataDir, { recursive: true, force: true });
}
