import { fail } from '@sveltejs/kit';
import { formOf } from '#lib/form-fields.ts';
import { acceptSuggestion, checkExample, checkSubmission, type CheckOutcome } from '#lib/server/check-page.service.ts';
import type { Actions } from './$types';
import { checkContext } from './check-context.ts';

function statusOf(problem: string): number {
	if (problem === 'stale') return 409;
	// The server is busy or the check ran out of time: try again later, nothing wrong with the input.
	if (problem === 'timeout' || problem === 'busy') return 503;
	return 400;
}

function answer(outcome: CheckOutcome) {
	return outcome.ok ? outcome : fail(statusOf(outcome.problem), outcome);
}

const unreadable = () => fail(400, { ok: false as const, text: '', syntax: 'text' as const, problem: 'file-too-large' as const });

// Form actions for readers without JavaScript; with it, the page checks in the browser and never posts.
export const actions: Actions = {
	check: async ({ request }) => {
		const form = await formOf(request);
		if (!form) return unreadable();
		return answer(await checkSubmission(form, checkContext(request)));
	},
	example: async ({ request }) => {
		const form = await formOf(request);
		if (!form) return unreadable();
		return answer(await checkExample(form, checkContext(request)));
	},
	accept: async ({ request }) => {
		const form = await formOf(request);
		if (!form) return unreadable();
		return answer(await acceptSuggestion(form, checkContext(request)));
	}
};
