import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { docx, docxBomb, encryptedPdf, json, pdf, run, SAMPLES, workspace } from './helpers.ts';
import { sarifErrors } from './sarif-schema.ts';

// Each scenario runs the real command in a child process (`node bin/unconflate.js …`) and checks
// its exit code and output. Binary fixtures (PDF, DOCX) are made here, never committed.

type Workspace = ReturnType<typeof workspace>;
let ws: Workspace;

beforeAll(async () => {
	ws = workspace({
		'clean.txt': SAMPLES.clean,
		'conflating.txt': SAMPLES.conflating,
		'finding.txt': SAMPLES.clearWithFinding,
		'error.txt': SAMPLES.clearWithError,
		'docs/a.md': `# Title\n\n${SAMPLES.conflating}\n`,
		'docs/b.html': `<p>${SAMPLES.clean}</p>`,
		'docs/nested/c.txt': SAMPLES.clean,
		'code.txt': `\`\`\`\n${SAMPLES.conflating}\n\`\`\`\n`,
		'binary.txt': new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02]),
		'latin1.txt': new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x0a]),
		'empty.txt': '',
		'blank.md': '\n  \n',
		'corpus.jsonl': [
			JSON.stringify({ id: 'a-1', text: SAMPLES.conflating }),
			JSON.stringify({ id: 2, text: SAMPLES.clean }),
			'',
			'{"id": "a-3", "text": ',
			JSON.stringify({ id: 'a-4', body: 'no text field' }),
			JSON.stringify({ id: 'a-5', text: SAMPLES.clearWithFinding })
		].join('\n'),
		'custom.jsonl': `${JSON.stringify({ url: 'https://example.org/1', body: SAMPLES.conflating })}\n`,
		'corpus.csv': `id,text\nr1,"${SAMPLES.conflating}"\nr2,"A ""quoted"" word. ${SAMPLES.clean}"\nr3,"A line break inside a field.\n${SAMPLES.conflating}"\n`,
		'no-text.csv': 'id,body\nr1,hello\n',
		'report.docx': docx(['Introduction.', SAMPLES.conflating]),
		'bomb.docx': docxBomb(20),
		'encrypted.pdf': encryptedPdf(),
		'broken.pdf': '%PDF-1.4\nthis is not really a PDF\n',
		'report.pdf': await pdf([['A report on services.'], [SAMPLES.conflating]]),
		'big.txt': `${SAMPLES.clean} `.repeat(2000)
	});
});

afterAll(() => ws.cleanup());

const check = (args: string[], options: { input?: string | Uint8Array; cwd?: string } = {}) =>
	run(['check', ...args], { cwd: options.cwd ?? ws.dir, input: options.input });

describe('exit codes', () => {
	test('exits 0 for a clean text', async () => {
		const { code, stdout, stderr } = await check(['clean.txt']);
		expect(code).toBe(0);
		expect(stdout).toBe('✔ 1 text checked, none conflates\n');
		expect(stderr).toBe('');
	});

	test('exits 1 for a text that conflates, and names the rules', async () => {
		const { code, stdout } = await check(['conflating.txt']);
		expect(code).toBe(1);
		expect(stdout).toMatch(/^conflating\.txt\n {2}✖ conflates \(score \d+\)\n/);
		expect(stdout).toMatch(/trafficking-joined-with-sex-work/);
		expect(stdout).not.toContain('\x1b[');
	});

	test('exits 0 for a text that conflates with --fail-on never', async () => {
		expect((await check(['conflating.txt', '--fail-on', 'never'])).code).toBe(0);
	});

	test('exits 1 with --fail-on findings for a clear text that has a finding, and 0 without one', async () => {
		expect((await check(['finding.txt'])).code).toBe(0);
		expect((await check(['finding.txt', '--fail-on', 'findings'])).code).toBe(1);
		expect((await check(['clean.txt', '--fail-on', 'findings'])).code).toBe(0);
	});

	test('exits 2 on a usage error, with the reason and a pointer to --help', async () => {
		for (const args of [['--bogus', 'clean.txt'], ['--format', 'xml', 'clean.txt'], []]) {
			const { code, stdout, stderr } = await check(args);
			expect(code).toBe(2);
			expect(stdout).toBe('');
			expect(stderr).toMatch(/^unconflate: .+\nRun `unconflate --help` for usage\.\n$/);
		}
		expect((await run(['frobnicate'])).stderr).toMatch(/unknown command "frobnicate"/);
	});
});

