import type { Piscina } from 'piscina';
import { describe, expect, it } from 'vitest';
import { InOrder, QueueFullError } from './in-order.ts';

/** A pool whose tasks end when the test says so: enough to watch the order they are started in. */
function manualPool() {
	const started: string[] = [];
	const finish = new Map<string, () => void>();
	const pool = {
		run(task: string) {
			started.push(task);
			return new Promise<string>((resolve) => finish.set(task, () => resolve(task)));
		}
	} as unknown as Piscina<string, string>;
	return { pool, started, finish: (task: string) => finish.get(task)?.() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const signal = () => new AbortController().signal;

describe('InOrder', () => {
	it('starts tasks in the order they came, no more at once than its slots', async () => {
		const { pool, started, finish } = manualPool();
		const lane = new InOrder(pool, 2, 100);
		const done = ['a', 'b', 'c', 'd', 'e'].map((task) => lane.run(task, { signal: signal() }));
		expect(started).toEqual(['a', 'b']);
		expect(lane.waiting).toBe(3);
		finish('b');
		await tick();
		expect(started).toEqual(['a', 'b', 'c']);
		finish('a');
		await tick();
		expect(started).toEqual(['a', 'b', 'c', 'd']);
		// A task that arrives now waits behind "e", even with a slot about to free.
		const late = lane.run('f', { signal: signal() });
		finish('c');
		await tick();
		expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
		finish('d');
		finish('e');
		await tick();
		finish('f');
		expect(await Promise.all([...done, late])).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
	});

	it('lets a waiting task whose signal aborts leave the queue with the signal’s reason', async () => {
		const { pool, started, finish } = manualPool();
		const lane = new InOrder(pool, 1, 100);
		void lane.run('a', { signal: signal() });
		const controller = new AbortController();
		const leaving = lane.run('b', { signal: controller.signal });
		void lane.run('c', { signal: signal() });
		const reason = new DOMException('the time budget ran out', 'TimeoutError');
		controller.abort(reason);
		await expect(leaving).rejects.toBe(reason);
		expect(lane.waiting).toBe(1);
		finish('a');
		await tick();
		expect(started).toEqual(['a', 'c']);
	});

	it('refuses a task when the queue is full, and one whose signal has already aborted', async () => {
		const { pool } = manualPool();
		const lane = new InOrder(pool, 1, 1);
		void lane.run('a', { signal: signal() });
		void lane.run('b', { signal: signal() });
		await expect(lane.run('c', { signal: signal() })).rejects.toBeInstanceOf(QueueFullError);
		await expect(lane.run('d', { signal: AbortSignal.abort('gone') })).rejects.toBe('gone');
	});
});
