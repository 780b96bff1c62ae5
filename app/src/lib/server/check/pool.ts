// Checks run in worker threads, never on the server's event loop: a 10 MB document takes seconds
// of CPU, and the server must keep answering everyone else meanwhile.
//
// Two lanes, each a piscina pool running worker.ts:
//   - interactive: texts up to SMALL_TEXT characters (a web page's text box, an API call on an
//     article), one thread;
//   - bulk: longer texts and every uploaded document (PDF, DOCX, …), at a lower scheduling priority.
// A pile of large documents therefore never delays a short text: they queue in their own lane.
// Every check has a time budget; past it the task is cancelled, and when it is already running
// its worker thread is terminated (piscina does that on abort) and a fresh one takes its place.
//
// piscina (https://github.com/piscinajs/piscina) rather than our own pool: cancellation by
// AbortSignal with thread termination and replacement, queue limits, thread priority and
// resource limits are what this needs, and it is small and maintained by Node.js core people.
import { availableParallelism } from 'node:os';
import type { AnalysisResult, Locale, Syntax } from '@unconflate/analyzer';
import { DocumentError, type DocumentKind } from '@unconflate/documents';
import { Piscina } from 'piscina';
import workerUrl from 'virtual:unconflate/check-worker';
import { InOrder, QueueFullError } from './in-order.ts';
import type { CheckOutcome, CheckTask } from './task.ts';

/** Texts up to this many UTF-16 code units take the interactive lane (about 10 ms of analysis). */
export const SMALL_TEXT = 64 * 1024;

export interface CheckPoolOptions {
	/** Threads of the bulk lane (default: the number of CPUs less one, at least 1). */
	bulkThreads?: number;
	/** Threads of the interactive lane (default 1). */
	interactiveThreads?: number;
	/** Time budget of a check in milliseconds when the caller gives no signal (default 5000). */
	budgetMs?: number;
	/** Tasks waiting per lane before new ones are refused with CheckBusyError. */
	maxQueue?: number;
}

export interface CheckOptions {
	/** The text's syntax (default "text"); for files, overrides the syntax guessed from the name. */
	syntax?: Syntax;
	/** Language of messages, explanations and suggestions (default "en"). */
	locale?: Locale;
	/**
	 * Cancels the check: pass `AbortSignal.timeout(ms)` for a budget (a time-out then rejects with
	 * CheckTimeoutError), combined with the request's signal so that a client that leaves frees the
	 * worker. Without a signal the pool's default budget applies.
	 */
	signal?: AbortSignal;
}

/** The check took longer than its budget and was cancelled. */
export class CheckTimeoutError extends Error {
	constructor() {
		super('the check took longer than its time budget and was stopped');
		this.name = 'CheckTimeoutError';
	}
}

/** Too many checks are waiting; try again shortly. */
export class CheckBusyError extends Error {
	constructor() {
		super('too many checks are waiting');
		this.name = 'CheckBusyError';
	}
}

interface Lanes {
	interactive: InOrder<CheckTask, CheckOutcome>;
	bulk: InOrder<CheckTask, CheckOutcome>;
	budgetMs: number;
}

let options: CheckPoolOptions = {};
let lanes: Lanes | undefined;

/** Set the pool's sizes and default budget; takes effect when the pool starts (first check). */
export function configureCheckPool(next: CheckPoolOptions): void {
	options = next;
}

function start(): Lanes {
	if (lanes) return lanes;
	const bulkThreads = options.bulkThreads ?? Math.max(1, availableParallelism() - 1);
	const interactiveThreads = options.interactiveThreads ?? 1;
	const maxQueue = options.maxQueue ?? 1000;
	// Piscina's per-task timing histograms are not read anywhere, so they are not recorded. Tasks
	// wait in InOrder's queue, not piscina's (in-order.ts says why).
	const interactive = new Piscina<CheckTask, CheckOutcome>({
		recordTiming: false,
		filename: workerUrl,
		minThreads: interactiveThreads,
		maxThreads: interactiveThreads,
		// A runaway text cannot take the process's memory with it: the thread dies, and is replaced.
		resourceLimits: { maxOldGenerationSizeMb: 256 }
	});
	const bulk = new Piscina<CheckTask, CheckOutcome>({
		recordTiming: false,
		filename: workerUrl,
		// Started when a large text or a document comes, and stopped 30 s after the last one.
		minThreads: 0,
		maxThreads: bulkThreads,
		idleTimeout: 30_000,
		// Large documents yield the CPU to the server's thread and to the interactive lane.
		niceIncrement: 10,
		resourceLimits: { maxOldGenerationSizeMb: 1024 }
	});
	lanes = {
		interactive: new InOrder(interactive, interactiveThreads, maxQueue),
		bulk: new InOrder(bulk, bulkThreads, maxQueue),
		budgetMs: options.budgetMs ?? 5000
	};
	// The server's clean shutdown (server/index.ts) stops the threads with it.
	process.once('sveltekit:shutdown' as 'beforeExit', () => void closeCheckPool());
	return lanes;
}

