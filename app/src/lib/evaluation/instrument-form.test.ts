import { defaultInstrument, instrumentSchema } from '@unconflate/evaluation';
import { describe, expect, it } from 'vitest';
import { applyItemEdits, textFields } from './instrument-form.ts';

/** The form as the editor renders it, before anyone changes anything. */
function renderedForm(): Map<string, string> {
	const form = new Map<string, string>();
	const get = (path: string) =>
		path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], defaultInstrument);
	for (const name of textFields(defaultInstrument)) form.set(name, String(get(name)));
	defaultInstrument.items.forEach((item, i) => {
		for (const phase of item.phases) form.set(`items.${i}.phases.${phase}`, 'on');
		if (item.kind === 'belief' && item.reversed) form.set(`items.${i}.reversed`, 'on');
		if (item.kind === 'knowledge') form.set(`items.${i}.correct`, item.correct);
		if (item.kind === 'open') form.set(`items.${i}.maxLength`, String(item.maxLength));
	});
	return form;
}

describe('the questionnaire editor form', () => {
	it('gives back the same instrument when nothing is changed', () => {
		const form = renderedForm();
		expect(applyItemEdits(defaultInstrument, (name) => form.get(name) ?? null)).toEqual(defaultInstrument);
	});

	it('applies edited texts, phases, reversal and the correct option', () => {
		const form = renderedForm();
		const belief = defaultInstrument.items.findIndex((item) => item.kind === 'belief' && !item.reversed);
		const knowledge = defaultInstrument.items.findIndex((item) => item.kind === 'knowledge');
		form.set(`items.${belief}.prompt.fr`, '  Un énoncé reformulé.  ');
		form.set(`items.${belief}.reversed`, 'on');
		form.delete(`items.${belief}.phases.pre`);
		form.set(`items.${knowledge}.correct`, 'unsure');
		const edited = instrumentSchema.parse(applyItemEdits(defaultInstrument, (name) => form.get(name) ?? null));
		expect(edited.items[belief]).toMatchObject({ prompt: { fr: 'Un énoncé reformulé.' }, reversed: true, phases: ['post'] });
		expect(edited.items[knowledge]).toMatchObject({ correct: 'unsure' });
	});

	it('leaves problems for validation to name by the field’s own path', () => {
		const form = renderedForm();
		form.set('items.0.prompt.en', ' ');
		form.delete('items.1.phases.pre');
		form.delete('items.1.phases.post');
		const result = instrumentSchema.safeParse(applyItemEdits(defaultInstrument, (name) => form.get(name) ?? null));
		const paths = result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
		expect(paths).toEqual(['items.0.prompt.en', 'items.1.phases']);
	});
});
