import { defaultInstrument, validateResponse } from '@unconflate/evaluation';
import { describe, expect, it } from 'vitest';
import { fieldsOf, problemsByField, readQuestionnaire } from './questionnaire-form.ts';

const posted = (entries: Record<string, string>) => (name: string) => entries[name] ?? null;

describe('reading a posted questionnaire', () => {
	it('reads ratings as numbers, choices and open answers as text, and skips unanswered items', () => {
		const { answers, fields } = readQuestionnaire(
			defaultInstrument,
			'post',
			posted({
				'k-movement': 'not-required',
				'b-adults-decide': '4',
				'r-tell-apart.before': '2',
				'r-tell-apart.now': '5',
				'o-stays-with-you': 'Listening first.',
				'b-raids-help': ''
			})
		);
		expect(answers).toEqual({
			'k-movement': 'not-required',
			'b-adults-decide': 4,
			'r-tell-apart': { before: 2, now: 5 },
			'o-stays-with-you': 'Listening first.'
		});
		expect(fields['r-tell-apart.now']).toBe('5');
		expect('b-raids-help' in fields).toBe(false);
	});

	it('ignores fields of items the phase does not ask', () => {
		const { answers } = readQuestionnaire(
			defaultInstrument,
			'pre',
			posted({ 'r-tell-apart.before': '2', 'b-adults-decide': '3' })
		);
		expect(answers).toEqual({ 'b-adults-decide': 3 });
	});

	it('keeps a value that is not a rating as typed, so that validation names it', () => {
		const { answers } = readQuestionnaire(defaultInstrument, 'pre', posted({ 'b-adults-decide': 'lots' }));
		const result = validateResponse(defaultInstrument, { session: 's', phase: 'pre', pairing: 'a'.repeat(64), answers });
		expect(result.ok ? [] : result.problems).toEqual([{ code: 'out-of-range', item: 'b-adults-decide', value: 'lots' }]);
	});

	it('keeps half a before/now pair, which validation reports as incomplete', () => {
		const { answers } = readQuestionnaire(defaultInstrument, 'post', posted({ 'r-refer.now': '3' }));
		const result = validateResponse(defaultInstrument, { session: 's', phase: 'post', pairing: 'a'.repeat(64), answers });
		expect(problemsByField(result.ok ? [] : result.problems)).toEqual({ 'r-refer': 'pair-incomplete' });
	});
});

describe('placing problems beside their fields', () => {
	it('puts a missing code beside the code field and a tampered item under the form', () => {
		expect(
			problemsByField([
				{ code: 'missing-pairing' },
				{ code: 'too-long', item: 'o-stays-with-you', maxLength: 10 },
				{ code: 'unknown-item', item: 'x' }
			])
		).toEqual({ code: 'code-missing', 'o-stays-with-you': 'too-long', form: 'form' });
	});

	it('names two fields for a before/now item and one for every other kind', () => {
		const kinds = Object.fromEntries(defaultInstrument.items.map((item) => [item.kind, fieldsOf(item).length]));
		expect(kinds).toEqual({ knowledge: 1, belief: 1, retrospective: 2, open: 1 });
	});
});