describe('configuration', () => {
	test('turns off a rule set "off" in .unconflaterc.json found upward from the current folder', async () => {
		const local = workspace({
			'.unconflaterc.json': JSON.stringify({ rules: { 'trafficking-joined-with-sex-work': 'off' } }),
			'sub/a.txt': SAMPLES.conflating
		});
		try {
			const { stdout } = await check(['a.txt', '--format', 'json', '--fail-on', 'never'], { cwd: local.path('sub') });
			const rules = json(stdout).results[0]?.findings.map((f) => f.rule);
			expect(rules).not.toContain('trafficking-joined-with-sex-work');
			expect(rules).toContain('no-one-chooses');
		} finally {
			local.cleanup();
		}
	});

	test('turns off a category set "off" in the file named by --config', async () => {
		writeFileSync(ws.path('lumps-off.json'), JSON.stringify({ categories: { lumps: 'off' } }));
		const { stdout } = await check(['conflating.txt', '--config', 'lumps-off.json', '--format', 'json', '--fail-on', 'never']);
		const findings = json(stdout).results[0]?.findings ?? [];
		expect(findings.map((f) => f.rule)).not.toContain('trafficking-joined-with-sex-work');
		expect(findings.length).toBeGreaterThan(0);
	});

	test('exits 2 and names unknown rule ids and categories in the config', async () => {
		writeFileSync(
			ws.path('bad-config.json'),
			JSON.stringify({ rules: { 'no-such-rule': 'off' }, categories: { gossip: 'off' } })
		);
		const { code, stdout, stderr } = await check(['clean.txt', '--config', 'bad-config.json']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/bad-config\.json: unknown rule "no-such-rule"; unknown category "gossip"/);
	});

	test('exits 2 when the config named by --config does not exist', async () => {
		const { code, stderr } = await check(['clean.txt', '--config', 'missing.json']);
		expect(code).toBe(2);
		expect(stderr).toMatch(/missing\.json: no such file/);
	});
});

describe('bad inputs', () => {
	// Each bad input exits 2 with `unconflate: <file>[:<line>]: <reason>` on stderr, and the good
	// file beside it is still checked and reported.
	test.each([
		['binary.txt', /^unconflate: binary\.txt:1: binary data \(a NUL byte\), not a text file$/m],
		['latin1.txt', /^unconflate: latin1\.txt:1: invalid UTF-8 \(byte 4\); save the file as UTF-8$/m],
		['empty.txt', /^unconflate: empty\.txt: empty input: nothing to check$/m],
		['blank.md', /^unconflate: blank\.md: empty input: nothing to check$/m],
		['encrypted.pdf', /^unconflate: encrypted\.pdf: encrypted PDF \(password-protected\): remove the password first$/m],
		['broken.pdf', /^unconflate: broken\.pdf: unreadable PDF: /m],
		['bomb.docx', /^unconflate: bomb\.docx: zip bomb refused: the archive would unpack to \d+ times its size \(limit 100\)$/m],
		[
			'no-text.csv',
			/^unconflate: no-text\.csv:1: no "text" column \(columns: "id", "body"\); set the column with --text-field$/m
		],
		['missing.txt', /^unconflate: missing\.txt: no such file or folder$/m],
		['nothing/**/*.md', /^unconflate: nothing\/\*\*\/\*\.md: no files match this glob$/m]
	])('reports %s and still checks the other files', async (input, message) => {
		const { code, stdout, stderr } = await check([input, 'conflating.txt', '--format', 'json']);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
		const output = json(stdout);
		expect(output.results.map((r) => r.source)).toEqual(['conflating.txt']);
		expect(output.summary.errors).toBe(1);
	});

	test('refuses a document over --max-size before reading it', async () => {
		const { code, stdout, stderr } = await check(['big.txt', 'clean.txt', '--max-size', '10kb']);
		expect(code).toBe(2);
		expect(stderr).toMatch(/^unconflate: big\.txt: the document is \d+(\.\d)? KB, over the 10 KB limit \(--max-size\)$/m);
		expect(stdout).toMatch(/1 text checked/);
	});

	test('reports a malformed JSONL line by number and goes on with the next lines', async () => {
		const { code, stdout, stderr } = await check(['corpus.jsonl', '--format', 'json']);
		expect(code).toBe(2);
		expect(stderr).toMatch(/^unconflate: corpus\.jsonl:4: malformed JSON: /m);
		expect(stderr).toMatch(/^unconflate: corpus\.jsonl:5: no "text" field \(set the field with --text-field\)$/m);
		expect(json(stdout).results.map((r) => r.id)).toEqual(['a-1', 2, 'a-5']);
		expect(json(stdout).summary).toMatchObject({ sources: 1, records: 3, errors: 2 });
	});
});

