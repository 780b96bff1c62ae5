import { rules } from '@unconflate/analyzer';
import { describe, expect, test } from 'vitest';
import { eventFor, SAMPLES } from '../../test/helpers.ts';
import { sarifErrors } from '../../test/sarif-schema.ts';
import type { Summary } from '../types.ts';
import { sarifReporter, uriOf } from './sarif.ts';

const summary = (over: Partial<Summary> = {}): Summary => ({
	sources: 1,
	records: 1,
	conflates: 1,
	clear: 0,
	errors: 0,
	findings: 2,
	...over
});

function sarifLog(
	events: ReturnType<typeof eventFor>[],
	errors: Array<{ source: string; line: number | null; reason: string }> = []
) {
	const reporter = sarifReporter({ version: '0.1.0' });
	let out = reporter.start();
	for (const event of events) out += reporter.result(event);
	for (const error of errors) out += reporter.error(error);
	out += reporter.end(summary({ errors: errors.length }));
	return JSON.parse(out) as {
		runs: Array<{
			tool: {
				driver: {
					name: string;
					rules: Array<{ id: string; defaultConfiguration: { level: string }; properties: { category: string } }>;
				};
			};
			results: Array<
				Record<string, unknown> & {
					ruleId: string;
					level: string;
					locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>;
				}
			>;
			invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: unknown[] }>;
		}>;
	};
}

describe('sarifReporter', () => {
	test('writes a log that is valid against the official SARIF 2.1.0 schema', () => {
		const log = sarifLog(
			[
				eventFor(SAMPLES.conflating, 'docs/a file.md'),
				eventFor(SAMPLES.clearWithError, 'corpus.jsonl', { id: 'r-1', recordLine: 4, kind: 'jsonl' }),
				eventFor(SAMPLES.clearWithFinding, 'report.pdf', { kind: 'pdf' }),
				eventFor(SAMPLES.clean, '-')
			],
			[{ source: 'bad.jsonl', line: 3, reason: 'malformed JSON' }]
		);
		expect(sarifErrors(log)).toEqual([]);
		expect(log.runs).toHaveLength(1);
	});

	test('rejects a broken log, so the schema check is real', () => {
		expect(sarifErrors({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal' }] }] })).not.toEqual([]);
	});

	test('lists every rule with its category and default level', () => {
		const driver = sarifLog([]).runs[0]?.tool.driver;
		expect(driver?.name).toBe('unconflate');
		expect(driver?.rules.map((r) => r.id)).toEqual(rules.map((r) => r.id));
		const levels = { error: 'error', warning: 'warning', info: 'note' } as const;
		for (const [i, rule] of rules.entries()) {
			expect(driver?.rules[i]?.defaultConfiguration.level).toBe(levels[rule.severity]);
			expect(driver?.rules[i]?.properties.category).toBe(rule.category);
		}
	});

	test('points a document finding at its lines and UTF-16 columns', () => {
		const event = eventFor(`Intro line.\n${SAMPLES.conflating}`, 'a.md');
		const log = sarifLog([event]);
		const finding = event.result.findings[0];
		const result = log.runs[0]?.results[0];
		expect(result?.ruleId).toBe(finding?.rule);
		expect(result?.level).toBe('warning');
		expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('a.md');
		expect(result?.locations[0]?.physicalLocation.region).toMatchObject({
			startLine: finding?.line,
			startColumn: finding?.column,
			endLine: finding?.endLine,
			endColumn: finding?.endColumn
		});
	});

	test('points a corpus finding at the record line, with the record id as a logical location', () => {
		const result = sarifLog([eventFor(SAMPLES.clearWithError, 'corpus.jsonl', { id: 'r-1', recordLine: 4, kind: 'jsonl' })])
			.runs[0]?.results[0];
		expect(result?.level).toBe('error');
		expect(result?.locations[0]?.physicalLocation.region).toEqual({ startLine: 4 });
		expect(result?.['locations']).toMatchObject([{ logicalLocations: [{ name: 'r-1' }] }]);
	});

	test('gives stable fingerprints that differ between findings', () => {
		const event = eventFor(SAMPLES.conflating, 'a.md');
		const prints = (log: ReturnType<typeof sarifLog>) =>
			log.runs[0]?.results.map((r) => JSON.stringify(r['partialFingerprints']));
		const first = prints(sarifLog([event]));
		expect(prints(sarifLog([event]))).toEqual(first);
		expect(new Set(first).size).toBe(first?.length);
	});

	test('turns input errors into notifications and an unsuccessful invocation', () => {
		const invocation = sarifLog([], [{ source: 'x.pdf', line: null, reason: 'encrypted PDF' }]).runs[0]?.invocations[0];
		expect(invocation?.executionSuccessful).toBe(false);
		expect(invocation?.toolExecutionNotifications).toEqual([
			{
				level: 'error',
				message: { text: 'encrypted PDF' },
				locations: [{ physicalLocation: { artifactLocation: { uri: 'x.pdf' } } }]
			}
		]);
	});

	test('encodes paths as URI references', () => {
		expect([uriOf('docs/a file#1.md'), uriOf('/tmp/x y.md'), uriOf('-')]).toEqual([
			'docs/a%20file%231.md',
			'file:///tmp/x%20y.md',
			'stdin'
		]);
	});
});
