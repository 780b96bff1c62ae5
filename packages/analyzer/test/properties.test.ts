import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.ts';
import { htmlProse } from '../src/syntax/html.ts';
import { markdownProse } from '../src/syntax/markdown.ts';

// Words that make rules fire, mixed with markup and arbitrary text, to reach every code path.
const vocabulary = fc.constantFrom(
	'sex trafficking',
	'prostitution',
	'and',
	'sex work',
	'rescued',
	'police',
	'raid',
	'brothel',
	'27 million',
	'victims',
	'no woman chooses',
	'child prostitute',
	'“sex work”',
	'not',
	'the',
	'signs',
	'multiple phones',
	'. ',
	'\n\n',
	'- ',
	'# ',
	'`code`',
	'<p>',
	'</p>',
	'&amp;',
	'<!-- unconflate-disable -->',
	'[link](https://x.org)',
	'?',
	'"',
	'’'
);
const input = fc.oneof(
	fc.string({ maxLength: 400 }),
	fc.array(fc.oneof(vocabulary, fc.string({ maxLength: 8 })), { maxLength: 80 }).map((p) => p.join(' '))
);

describe('analyze, for any input', () => {
	it.each(['text', 'markdown', 'html'] as const)('never throws and keeps offsets inside the %s input, in order', (syntax) => {
		fc.assert(
			fc.property(input, (text) => {
				const result = analyze(text, { syntax });
				expect(result.score).toBeGreaterThanOrEqual(0);
				expect(result.score).toBeLessThanOrEqual(100);
				expect(result.verdict).toBe(result.score >= 50 ? 'conflates' : 'clear');
				let last = 0;
				for (const finding of result.findings) {
					expect(finding.start).toBeGreaterThanOrEqual(0);
					expect(finding.end).toBeLessThanOrEqual(text.length);
					expect(finding.start).toBeLessThan(finding.end);
					expect(finding.start).toBeGreaterThanOrEqual(last);
					last = finding.start;
				}
				for (const strength of result.strengths) expect(strength.end).toBeLessThanOrEqual(text.length);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('prose extraction, for any input', () => {
	it.each([
		['markdown', markdownProse],
		['html', htmlProse]
	] as const)('keeps the %s input length, so that every offset is an offset in the input', (_, extract) => {
		fc.assert(
			fc.property(input, (text) => {
				const prose = extract(text).text;
				expect(prose.length).toBe(text.length);
				for (let i = 0; i < text.length; i++) {
					const c = prose[i];
					if (c !== text[i] && c !== ' ' && c !== '\n') expect(text[i], `offset ${i}`).toBe('&');
				}
			}),
			{ numRuns: 500 }
		);
	});
});
