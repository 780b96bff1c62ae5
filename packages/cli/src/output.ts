import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Write to a stream, waiting when it asks (backpressure), so that results of a large corpus are
 * not piled up in memory when stdout is slow. A closed pipe (`| head`) ends writing quietly.
 */
export function writerFor(stream: Writable, before?: () => void): (text: string) => Promise<void> {
	let closed = false;
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') closed = true;
		else throw error;
	});
	return async (text: string) => {
		if (closed || text === '') return;
		before?.();
		if (!stream.write(text)) await Promise.race([once(stream, 'drain'), once(stream, 'close')]);
	};
}
