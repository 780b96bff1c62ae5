import { describe, expect, test } from 'vitest';
import { eventFor, SAMPLES } from '../../test/helpers.ts';
import type { Summary } from '../types.ts';
import { stylishReporter } from './stylish.ts';

const summary = (over: Partial<Summary>): Summary => ({
	sources: 1,
	records: 1,
	conflates: 0,
	clear: 0,
	errors: 0,
	findings: 0,
	...over
});

describe('stylishReporter', () => {
	test('prints a block per conflating text, with positions, severities and rule ids, and no colours', () => {
		const reporter = stylishReporter({ color: false, quiet: false });
		const event = eventFor(SAMPLES.conflating, 'docs/a.md');
		const out = reporter.result(event);
		expect(out).not.toContain('\x1b[');
		const lines = out.trimEnd().split('\n');
		expect(lines[0]).toBe('docs/a.md');
		expect(lines[1]).toMatch(/^ {2}✖ conflates \(score \d+\)$/);
		for (const finding of event.result.findings) {
			expect(out).toMatch(
				new RegExp(`\\b${finding.line}:${finding.column}\\s+${finding.severity}\\s+.*\\s${finding.rule}$`, 'm')
			);
		}
	});

	test('prints nothing for a clear text without findings, but counts it', () => {
		const reporter = stylishReporter({ color: false, quiet: false });
		expect(reporter.result(eventFor(SAMPLES.clean, 'a.txt'))).toBe('');
		expect(reporter.end(summary({ clear: 1 }))).toBe('✔ 1 text checked, none conflates\n');
	});

	test('names a corpus record by its line and id', () => {
		const reporter = stylishReporter({ color: false, quiet: false });
		expect(reporter.result(eventFor(SAMPLES.conflating, 'corpus.jsonl', { id: 'a-017', recordLine: 12 })).split('\n')[0]).toBe(
			'corpus.jsonl:12 (id a-017)'
		);
	});

	test('shows only error-severity findings when quiet', () => {
		const quiet = stylishReporter({ color: false, quiet: true });
		expect(quiet.result(eventFor(SAMPLES.clearWithFinding, 'a.txt'))).toBe('');
		expect(quiet.result(eventFor(SAMPLES.clearWithError, 'b.txt'))).toMatch(/ error +.*child-prostitute/);
	});

	test('sums up texts that conflate, findings by severity and input errors', () => {
		const reporter = stylishReporter({ color: false, quiet: false });
		const event = eventFor(SAMPLES.conflating, 'a.txt');
		reporter.result(event);
		const count = event.result.findings.length;
		expect(reporter.end(summary({ sources: 2, records: 3, conflates: 1, clear: 2, errors: 1, findings: count }))).toBe(
			`✖ 1 of 3 texts conflates · ${count} findings (${count} warnings) · 1 input error (see above)\n`
		);
	});

	test('colours the verdict when asked to', () => {
		const out = stylishReporter({ color: true, quiet: false }).result(eventFor(SAMPLES.conflating, 'a.txt'));
		expect(out).toContain('\x1b[31m✖ conflates');
	});
});