describe('inputs', () => {
	test('checks a JSONL corpus record by record, with ids', async () => {
		const { stdout } = await check(['corpus.jsonl', '--format', 'stylish', '--fail-on', 'never']);
		expect(stdout).toMatch(/^corpus\.jsonl:1 \(id a-1\)\n {2}✖ conflates/m);
		expect(stdout).toMatch(/✖ 1 of 3 texts conflates/);
	});

	test('reads the text and id from the fields named by --text-field and --id-field', async () => {
		const { code, stdout } = await check(['custom.jsonl', '--text-field', 'body', '--id-field', 'url', '--format', 'json']);
		expect(code).toBe(1);
		expect(json(stdout).results).toMatchObject([{ source: 'custom.jsonl', id: 'https://example.org/1', verdict: 'conflates' }]);
	});

	test('checks a CSV corpus row by row, with ids, quoted fields and line breaks inside them', async () => {
		const { code, stdout } = await check(['corpus.csv', '--format', 'json']);
		expect(code).toBe(1);
		const output = json(stdout);
		expect(output.results.map((r) => [r.id, r.verdict])).toEqual([
			['r1', 'conflates'],
			['r2', 'clear'],
			['r3', 'conflates']
		]);
		expect(output.summary).toMatchObject({ sources: 1, records: 3, conflates: 2, clear: 1, errors: 0 });
	});

	test('points at the line where a CSV record starts', async () => {
		const { stdout } = await check(['corpus.csv', '--format', 'sarif']);
		const log = JSON.parse(stdout) as {
			runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }>;
		};
		expect(new Set(log.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.region.startLine))).toEqual(new Set([2, 4]));
	});

	test('reads stdin as text with the source "-"', async () => {
		const { code, stdout } = await check(['-', '--format', 'json'], { input: SAMPLES.conflating });
		expect(code).toBe(1);
		expect(json(stdout).results).toMatchObject([{ source: '-', id: null, verdict: 'conflates' }]);
	});

	test('reads stdin as Markdown when told, skipping code blocks', async () => {
		const input = `\`\`\`\n${SAMPLES.conflating}\n\`\`\`\n`;
		expect((await check(['-'], { input })).code).toBe(1);
		expect((await check(['-', '--syntax', 'markdown'], { input })).code).toBe(0);
	});

	test('guesses the syntax from the extension, and --syntax overrides it', async () => {
		expect((await check(['code.txt'])).code).toBe(1);
		expect((await check(['code.txt', '--syntax', 'markdown'])).code).toBe(0);
	});

	test('searches a folder and expands a glob, each file once', async () => {
		const { stdout } = await check(['docs', 'docs/**/*.md', '--format', 'json', '--fail-on', 'never']);
		expect(json(stdout).results.map((r) => r.source)).toEqual(['docs/a.md', 'docs/b.html', 'docs/nested/c.txt']);
	});

	test('reads the text layer of a PDF and the paragraphs of a DOCX', async () => {
		const { code, stdout } = await check(['report.pdf', 'report.docx', '--format', 'json']);
		expect(code).toBe(1);
		expect(json(stdout).results.map((r) => [r.source, r.verdict])).toEqual([
			['report.pdf', 'conflates'],
			['report.docx', 'conflates']
		]);
	});

	test('refuses stdin over --max-size', async () => {
		const { code, stderr } = await check(['-', '--max-size', '1kb'], { input: 'x '.repeat(2000) });
		expect(code).toBe(2);
		expect(stderr).toMatch(/^unconflate: -: the input is over the 1 KB limit \(--max-size\)$/m);
	});
});

