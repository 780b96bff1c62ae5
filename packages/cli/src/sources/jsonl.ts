import { createReadStream } from 'node:fs';
import { formatSize } from '../size.ts';
import { InputFailure } from '../types.ts';
import { recordId, recordText, type CorpusItem } from './corpus.ts';
import { splitLines } from './lines.ts';
import { decodeText } from '@unconflate/documents';

export interface JsonlOptions {
	textField: string;
	idField: string;
	/** Largest line, in bytes. */
	maxSize: number;
	/** Bytes read so far (for the progress bar). */
	onBytes?: ((bytesRead: number) => void) | undefined;
}

/**
 * Records of a JSON Lines file (https://jsonlines.org), read line by line: a bad line is reported
 * with its number and the next lines go on. Blank lines are skipped.
 */
export async function* readJsonl(path: string, options: JsonlOptions): AsyncGenerator<CorpusItem> {
	const stream = createReadStream(path);
	try {
		for await (const { number, bytes } of splitLines(stream as AsyncIterable<Uint8Array>, options.maxSize)) {
			options.onBytes?.(stream.bytesRead);
			if (bytes === null) {
				yield { problem: { line: number, reason: `line is over the ${formatSize(options.maxSize)} limit (--max-size)` } };
				continue;
			}
			if (isBlank(bytes)) continue;
			try {
				const text = decodeText(bytes);
				let value: unknown;
				try {
					value = JSON.parse(text);
				} catch (error) {
					throw new InputFailure(`malformed JSON: ${(error as Error).message}`);
				}
				if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputFailure('not a JSON object');
				const object = value as Record<string, unknown>;
				yield {
					record: {
						line: number,
						id: recordId(object[options.idField]),
						text: recordText(object[options.textField], options.textField)
					}
				};
			} catch (error) {
				if (!(error instanceof InputFailure)) throw error;
				yield { problem: { line: number, reason: error.message } };
			}
		}
	} finally {
		stream.destroy();
	}
}

function isBlank(bytes: Uint8Array): boolean {
	for (const b of bytes) if (b !== 32 && b !== 9 && b !== 13) return false;
	return true;
}
