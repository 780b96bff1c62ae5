import { parseArgs } from 'node:util';
import type { Locale, Syntax } from '@unconflate/analyzer';
import { FORMATS, type Format } from './reporters/reporter.ts';
import { parseSize } from './size.ts';

export const SYNTAXES = ['text', 'markdown', 'html'] as const satisfies readonly Syntax[];
export const LOCALES = ['en', 'fr'] as const satisfies readonly Locale[];
export const FAIL_ON = ['conflates', 'findings', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
/** 50 MB: a long report or book is a few MB; past this, a file is more likely a mistake. */
export const DEFAULT_MAX_SIZE = 50 * 1024 ** 2;

/** A bad command line: exit 2 with the message and a pointer to --help. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}

/** Options of `unconflate check`. */
export interface CheckCommand {
	command: 'check';
	inputs: string[];
	syntax: Syntax | undefined;
	locale: Locale;
	format: Format;
	failOn: FailOn;
	quiet: boolean;
	maxSize: number;
	textField: string;
	idField: string;
	config: string | undefined;
}

export type Command =
	| CheckCommand
	| { command: 'rules'; format: 'stylish' | 'json' }
	| { command: 'help'; topic: 'main' | 'check' | 'rules' }
	| { command: 'version' };

const OPTIONS = {
	syntax: { type: 'string' },
	locale: { type: 'string' },
	format: { type: 'string', short: 'f' },
	'fail-on': { type: 'string' },
	quiet: { type: 'boolean', short: 'q' },
	'max-size': { type: 'string' },
	'text-field': { type: 'string' },
	'id-field': { type: 'string' },
	config: { type: 'string', short: 'c' },
	help: { type: 'boolean', short: 'h' },
	version: { type: 'boolean', short: 'v' }
} as const;

const CHECK_ONLY = ['syntax', 'locale', 'fail-on', 'quiet', 'max-size', 'text-field', 'id-field', 'config'] as const;

/** Parse the command line (without `node` and the script). */
export function parseCommand(argv: readonly string[]): Command {
	let parsed;
	try {
		parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
	} catch (error) {
		// node:util's messages add advice about `--` that does not help here: keep the first sentence.
		throw new UsageError((error as Error).message.split(/(?<=\.) /)[0] ?? String(error));
	}
	const { values, positionals } = parsed;
	const [name, ...rest] = positionals;

	if (values.version) return { command: 'version' };
	if (name === undefined) {
		if (values.help) return { command: 'help', topic: 'main' };
		throw new UsageError('no command: use `unconflate check <files>` or `unconflate rules`');
	}
	if (name === 'help') return { command: 'help', topic: rest[0] === 'check' || rest[0] === 'rules' ? rest[0] : 'main' };
	if (name !== 'check' && name !== 'rules') throw new UsageError(`unknown command "${name}": the commands are check and rules`);
	if (values.help) return { command: 'help', topic: name };

	if (name === 'rules') {
		const unused = CHECK_ONLY.filter((option) => values[option] !== undefined);
		if (unused.length > 0)
			throw new UsageError(`--${unused[0]} is an option of \`unconflate check\`, not of \`unconflate rules\``);
		if (rest.length > 0) throw new UsageError(`\`unconflate rules\` takes no arguments (got "${rest[0]}")`);
		const format = oneOf('--format', values.format ?? 'stylish', ['stylish', 'json'] as const);
		return { command: 'rules', format };
	}

	if (rest.length === 0) throw new UsageError('no input: name files, folders or globs, or - for stdin');
	const maxSizeText = values['max-size'];
	const maxSize = maxSizeText === undefined ? DEFAULT_MAX_SIZE : parseSize(maxSizeText);
	if (maxSize === null) throw new UsageError(`--max-size "${maxSizeText}" is not a size (examples: 10mb, 512kb, 2000000)`);
	return {
		command: 'check',
		inputs: rest,
		syntax: values.syntax === undefined ? undefined : oneOf('--syntax', values.syntax, SYNTAXES),
		locale: oneOf('--locale', values.locale ?? 'en', LOCALES),
		format: oneOf('--format', values.format ?? 'stylish', FORMATS),
		failOn: oneOf('--fail-on', values['fail-on'] ?? 'conflates', FAIL_ON),
		quiet: values.quiet ?? false,
		maxSize,
		textField: nonEmpty('--text-field', values['text-field'] ?? 'text'),
		idField: nonEmpty('--id-field', values['id-field'] ?? 'id'),
		config: values.config
	};
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
	if ((allowed as readonly string[]).includes(value)) return value as T;
	throw new UsageError(`${option} "${value}" is not one of ${allowed.join(', ')}`);
}

function nonEmpty(option: string, value: string): string {
	if (value.trim() === '') throw new UsageError(`${option} needs a name`);
	return value;
}

export const HELP: Record<'main' | 'check' | 'rules', string> = {
	main: `unconflate: finds where a text conflates sex work and human trafficking, explains why with
sources, and proposes better wording.

Usage:
  unconflate check [options] <file | folder | glob | ->...
  unconflate rules [--format stylish|json]
  unconflate --help | --version

Run \`unconflate check --help\` for the options, inputs and exit codes.

Examples:
  unconflate check article.md
  unconflate check 'drafts/**/*.{md,html}' --format sarif > unconflate.sarif
  unconflate rules --format json
`,
	check: `unconflate check [options] <file | folder | glob | ->...

Checks each input and prints a result per text: its verdict (conflates or clear), score and findings.

Inputs:
  Text .txt (and any other extension), Markdown .md .markdown, HTML .html .htm, PDF .pdf (text
  layer), Word .docx, and corpora .jsonl .ndjson .csv (one result per record, streamed).
  A folder is searched for these; a glob is matched (quote it); - reads stdin (as text unless
  --syntax says otherwise).

Options:
  --syntax text|markdown|html    the inputs' syntax, instead of the one guessed from the extension
                                 (.md/.markdown: markdown, .html/.htm: html, else text)
  --locale en|fr                 language of messages and suggestions (default: en)
  -f, --format stylish|json|sarif
                                 how to print results (default: stylish; colours only on a terminal
                                 without NO_COLOR)
  --fail-on conflates|findings|never
                                 what makes the exit code 1: a text that conflates (default), any
                                 finding, or nothing
  -q, --quiet                    stylish: show error-severity findings only (exit codes unchanged)
  --max-size <size>              largest document or corpus record to read (default: 50mb;
                                 e.g. 10mb, 512kb)
  --text-field <name>            JSONL field or CSV column holding the text (default: text)
  --id-field <name>              JSONL field or CSV column holding the record id (default: id)
  -c, --config <path>            config file (default: the nearest .unconflaterc.json from the
                                 current folder upward)
  -h, --help                     this help

Config file (.unconflaterc.json):
  { "rules": { "client-slang": "off" }, "categories": { "stigma-terms": "off" } }
  Unknown rule ids and categories are errors; \`unconflate rules\` lists them.

Exit codes:
  0  nothing failed
  1  something failed (see --fail-on)
  2  a usage error, a bad config file, or an input that could not be read (the other inputs are
     still checked and reported; each error goes to stderr as "unconflate: <file>[:<line>]: <reason>")

Examples:
  unconflate check article.md
  unconflate check docs/ 'drafts/**/*.{md,html}'
  unconflate check report.pdf brief.docx --locale fr
  pbpaste | unconflate check - --syntax markdown
  unconflate check 'src/**/*.md' --format sarif > unconflate.sarif
  unconflate check articles.jsonl --text-field body --id-field url --format json --fail-on never
  unconflate check survey.csv --text-field answer --max-size 1mb
`,
	rules: `unconflate rules [--format stylish|json]

Lists the rules: id, category and severity. Rule ids and categories are what .unconflaterc.json
turns "off" or "on".

Options:
  -f, --format stylish|json    a table (default) or a JSON array
  -h, --help                   this help

Examples:
  unconflate rules
  unconflate rules --format json
`
};
