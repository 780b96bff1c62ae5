import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '@unconflate/analyzer';
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

export { docx, docxBomb, encryptedPdf, pdf } from '@unconflate/documents/fixtures';

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
