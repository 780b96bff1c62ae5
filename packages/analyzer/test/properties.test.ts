import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.ts';
import { htmlProse } from '../src/syntax/html.ts';
import { markdownProse } from '../src/syntax/markdown.ts';
import { sentences, sentencesOf } from '../src/text/sentences.ts';
import { TOKEN, tokenize } from '../src/text/tokens.ts';

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

describe('the tokenizer, for any input', () => {
	// Letters of several scripts, astral letters, digits with separators, apostrophes, signs.
	const pieces = fc.constantFrom(
		'a',
		'Z',
		'é',
		'É',
		'ß',
		'İ',
		'𝐀',
		'😀',
		'٣',
		'1',
		'0',
		',',
		'.',
		"'",
		'’',
		'%',
		'/',
		'&',
		'-',
		' ',
		'\n',
		'"'
	);
	const text = fc.oneof(
		fc.string({ maxLength: 60 }),
		fc.array(pieces, { maxLength: 40 }).map((p) => p.join(''))
	);

	it('finds the tokens its specification expression finds, with their offsets and normal forms', () => {
		fc.assert(
			fc.property(text, fc.nat(1000), (input, offset) => {
				const expected = [...input.matchAll(TOKEN)].map((m) => ({
					start: offset + m.index,
					end: offset + m.index + m[0].length,
					norm: m[0].toLowerCase().replace(/’/g, "'"),
					capital: /^[A-Z]/.test(m[0])
				}));
				expect(tokenize(input, offset)).toEqual(expected);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('large inputs read in parts, for any input', () => {
	// Long runs of blanks stand for masked markup, which a boundary's look-ahead may cross.
	const spaced = fc
		.array(fc.oneof(vocabulary, fc.string({ maxLength: 8 }), fc.constantFrom(' '.repeat(300), '\n'.repeat(3), '. A')), {
			maxLength: 80
		})
		.map((p) => p.join(' '));

	it('splits prose into the same sentences wherever the parts end', () => {
		fc.assert(
			fc.property(spaced, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
				const offsets = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
				const parts = [0, ...offsets].map((from, i) => ({ offset: from, text: text.slice(from, offsets[i] ?? text.length) }));
				expect([...sentencesOf(parts)]).toEqual([...sentences(text)]);
			}),
			{ numRuns: 500 }
		);
	});

	it('extracts the same HTML prose whatever the part size', () => {
		fc.assert(
			fc.property(input, fc.integer({ min: 1, max: 64 }), (text, size) => {
				expect(htmlProse(text, size)).toEqual(htmlProse(text, Infinity));
			}),
			{ numRuns: 500 }
		);
	});

	it('keeps the Markdown input length with small parts', () => {
		fc.assert(
			fc.property(input, fc.integer({ min: 1, max: 64 }), (text, size) => {
				expect(markdownProse(text, size).text.length).toBe(text.length);
			}),
			{ numRuns: 500 }
		);
	});
});
