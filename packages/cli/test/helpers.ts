import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '@unconflate/analyzer';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { ResultEvent, SourceKind } from '../src/types.ts';

/** Texts the scenarios rely on; `samples.test.ts` checks that the analyzer still treats them so. */
export const SAMPLES = {
	/** Conflates: lumps the two and denies agency. */
	conflating: 'Sex trafficking and prostitution are the same problem, and no woman chooses prostitution.',
	/** Clear, no findings. */
	clean: 'Sex workers organise for safer working conditions and labour rights.',
	/** Clear, but with a (warning) finding: a stigmatising word alone does not make a text conflate. */
	clearWithFinding: 'She worked as a hooker for a decade before she retired.',
	/** Clear, with an error-severity finding. */
	clearWithError: 'Police rescued a child prostitute.',
	/** Findings whose suggestions come from the respectful-language terms, in English and French. */
	withSuggestions: 'Prostitutes were rescued in the raid.'
} as const;

export const BIN = fileURLToPath(new URL('../bin/unconflate.js', import.meta.url));

export interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** Run the command as a child process (`node bin/unconflate.js …`), with optional stdin. */
export function run(
	args: string[],
	options: { cwd?: string; input?: string | Uint8Array; env?: NodeJS.ProcessEnv } = {}
): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [BIN, ...args], {
			cwd: options.cwd,
			env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...options.env },
			stdio: ['pipe', 'pipe', 'pipe']
		});
		const stdout: Buffer[] = [];
		const stderr: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
		child.on('error', reject);
		child.on('close', (code) =>
			resolve({ code, stdout: Buffer.concat(stdout).toString(), stderr: Buffer.concat(stderr).toString() })
		);
		child.stdin.end(options.input ?? '');
	});
}

/** A temporary folder with the given files (string or bytes); `cleanup()` removes it. */
export function workspace(files: Record<string, string | Uint8Array> = {}): {
	dir: string;
	path: (name: string) => string;
	cleanup: () => void;
} {
	const dir = mkdtempSync(join(tmpdir(), 'unconflate-cli-'));
	for (const [name, content] of Object.entries(files)) {
		const path = join(dir, name);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, content);
	}
	return { dir, path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A minimal Word document (ECMA-376 WordprocessingML): one `w:p` per paragraph. */
export function docx(paragraphs: string[], extra: Zippable = {}): Uint8Array {
	const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join('');
	const document =
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
		'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
		`<w:body>${body}</w:body></w:document>`;
	const contentTypes =
		'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
		'<Default Extension="xml" ContentType="application/xml"/>' +
		'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
	return zipSync({ '[Content_Types].xml': strToU8(contentTypes), 'word/document.xml': strToU8(document), ...extra });
}

/** A zip bomb dressed as a .docx: megabytes of zeros that deflate to a few kilobytes. */
export function docxBomb(megabytes = 20): Uint8Array {
	return zipSync({ 'word/document.xml': new Uint8Array(megabytes * 1024 * 1024) }, { level: 9 });
}

/** A PDF with a text layer: one page per entry, one line per string. */
export async function pdf(pages: string[][]): Promise<Uint8Array> {
	const document = await PDFDocument.create();
	const font = await document.embedFont(StandardFonts.Helvetica);
	for (const lines of pages) {
		const page = document.addPage();
		lines.forEach((line, i) => page.drawText(line, { x: 50, y: 750 - i * 20, size: 11, font }));
	}
	return document.save();
}

/**
 * A PDF encrypted with the standard security handler (ISO 32000-1, 7.6.3) whose user password is
 * not empty: PDF.js cannot open it without one.
 */
export function encryptedPdf(): string {
	return [
		'%PDF-1.4',
		'1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
		'2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
		`3 0 obj << /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >> endobj`,
		`trailer << /Root 1 0 R /Encrypt 3 0 R /ID [<${'33'.repeat(16)}><${'33'.repeat(16)}>] >>`,
		'%%EOF',
		''
	].join('\n');
}

/** Parse `--format json` output. */
export function json(output: string): {
	results: Array<{
		source: string;
		id: string | number | null;
		verdict: string;
		findings: Array<{ rule: string; severity: string; suggestions: string[] }>;
	}>;
	summary: { sources: number; records: number; conflates: number; clear: number; errors: number; findings: number };
} {
	return JSON.parse(output) as ReturnType<typeof json>;
}

/** A result event as `checkSources` yields it, for reporter tests. */
export function eventFor(
	text: string,
	source: string,
	options: { id?: string | number | null; recordLine?: number | null; kind?: SourceKind } = {}
): ResultEvent {
	return {
		kind: 'result',
		result: { source, id: options.id ?? null, ...analyze(text) },
		sourceKind: options.kind ?? 'text',
		recordLine: options.recordLine ?? null,
		text
	};
}
