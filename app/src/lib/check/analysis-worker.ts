// The analyzer in a Web Worker, for long texts: the page keeps responding while it runs. One
// self-contained script (static imports only): the worker's own Content-Security-Policy, sent with
// the script, allows no further loads.
import type { Locale, Syntax } from '@unconflate/analyzer';
import { checkText } from './analysis.ts';

export interface WorkerRequest {
	id: number;
	text: string;
	syntax: Syntax;
	locale: Locale;
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
	const { id, text, syntax, locale } = event.data;
	try {
		self.postMessage({ id, checked: checkText(text, syntax, locale) });
	} catch {
		self.postMessage({ id, failed: true });
	}
});
