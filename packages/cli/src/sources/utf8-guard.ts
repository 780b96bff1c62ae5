import { Transform } from 'node:stream';
import { InputFailure } from '../types.ts';
import { invalidUtf8At, lineAt } from '@unconflate/documents';

/**
 * A pass-through stream that stops at binary data (a NUL byte) or invalid UTF-8, naming the line:
 * csv-parse would otherwise decode bad bytes as replacement characters and go on.
 */
export function utf8Guard(): Transform {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let linesBefore = 0;
	const countLines = (chunk: Uint8Array) => {
		for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) linesBefore++;
	};
	return new Transform({
		transform(chunk: Buffer, _encoding, callback) {
			const nul = chunk.indexOf(0);
			if (nul !== -1) {
				callback(new InputFailure('binary data (a NUL byte), not a text file', linesBefore + lineAt(chunk, nul)));
				return;
			}
			try {
				decoder.decode(chunk, { stream: true });
			} catch {
				const at = Math.max(0, invalidUtf8At(chunk));
				callback(new InputFailure('invalid UTF-8; save the file as UTF-8', linesBefore + lineAt(chunk, at)));
				return;
			}
			countLines(chunk);
			callback(null, chunk);
		},
		flush(callback) {
			try {
				decoder.decode();
				callback();
			} catch {
				callback(new InputFailure('invalid UTF-8 at the end of the file (a cut character)', linesBefore + 1));
			}
		}
	});
}
