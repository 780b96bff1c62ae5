import { describe, expect, it } from 'vitest';
import { problemsOf } from '../form-fields.ts';
import { actionForm, dialogueForm, dialogueInput, settingsForm } from './dialogue-form.ts';

const valid = {
	question: 'What would make our neighbourhood safer for everyone, including sex workers?',
	locale: 'en',
	questionTranslation: '',
	stakeholderGroups: 'Sex workers\n\nPolice\n  Residents  \nPolice',
	moderation: 'before',
	allowStatements: 'on',
	minGroupSize: '5',
	minVotes: '',
	seeds: 'Street lighting helps everyone.\n\nSex workers should be able to report violence safely.'
};

describe('the dialogue form', () => {
	it('reads a complete form: one group and one seed a line, blanks and repeats dropped, no minimum of votes', () => {
		const parsed = dialogueForm.parse(dialogueInput(valid));
		expect(parsed.stakeholderGroups).toEqual(['Sex workers', 'Police', 'Residents']);
		expect(parsed.seeds).toEqual(['Street lighting helps everyone.', 'Sex workers should be able to report violence safely.']);
		expect(parsed.minGroupSize).toBe(5);
		expect(parsed.minVotes).toBeNull();
		expect(parsed.allowStatements).toBe(true);
	});

	it('takes a minimum of votes and an unticked box', () => {
		const parsed = settingsForm.parse(dialogueInput({ ...valid, minVotes: '4', allowStatements: '' }));
		expect(parsed.minVotes).toBe(4);
		expect(parsed.allowStatements).toBe(false);
	});

	it('names the field and the reason for each bad value', () => {
		const result = dialogueForm.safeParse(
			dialogueInput({ ...valid, question: ' ', minGroupSize: '1', minVotes: 'many', seeds: `ok\n${'x'.repeat(281)}` })
		);
		expect(result.success).toBe(false);
		if (result.success) return;
		expect(problemsOf(result.error)).toEqual({
			question: 'question-missing',
			minGroupSize: 'min-group-size',
			minVotes: 'min-votes',
			seeds: 'seed-too-short'
		});
	});

	it('refuses more than twenty stakeholder groups and unknown moderation modes', () => {
		const groups = Array.from({ length: 21 }, (_, i) => `Group ${i}`).join('\n');
		const result = settingsForm.safeParse(dialogueInput({ ...valid, stakeholderGroups: groups, moderation: 'never' }));
		expect(result.success).toBe(false);
		if (result.success) return;
		expect(problemsOf(result.error)).toMatchObject({ stakeholderGroups: 'too-many-groups', moderation: 'unreadable' });
	});
});

describe('the action form', () => {
	it('accepts an empty due date and refuses an impossible one', () => {
		expect(actionForm.parse({ title: 'Better lighting', owner: 'City', due: '', status: 'open' }).due).toBe('');
		expect(actionForm.safeParse({ title: 'Better lighting', owner: '', due: '2027-02-30', status: 'open' }).success).toBe(false);
	});
});
