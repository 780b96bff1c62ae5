import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { rules } from '@unconflate/analyzer';
import { HELP, parseCommand, UsageError, type CheckCommand } from './args.ts';
import { checkSources } from './check.ts';
import { ConfigError, disabledBy, findConfig, loadConfig } from './config.ts';
import { resolveInputs } from './inputs.ts';
import { writerFor } from './output.ts';
import { Progress } from './progress.ts';
import { jsonReporter } from './reporters/json.ts';
import type { Reporter, ReporterOptions } from './reporters/reporter.ts';
import { sarifReporter } from './reporters/sarif.ts';
import { stylishReporter } from './reporters/stylish.ts';
import type { InputError, Summary } from './types.ts';

/** Exit codes: nothing failed; something failed (see --fail-on); a usage or input error. */
export const EXIT = { ok: 0, failed: 1, error: 2 } as const;

/** Where the command reads and writes: the process's own streams, or stand-ins in tests. */
export interface Io {
	stdin: Readable;
	stdout: Writable & { isTTY?: boolean | undefined };
	stderr: Writable & { isTTY?: boolean | undefined; columns?: number | undefined };
	cwd: string;
	env: Record<string, string | undefined>;
}

/** The package's version (for --version and SARIF). */
export const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
	.version;

/** Run the command line (`argv` without `node` and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
	const fail = (message: string) => {
		io.stderr.write(`unconflate: ${message}\n`);
		return EXIT.error;
	};
	let command;
	try {
		command = parseCommand(argv);
	} catch (error) {
		if (error instanceof UsageError) return fail(`${error.message}\nRun \`unconflate --help\` for usage.`);
		throw error;
	}
	switch (command.command) {
		case 'version':
			io.stdout.write(`${VERSION}\n`);
			return EXIT.ok;
		case 'help':
			io.stdout.write(HELP[command.topic]);
			return EXIT.ok;
		case 'rules':
			io.stdout.write(command.format === 'json' ? `${JSON.stringify(ruleList(), null, 2)}\n` : ruleTable());
			return EXIT.ok;
		case 'check':
			try {
				return await check(command, io);
			} catch (error) {
				if (error instanceof ConfigError) return fail(`${error.path}: ${error.message}`);
				throw error;
			}
	}
}

async function check(command: CheckCommand, io: Io): Promise<number> {
	const configPath = command.config === undefined ? findConfig(io.cwd) : resolve(io.cwd, command.config);
	const disable = configPath === null ? [] : disabledBy(loadConfig(configPath));

	const options: ReporterOptions = {
		color: io.stdout.isTTY === true && !io.env['NO_COLOR'],
		quiet: command.quiet,
		version: VERSION
	};
	const reporter: Reporter =
		command.format === 'json' ? jsonReporter() : command.format === 'sarif' ? sarifReporter(options) : stylishReporter(options);
	const progress = new Progress(io.stderr);
	// The bar shares the terminal with stdout only when both are one: clear it before results then.
	const write = writerFor(io.stdout, io.stdout.isTTY === true ? () => progress.clear() : undefined);
	const summary: Summary = { sources: 0, records: 0, conflates: 0, clear: 0, errors: 0, findings: 0 };
	const report = async (error: InputError) => {
		summary.errors++;
		progress.clear();
		io.stderr.write(`unconflate: ${error.source}${error.line === null ? '' : `:${error.line}`}: ${error.reason}\n`);
		await write(reporter.error(error));
	};

	await write(reporter.start());
	const { sources, errors } = await resolveInputs(command.inputs, io.cwd);
	for (const error of errors) await report(error);
	const events = checkSources(
		sources,
		{
			syntax: command.syntax,
			locale: command.locale,
			disable,
			maxSize: command.maxSize,
			textField: command.textField,
			idField: command.idField,
			onProgress: progress.enabled
				? (source, done, total, records) => progress.update(source.path, done, total, records, done === total)
				: undefined
		},
		io.stdin
	);
	for await (const event of events) {
		if (event.kind === 'source') summary.sources++;
		else if (event.kind === 'error') await report(event.error);
		else {
			const { result } = event;
			summary.records++;
			summary[result.verdict]++;
			summary.findings += result.findings.length;
			await write(reporter.result(event));
		}
	}
	progress.clear();
	await write(reporter.end(summary));

	if (summary.errors > 0) return EXIT.error;
	const failed =
		command.failOn === 'conflates' ? summary.conflates > 0 : command.failOn === 'findings' ? summary.findings > 0 : false;
	return failed ? EXIT.failed : EXIT.ok;
}

/** The rules, for `unconflate rules --format json`. */
function ruleList(): Array<{ id: string; category: string; severity: string }> {
	return rules.map(({ id, category, severity }) => ({ id, category, severity }));
}

function ruleTable(): string {
	const list = ruleList();
	const head = { id: 'rule', category: 'category', severity: 'severity' };
	const idWidth = Math.max(head.id.length, ...list.map((r) => r.id.length));
	const categoryWidth = Math.max(head.category.length, ...list.map((r) => r.category.length));
	const line = (r: typeof head) => `${r.id.padEnd(idWidth)}  ${r.category.padEnd(categoryWidth)}  ${r.severity}`.trimEnd();
	return `${[head, ...list].map(line).join('\n')}\n\n${list.length} rules\n`;
}

function processIo(): Io {
	return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}
