// Checking in the browser: the analyzer is loaded only when the reader checks a text (a dynamic
// import), and long texts run in a Web Worker. Nothing here makes a network request with the text.
import type { Locale, Syntax } from '@unconflate/analyzer';
import type { DocumentKind } from '@unconflate/documents';
import { MAX_FILE_BYTES, WORKER_THRESHOLD } from './limits.ts';
import { problemOfDocument, type Problem } from './problems.ts';
import type { Checked } from './types.ts';

let worker: Worker | null = null;
let nextId = 0;

function inWorker(text: string, syntax: Syntax, locale: Locale): Promise<Checked> {
	worker ??= new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
	const current = worker;
	const id = ++nextId;
	return new Promise((resolve, reject) => {
		const onMessage = (event: MessageEvent<{ id: number; checked?: Checked; failed?: boolean }>) => {
			if (event.data.id !== id) return;
			current.removeEventListener('message', onMessage);
			current.removeEventListener('error', onError);
			if (event.data.checked) resolve(event.data.checked);
			else reject(new Error('The analyzer failed in the worker'));
		};
		const onError = () => {
			current.removeEventListener('message', onMessage);
			current.removeEventListener('error', onError);
			// A worker that could not start (or crashed) is not reused.
			if (worker === current) worker = null;
			current.terminate();
			reject(new Error('The analyzer worker stopped'));
		};
		current.addEventListener('message', onMessage);
		current.addEventListener('error', onError);
		current.postMessage({ id, text, syntax, locale });
	});
}

/** Check a text on this device: in the page for short texts, in a worker over 100 KB. */
export async function checkInBrowser(text: string, syntax: Syntax, locale: Locale): Promise<Checked> {
	if (text.length > WORKER_THRESHOLD && typeof Worker !== 'undefined') {
		try {
			return await inWorker(text, syntax, locale);
		} catch {
			// A worker that cannot start (an old browser, a stricter policy): check in the page instead.
		}
	}
	const { checkText } = await import('./analysis.ts');
	return checkText(text, syntax, locale);
}

/** What a file gave: its text and syntax, or why it could not be read. */
export type FileOutcome = { text: string; syntax: Syntax; kind: DocumentKind } | { problem: Problem; size?: number };

/** Read a chosen or dropped file on this device: text, Markdown, HTML, PDF (its text layer) or Word. */
export async function readFileInBrowser(file: File): Promise<FileOutcome> {
	if (file.size > MAX_FILE_BYTES) return { problem: 'file-too-large', size: file.size };
	const documents = await import('@unconflate/documents');
	const kind = documents.kindOfFile(file.name, file.type);
	if (!kind) return { problem: 'unsupported' };
	try {
		const bytes = new Uint8Array(await file.arrayBuffer());
		const { text, syntax } = await documents.readDocument(bytes, kind, { maxSize: MAX_FILE_BYTES });
		return { text, syntax, kind };
	} catch (error) {
		if (error instanceof documents.DocumentError) return { problem: problemOfDocument(error.code), size: file.size };
		return { problem: 'failed' };
	}
}
