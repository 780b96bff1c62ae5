import { describe, expect, test } from 'vitest';
import { eventFor, SAMPLES } from '../../test/helpers.ts';
import { jsonReporter } from './json.ts';

describe('jsonReporter', () => {
	test('prints { results, summary } with source and id before the analyzer result', () => {
		const reporter = jsonReporter();
		const events = [eventFor(SAMPLES.conflating, 'a.md'), eventFor(SAMPLES.clean, 'corpus.jsonl', { id: 7, recordLine: 3 })];
		const summary = {
			sources: 2,
			records: 2,
			conflates: 1,
			clear: 1,
			errors: 0,
			findings: events[0]?.result.findings.length ?? 0
		};
		const out =
			reporter.start() +
			events.map((e) => reporter.result(e)).join('') +
			reporter.error({ source: 'x', line: null, reason: 'r' }) +
			reporter.end(summary);
		const parsed = JSON.parse(out) as { results: Array<Record<string, unknown>>; summary: unknown };
		expect(Object.keys(parsed)).toEqual(['results', 'summary']);
		expect(parsed.summary).toEqual(summary);
		expect(Object.keys(parsed.results[0] ?? {})).toEqual([
			'source',
			'id',
			'verdict',
			'score',
			'categories',
			'findings',
			'strengths'
		]);
		expect(parsed.results.map((r) => [r['source'], r['id'], r['verdict']])).toEqual([
			['a.md', null, 'conflates'],
			['corpus.jsonl', 7, 'clear']
		]);
		const { source: _source, id: _id, ...result } = events[0]?.result ?? {};
		expect(parsed.results[0]).toMatchObject(result);
	});

	test('prints valid JSON when there is no result', () => {
		const reporter = jsonReporter();
		const summary = { sources: 0, records: 0, conflates: 0, clear: 0, errors: 1, findings: 0 };
		expect(JSON.parse(reporter.start() + reporter.end(summary))).toEqual({ results: [], summary });
	});

	test('writes one result per line, so that a corpus streams', () => {
		const reporter = jsonReporter();
		const lines = [reporter.result(eventFor(SAMPLES.clean, 'a')), reporter.result(eventFor(SAMPLES.clean, 'b'))];
		expect(lines.map((l) => l.split('\n').length)).toEqual([2, 2]);
	});
});
