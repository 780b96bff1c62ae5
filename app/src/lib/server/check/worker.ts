// Entry of the check worker threads (piscina loads it; see pool.ts). The analyzer and the
// document readers are TypeScript that Node strips on load; the compile cache keeps that cost to
// the first start, so that a worker replaced after a time-out is ready again quickly.
import { enableCompileCache } from 'node:module';
import type { CheckOutcome, CheckTask } from './task.ts';

enableCompileCache();
const loaded = import('./task.ts');
// Marked as handled here; a failed load still rejects every task that awaits it.
loaded.catch(() => {});

export default async function check(task: CheckTask): Promise<CheckOutcome> {
	return (await loaded).runCheck(task);
}