/** Start the worker threads now rather than on the first check (they take a moment to load). */
export function warmCheckPool(): void {
	start();
}

async function run(
	task: CheckTask,
	lane: 'interactive' | 'bulk',
	signal: AbortSignal | undefined
): Promise<Extract<CheckOutcome, { ok: true }>> {
	const pools = start();
	const budget = signal ?? AbortSignal.timeout(pools.budgetMs);
	if (budget.aborted) throw reasonOf(budget);
	let outcome: CheckOutcome;
	try {
		outcome = await pools[lane].run(task, {
			signal: budget,
			transferList: task.type === 'document' ? [task.bytes.buffer as ArrayBuffer] : undefined
		});
	} catch (error) {
		if (budget.aborted) throw reasonOf(budget);
		if (error instanceof QueueFullError) throw new CheckBusyError();
		throw error;
	}
	if (!outcome.ok) throw new DocumentError(outcome.message, outcome.line, outcome.code);
	return outcome;
}

function reasonOf(signal: AbortSignal): Error {
	const reason: unknown = signal.reason;
	if (reason instanceof Error && reason.name === 'TimeoutError') return new CheckTimeoutError();
	return reason instanceof Error ? reason : new DOMException('the check was cancelled', 'AbortError');
}

function textTask(text: string, options: CheckOptions): CheckTask {
	return { type: 'text', text, syntax: options.syntax ?? 'text', locale: options.locale ?? 'en' };
}

/** Analyse a text; the result as JSON (what the API sends). */
export async function checkTextJson(text: string, options: CheckOptions = {}): Promise<string> {
	return (await run(textTask(text, options), text.length <= SMALL_TEXT ? 'interactive' : 'bulk', options.signal)).json;
}

/** Analyse a text in a worker thread: the analyzer's result object (DESIGN.md, "Checker result contract"). */
export async function checkText(text: string, options: CheckOptions = {}): Promise<AnalysisResult> {
	return JSON.parse(await checkTextJson(text, options)) as AnalysisResult;
}

/**
 * Read a document (`kind` from `kindOfFile` of @unconflate/documents) and analyse its text; the
 * result as JSON. Rejects with DocumentError (its `code` names the reason) when it cannot be read.
 * The bytes are transferred to the worker: the caller's array is emptied.
 */
export async function checkDocumentJson(
	bytes: Uint8Array,
	kind: DocumentKind,
	options: CheckOptions & { maxSize: number }
): Promise<string> {
	return (await run(documentTask(bytes, kind, options, false), 'bulk', options.signal)).json;
}

function documentTask(
	bytes: Uint8Array,
	kind: DocumentKind,
	options: CheckOptions & { maxSize: number },
	withText: boolean
): CheckTask {
	// A view on part of a larger buffer is copied, so that only the document crosses threads.
	const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
	return {
		type: 'document',
		bytes: own,
		kind,
		syntax: options.syntax,
		locale: options.locale ?? 'en',
		maxSize: options.maxSize,
		withText
	};
}

/**
 * Read a document and analyse its text, in a worker thread: the text read (the Check page shows
 * it) with the result. Rejects like checkDocumentJson.
 */
export async function readAndCheckDocument(
	bytes: Uint8Array,
	kind: DocumentKind,
	options: CheckOptions & { maxSize: number }
): Promise<{ text: string; syntax: Syntax; result: AnalysisResult }> {
	const outcome = await run(documentTask(bytes, kind, options, true), 'bulk', options.signal);
	if (!outcome.document) throw new Error('the worker sent no document text');
	return { ...outcome.document, result: JSON.parse(outcome.json) as AnalysisResult };
}

/** Read and analyse a document in a worker thread: the analyzer's result object. */
export async function checkDocument(
	bytes: Uint8Array,
	kind: DocumentKind,
	options: CheckOptions & { maxSize: number }
): Promise<AnalysisResult> {
	return JSON.parse(await checkDocumentJson(bytes, kind, options)) as AnalysisResult;
}

/** Stop the worker threads (on shutdown, and between tests). */
export async function closeCheckPool(): Promise<void> {
	const current = lanes;
	lanes = undefined;
	if (current) await Promise.all([current.interactive.close(), current.bulk.close()]);
}
