import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse, type Info } from 'csv-parse';
import { formatSize } from '../size.ts';
import { InputFailure } from '../types.ts';
import { recordId, recordText, type CorpusItem, type CorpusProblem } from './corpus.ts';
import { utf8Guard } from './utf8-guard.ts';

export interface CsvOptions {
	textField: string;
	idField: string;
	/** Largest record, in bytes. */
	maxSize: number;
	/** Bytes read so far (for the progress bar). */
	onBytes?: ((bytesRead: number) => void) | undefined;
}

interface Row {
	record: Record<string, string>;
	info: Info;
	raw: string;
}

/**
 * Records of a CSV file (RFC 4180) with a header row, streamed with csv-parse: a malformed record is
 * reported with its line and the next records go on; a file without the text column is refused.
 */
export async function* readCsv(path: string, options: CsvOptions): AsyncGenerator<CorpusItem> {
	let header: string[] | null = null;
	const skipped: CorpusProblem[] = [];
	let stop: CorpusProblem | null = null;
	const parser = parse({
		bom: true,
		columns: (names: string[]) => {
			header = names;
			if (!names.includes(options.textField)) {
				const found = names.length > 0 ? names.map((n) => `"${n}"`).join(', ') : 'none';
				throw new InputFailure(`no "${options.textField}" column (columns: ${found}); set the column with --text-field`, 1);
			}
			return names;
		},
		skip_empty_lines: true,
		skip_records_with_error: true,
		max_record_size: options.maxSize,
		info: true,
		raw: true
	});
	parser.on('skip', (error: CsvError & { lines?: number }) => {
		const line = error.lines ?? 0;
		if (error.code === 'CSV_MAX_RECORD_SIZE') {
			// csv-parse cannot find the next record after this one: say so rather than lose records silently.
			stop ??= {
				line,
				reason: `record is over the ${formatSize(options.maxSize)} limit (--max-size); the rest of the file was not read`
			};
			return;
		}
		// One message per line: csv-parse may report the same bad quote twice.
		if (skipped.at(-1)?.line !== line) skipped.push({ line, reason: `malformed CSV: ${error.message}` });
	});

	const input = createReadStream(path);
	const feeding = pipeline(input, utf8Guard(), parser);
	feeding.catch(() => {}); // the same error ends the loop below
	let records = 0;
	try {
		for await (const row of parser as AsyncIterable<Row>) {
			options.onBytes?.(input.bytesRead);
			const line = row.info.lines - countNewlines(row.raw);
			while (skipped.length > 0 && (skipped[0] as CorpusProblem).line < line) yield { problem: skipped.shift() as CorpusProblem };
			if (stop) break;
			records++;
			try {
				const text = recordText(row.record[options.textField], options.textField);
				yield { record: { line, id: recordId(row.record[options.idField]), text } };
			} catch (error) {
				if (!(error instanceof InputFailure)) throw error;
				yield { problem: { line, reason: error.message } };
			}
		}
	} catch (error) {
		if (error instanceof InputFailure) {
			// Past the header (binary data, invalid UTF-8), the records before were reported; say that the rest were not.
			throw error.line !== null && error.line > 1
				? new InputFailure(`${error.message}; the rest of the file was not read`, error.line)
				: error;
		}
		if (error instanceof CsvError) throw new InputFailure(`malformed CSV: ${error.message}`);
		throw error;
	} finally {
		input.destroy();
		parser.destroy();
	}
	for (const problem of skipped) yield { problem };
	if (stop) yield { problem: stop };
	if (header === null) throw new InputFailure('empty input: nothing to check');
	if (records === 0 && skipped.length === 0 && !stop) throw new InputFailure('no records (only a header row)');
}

function countNewlines(raw: string): number {
	let count = 0;
	for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) count++;
	// The raw text of a record ends with its own line break.
	return raw.endsWith('\n') ? count - 1 : count;
}
