// bench/evaluation: how long the Train evaluation takes on a large history, for the reports page.
// Synthetic answers: SESSIONS sessions of PEOPLE participants each (pre and post), default instrument.
// Prints figures; asserts nothing.
//   npm run bench:evaluation            (BENCH_SESSIONS=200 BENCH_PEOPLE=20 by default)
import { performance } from 'node:perf_hooks';
import {
	aggregateEvaluations,
	defaultInstrument,
	pairingKey,
	summariseEvaluation,
	type Answer,
	type TaggedResponse
} from '@unconflate/evaluation';
import { exportResponsesCsv, importResponsesCsv } from '@unconflate/evaluation/csv';

const SESSIONS = Number(process.env['BENCH_SESSIONS'] ?? 200);
const PEOPLE = Number(process.env['BENCH_PEOPLE'] ?? 20);

// mulberry32, so that every run measures the same data.
let state = 42;
const random = () => {
	state = (state + 0x6d2b79f5) >>> 0;
	let t = Math.imul(state ^ (state >>> 15), state | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const rating = () => 1 + Math.floor(random() * 5);

async function time<T>(label: string, run: () => T | Promise<T>): Promise<T> {
	const start = performance.now();
	const result = await run();
	console.log(`${label.padEnd(52)} ${(performance.now() - start).toFixed(1).padStart(9)} ms`);
	return result;
}

const responses: TaggedResponse[] = [];
const sectors = ['health', 'police', 'shelter', 'city', 'business'];
const keys = await time(`pairingKey × ${SESSIONS * PEOPLE}`, () =>
	Promise.all(
		Array.from({ length: SESSIONS * PEOPLE }, (_, i) => pairingKey(`code-${i % PEOPLE}`, `salt-${Math.floor(i / PEOPLE)}`))
	)
);
for (let s = 0; s < SESSIONS; s++) {
	const meta = { organisation: `org-${s % 37}`, sector: sectors[s % sectors.length]!, date: `${2020 + (s % 7)}-05-01` };
	for (let p = 0; p < PEOPLE; p++) {
		for (const phase of ['pre', 'post'] as const) {
			const answers: Record<string, Answer> = {};
			for (const item of defaultInstrument.items) {
				if (!(item.phases as readonly string[]).includes(phase) || random() < 0.05) continue;
				if (item.kind === 'knowledge')
					answers[item.id] = random() < (phase === 'post' ? 0.8 : 0.5) ? item.correct : pick(item.options).id;
				else if (item.kind === 'belief') answers[item.id] = rating();
				else if (item.kind === 'retrospective') answers[item.id] = { before: rating(), now: rating() };
				else answers[item.id] = `Answer ${s}-${p}: "words", more words\nand a second line.`;
			}
			responses.push({ session: `session-${s}`, phase, pairing: keys[s * PEOPLE + p]!, answers, meta });
		}
	}
}
console.log(`${responses.length} questionnaires, ${SESSIONS} sessions of ${PEOPLE}`);

await time('summariseEvaluation (all)', () => summariseEvaluation(defaultInstrument, responses));
await time('summariseEvaluation (one session)', () => summariseEvaluation(defaultInstrument, responses.slice(0, 2 * PEOPLE)));
await time('aggregateEvaluations by organisation', () => aggregateEvaluations(defaultInstrument, responses, 'organisation'));
await time('aggregateEvaluations by session', () => aggregateEvaluations(defaultInstrument, responses, 'session'));
const csv = await time('exportResponsesCsv', () => exportResponsesCsv(defaultInstrument, responses));
console.log(`CSV: ${(csv.length / 1e6).toFixed(2)} MB`);
const report = await time('importResponsesCsv', () => importResponsesCsv(defaultInstrument, csv));
console.log(`imported ${report.accepted.length}, rejected ${report.rejected.length}`);