describe('output', () => {
	test('prints JSON with results and the summary', async () => {
		const { stdout } = await check(['conflating.txt', 'clean.txt', '--format', 'json']);
		const output = json(stdout);
		expect(output.results.map((r) => [r.source, r.id, r.verdict])).toEqual([
			['conflating.txt', null, 'conflates'],
			['clean.txt', null, 'clear']
		]);
		expect(output.summary).toMatchObject({ sources: 2, records: 2, conflates: 1, clear: 1, errors: 0 });
	});

	test('prints SARIF that is valid against the official schema, input errors included', async () => {
		const { code, stdout } = await check(['conflating.txt', 'error.txt', 'corpus.jsonl', 'missing.txt', '--format', 'sarif']);
		expect(code).toBe(2);
		const log = JSON.parse(stdout) as unknown;
		expect(sarifErrors(log)).toEqual([]);
		expect(log).toMatchObject({
			version: '2.1.0',
			runs: [{ tool: { driver: { name: 'unconflate' } }, invocations: [{ executionSuccessful: false }] }]
		});
	});

	test('shows only error-severity findings with --quiet', async () => {
		const loud = await check(['finding.txt', 'error.txt']);
		const quiet = await check(['finding.txt', 'error.txt', '--quiet']);
		expect(loud.stdout).toMatch(/finding\.txt/);
		expect(quiet.stdout).not.toMatch(/finding\.txt/);
		expect(quiet.stdout).toMatch(/error\.txt[\s\S]*child-prostitute/);
	});

	test('gives the same findings with suggestions in French with --locale fr', async () => {
		const suggestions = async (locale: string) => {
			const { stdout } = await check(['-', '--format', 'json', '--locale', locale], { input: SAMPLES.withSuggestions });
			return json(stdout).results[0]?.findings.map((f) => [f.rule, f.suggestions]) ?? [];
		};
		const [en, fr] = [await suggestions('en'), await suggestions('fr')];
		expect(fr.map(([rule]) => rule)).toEqual(en.map(([rule]) => rule));
		expect(fr.flatMap(([, s]) => s)).not.toEqual(en.flatMap(([, s]) => s));
	});
});

describe('other commands', () => {
	test('lists the rules with id, category and severity, as a table or JSON', async () => {
		const table = await run(['rules']);
		expect(table.code).toBe(0);
		expect(table.stdout).toMatch(/^rule +category +severity$/m);
		expect(table.stdout).toMatch(/^no-one-chooses +no-agency +warning$/m);
		const list = JSON.parse((await run(['rules', '--format', 'json'])).stdout) as Array<Record<string, string>>;
		expect(list).toContainEqual({ id: 'no-one-chooses', category: 'no-agency', severity: 'warning' });
	});

	test('prints help with examples and the exit codes', async () => {
		const main = await run(['--help']);
		expect(main.code).toBe(0);
		expect(main.stdout).toMatch(/Examples:/);
		const help = await run(['check', '--help']);
		expect(help.stdout).toMatch(/--fail-on conflates\|findings\|never/);
		expect(help.stdout).toMatch(/Exit codes:/);
	});

	test('prints the version', async () => {
		const { code, stdout } = await run(['--version']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
	});
});
