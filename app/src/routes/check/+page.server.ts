import { fail } from '@sveltejs/kit';
import type { Locale } from '#lib/i18n/locales.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { acceptSuggestion, checkExample, checkSubmission, type CheckOutcome } from '#lib/server/check-page.service.ts';
import type { Actions } from './$types';

async function formOf(request: Request): Promise<FormData | null> {
	try {
		return await request.formData();
	} catch {
		// Unreadable, or over the server's body limit (BODY_SIZE_LIMIT): nothing of it can be kept.
		return null;
	}
}

function answer(outcome: CheckOutcome) {
	return outcome.ok ? outcome : fail(outcome.problem === 'stale' ? 409 : 400, outcome);
}

const unreadable = () => fail(400, { ok: false as const, text: '', syntax: 'text' as const, problem: 'file-too-large' as const });

// Form actions for readers without JavaScript; with it, the page checks in the browser and never posts.
export const actions: Actions = {
	check: async ({ request }) => {
		const form = await formOf(request);
		if (!form) return unreadable();
		return answer(await checkSubmission(form, getLocale() as Locale));
	},
	example: async ({ request }) => {
		const form = await formOf(request);
		if (!form) return unreadable();
		return answer(checkExample(form, getLocale() as Locale));
	},
	accept: async ({ request }) => {
		const form = await formOf(request);
		if (!form) return unreadable();
		return answer(acceptSuggestion(form, getLocale() as Locale));
	}
};
