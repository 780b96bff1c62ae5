import { describe, expect, it } from 'vitest';
import { defaultInstrument } from './default-instrument.ts';
import { responseSchema, validateResponse } from './responses.ts';

const pairing = 'ab'.repeat(32);
const codes = (input: Parameters<typeof validateResponse>[1]) => {
	const result = validateResponse(defaultInstrument, input);
	return result.ok ? [] : result.problems.map((problem) => problem.code);
};

describe('validateResponse', () => {
	it('accepts a complete post questionnaire and trims open answers', () => {
		const result = validateResponse(defaultInstrument, {
			session: ' s1 ',
			phase: 'POST',
			pairing: pairing.toUpperCase(),
			answers: {
				'k-movement': 'not-required',
				'b-raids-help': 2,
				'r-tell-apart': { before: 2, now: 4 },
				'o-stays-with-you': '  The difference between a need and a label.  ',
				'o-do-differently': '   '
			}
		});
		expect(result).toEqual({
			ok: true,
			response: {
				session: 's1',
				phase: 'post',
				pairing,
				answers: {
					'k-movement': 'not-required',
					'b-raids-help': 2,
					'r-tell-apart': { before: 2, now: 4 },
					'o-stays-with-you': 'The difference between a need and a label.'
				}
			}
		});
	});

	it('names a missing session, an unknown phase and a missing or malformed pairing key', () => {
		expect(codes({ session: '', phase: 'pre', pairing, answers: {} })).toEqual(['missing-session']);
		expect(codes({ session: 's', phase: 'during', pairing, answers: {} })).toEqual(['unknown-phase']);
		expect(codes({ session: 's', phase: 'pre', pairing: '', answers: {} })).toEqual(['missing-pairing']);
		expect(codes({ session: 's', phase: 'pre', pairing: 'marie07', answers: {} })).toEqual(['bad-pairing']);
	});

	it('names unknown items, items not asked in the phase, and values out of range', () => {
		expect(codes({ session: 's', phase: 'pre', pairing, answers: { 'k-nope': 'a' } })).toEqual(['unknown-item']);
		expect(codes({ session: 's', phase: 'pre', pairing, answers: { 'r-tell-apart': { before: 1, now: 2 } } })).toEqual([
			'not-in-phase'
		]);
		expect(codes({ session: 's', phase: 'pre', pairing, answers: { 'k-movement': 'maybe' } })).toEqual(['out-of-range']);
		expect(codes({ session: 's', phase: 'pre', pairing, answers: { 'b-raids-help': 6 } })).toEqual(['out-of-range']);
		expect(codes({ session: 's', phase: 'pre', pairing, answers: { 'b-raids-help': 2.5 } })).toEqual(['out-of-range']);
		expect(codes({ session: 's', phase: 'post', pairing, answers: { 'r-tell-apart': { before: 0, now: 2 } } })).toEqual([
			'out-of-range'
		]);
		expect(codes({ session: 's', phase: 'post', pairing, answers: { 'r-tell-apart': { now: 2 } } })).toEqual(['incomplete-pair']);
		expect(codes({ session: 's', phase: 'post', pairing, answers: { 'o-stays-with-you': 'x'.repeat(2001) } })).toEqual([
			'too-long'
		]);
	});

	it('counts an open answer’s length in characters, not UTF-16 units', () => {
		expect(codes({ session: 's', phase: 'post', pairing, answers: { 'o-stays-with-you': '🌱'.repeat(2000) } })).toEqual([]);
	});

	it('reports every problem at once', () => {
		expect(codes({ session: '', phase: 'pre', pairing: '', answers: { 'k-movement': 'x', 'b-raids-help': 0 } })).toEqual([
			'missing-session',
			'missing-pairing',
			'out-of-range',
			'out-of-range'
		]);
	});
});

describe('responseSchema', () => {
	it('gives a Zod schema whose issues carry the problem and its path', () => {
		const schema = responseSchema(defaultInstrument);
		expect(schema.parse({ session: 's', phase: 'pre', pairing, answers: { 'b-adults-decide': 4 } })).toMatchObject({
			answers: { 'b-adults-decide': 4 }
		});
		const result = schema.safeParse({ session: 's', phase: 'pre', pairing: '', answers: { 'b-adults-decide': 9 } });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
			['pairing', 'missing-pairing'],
			['answers.b-adults-decide', 'out-of-range']
		]);
	});
});
