import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problemsOf, stringsOf, textField, textFields } from './form-fields.ts';

function aForm(entries: Array<[string, string | Blob]>): FormData {
	const form = new FormData();
	for (const [name, value] of entries) form.append(name, value);
	return form;
}

describe('reading posted forms', () => {
	it('reads a text field, and an absent field or a file as empty', () => {
		const form = aForm([
			['name', 'Hélène'],
			['file', new Blob(['x'])]
		]);
		expect(textField(form, 'name')).toBe('Hélène');
		expect(textField(form, 'missing')).toBe('');
		expect(textField(form, 'file')).toBe('');
	});

	it('keeps every text value of a repeated field, in order, and drops files', () => {
		const form = aForm([
			['team', 'a'],
			['team', new Blob(['x'])],
			['team', 'b']
		]);
		expect(textFields(form, 'team')).toEqual(['a', 'b']);
		expect(textFields(form, 'missing')).toEqual([]);
	});

	it('gives back the named fields as typed, untrimmed, with the absent ones empty', () => {
		const form = aForm([
			['title', '  Forum  '],
			['extra', 'not asked for']
		]);
		expect(stringsOf(form, ['title', 'slug'] as const)).toEqual({ title: '  Forum  ', slug: '' });
	});

	it('names the first problem of each field, and puts problems about no field under "form"', () => {
		const fields = z.object({
			code: z.string().min(5, 'too-short').regex(/^\d+$/, 'digits-only'),
			email: z.email('email-invalid')
		});
		const result = fields.safeParse({ code: 'ab', email: 'nope' });
		if (result.success) throw new Error('expected a failure');
		expect(problemsOf(result.error)).toEqual({ code: 'too-short', email: 'email-invalid' });
		const whole = z
			.object({})
			.refine(() => false, { message: 'whole-form' })
			.safeParse({});
		if (whole.success) throw new Error('expected a failure');
		expect(problemsOf(whole.error)).toEqual({ form: 'whole-form' });
	});
});
