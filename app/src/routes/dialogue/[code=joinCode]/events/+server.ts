import { error } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/index.ts';
import { listen } from '#lib/server/dialogue-live.ts';
import { dialogueByCode } from '#lib/server/dialogue.service.ts';
import type { RequestHandler } from './$types';

/**
 * Server-sent events: a `change` event whenever the dialogue's votes or statements change
 * (throttled to one a second), so that the results page refreshes itself. A comment every
 * 25 seconds keeps proxies from closing an idle stream.
 */
export const GET: RequestHandler = async ({ params, request }) => {
	const dialogue = await dialogueByCode(await getDb(), params.code);
	if (!dialogue) error(404, 'No dialogue has this code');
	const encoder = new TextEncoder();
	let stop = () => {};
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			const send = (chunk: string) => {
				try {
					controller.enqueue(encoder.encode(chunk));
				} catch {
					stop();
				}
			};
			send('retry: 5000\n\n');
			const unlisten = listen(dialogue.id, () => send(`event: change\ndata: ${Date.now()}\n\n`));
			const keepAlive = setInterval(() => send(': keep-alive\n\n'), 25_000);
			stop = () => {
				unlisten();
				clearInterval(keepAlive);
			};
			request.signal.addEventListener('abort', () => {
				stop();
				try {
					controller.close();
				} catch {
					// already closed
				}
			});
		},
		cancel() {
			stop();
		}
	});
	return new Response(stream, {
		headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' }
	});
};
