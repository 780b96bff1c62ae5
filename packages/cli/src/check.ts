import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { analyze, type Syntax } from '@unconflate/analyzer';
import { decodeText, docxText, formatSize, pdfText } from '@unconflate/documents';
import type { CorpusItem } from './sources/corpus.ts';
import { readCsv } from './sources/csv.ts';
import { readJsonl } from './sources/jsonl.ts';
import { InputFailure, type CheckEvent, type CheckOptions, type Source } from './types.ts';

/**
 * Read and analyse each source in turn, yielding a result per document or corpus record and an
 * error per bad input; one bad input never stops the others. Corpora are streamed record by record.
 */
export async function* checkSources(
	sources: readonly Source[],
	options: CheckOptions,
	stdin?: Readable
): AsyncGenerator<CheckEvent> {
	for (const source of sources) {
		yield { kind: 'source', source };
		try {
			if (source.kind === 'jsonl' || source.kind === 'csv') yield* checkCorpus(source, options);
			else {
				const text = await documentText(source, options, stdin);
				const syntax = documentSyntax(source, options.syntax);
				const result = analyze(text, { syntax, locale: options.locale, disable: options.disable });
				yield {
					kind: 'result',
					result: { source: source.path, id: null, ...result },
					sourceKind: source.kind,
					recordLine: null,
					text
				};
			}
		} catch (error) {
			yield {
				kind: 'error',
				error: { source: source.path, line: error instanceof InputFailure ? error.line : null, reason: reasonOf(error) }
			};
		}
	}
}

/** Markup is read as such for text documents; PDF and DOCX give plain text; stdin is text unless told. */
function documentSyntax(source: Source, override: Syntax | undefined): Syntax {
	if (source.kind === 'pdf' || source.kind === 'docx') return 'text';
	if (override) return override;
	return source.kind === 'markdown' || source.kind === 'html' ? source.kind : 'text';
}

async function documentText(source: Source, options: CheckOptions, stdin: Readable | undefined): Promise<string> {
	const bytes =
		source.file === '-' ? await readAll(stdin ?? process.stdin, options.maxSize) : await readFile(source.file, options.maxSize);
	if (source.kind === 'pdf') return pdfText(bytes);
	if (source.kind === 'docx') return docxText(bytes, options.maxSize);
	return decodeText(bytes);
}

/** A whole file, refused before reading when it is over the limit. */
async function readFile(path: string, maxSize: number): Promise<Uint8Array> {
	const handle = await open(path, 'r');
	try {
		const info = await handle.stat();
		if (!info.isFile()) throw new InputFailure('not a regular file');
		checkSize(info.size, maxSize);
		return await handle.readFile();
	} finally {
		await handle.close();
	}
}

/** All of a stream (stdin), refused as soon as it passes the limit. */
async function readAll(stream: Readable, maxSize: number): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream as AsyncIterable<Buffer | string>) {
		const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		size += buffer.length;
		if (size > maxSize) {
			stream.destroy();
			throw new InputFailure(`the input is over the ${formatSize(maxSize)} limit`, null, 'too-large');
		}
		chunks.push(buffer);
	}
	return Buffer.concat(chunks, size);
}

async function* checkCorpus(source: Source, options: CheckOptions): AsyncGenerator<CheckEvent> {
	const handle = await open(source.file, 'r');
	const totalBytes = (await handle.stat()).size;
	await handle.close();
	let records = 0;
	const reader = {
		textField: options.textField,
		idField: options.idField,
		maxSize: options.maxSize,
		onBytes: (bytesRead: number) => options.onProgress?.(source, bytesRead, totalBytes, records)
	};
	const items: AsyncGenerator<CorpusItem> = source.kind === 'csv' ? readCsv(source.file, reader) : readJsonl(source.file, reader);
	let any = false;
	for await (const item of items) {
		any = true;
		if ('problem' in item) {
			yield { kind: 'error', error: { source: source.path, line: item.problem.line, reason: item.problem.reason } };
			continue;
		}
		const { record } = item;
		const result = analyze(record.text, { syntax: options.syntax ?? 'text', locale: options.locale, disable: options.disable });
		records++;
		yield {
			kind: 'result',
			result: { source: source.path, id: record.id, ...result },
			sourceKind: source.kind,
			recordLine: record.line,
			text: record.text
		};
	}
	options.onProgress?.(source, totalBytes, totalBytes, records);
	if (!any) throw new InputFailure(totalBytes === 0 ? 'empty input: nothing to check' : 'no records');
}

/** Refuse a document over the limit before reading it. */
export function checkSize(size: number, maxSize: number, what = 'the document'): void {
	if (size > maxSize)
		throw new InputFailure(`${what} is ${formatSize(size)}, over the ${formatSize(maxSize)} limit`, null, 'too-large');
}

function reasonOf(error: unknown): string {
	// Size limits are the command's option: say which.
	if (error instanceof InputFailure) return error.code === 'too-large' ? `${error.message} (--max-size)` : error.message;
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file';
	if (code === 'EACCES' || code === 'EPERM') return 'cannot read: permission denied';
	if (code === 'EISDIR') return 'is a folder';
	return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
}
