import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../src/index.ts';

const dir = new URL('../corpus/', import.meta.url);
const records = readdirSync(dir)
	.filter((f) => f.endsWith('.jsonl'))
	.flatMap((file) =>
		readFileSync(new URL(file, dir), 'utf8')
			.split('\n')
			.filter((line) => line.trim())
			.map((line, i) => ({ where: `${file}:${i + 1}`, record: JSON.parse(line) as Record<string, unknown> }))
	);
const KINDS = [
	'news',
	'ngo-anti-trafficking',
	'ngo-sex-worker-rights',
	'government',
	'police',
	'parliament',
	'research',
	'legal',
	'health',
	'business',
	'other'
];

describe('the labelled corpus', () => {
	it('holds at least 100 passages of our own beside the shared ones', () => {
		expect(records.length).toBeGreaterThanOrEqual(100);
	});

	it.each(records.map((r) => [r.where, r.record] as const))('%s follows the labelling guide', (_, record) => {
		expect(Object.keys(record).sort()).toEqual([
			'categories',
			'conflates',
			'difficulty',
			'id',
			'rationale',
			'source_kind',
			'source_url',
			'text'
		]);
		expect(record['source_url']).toMatch(/^https?:\/\//);
		expect(KINDS).toContain(record['source_kind']);
		expect(typeof record['text'] === 'string' && record['text'].length > 0 && record['text'].length <= 700).toBe(true);
		expect(typeof record['conflates']).toBe('boolean');
		for (const category of record['categories'] as string[]) expect(CATEGORIES).toContain(category);
		expect(['easy', 'hard']).toContain(record['difficulty']);
	});

	it('uses every id once', () => {
		const ids = records.map((r) => r.record['id']);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});
});
