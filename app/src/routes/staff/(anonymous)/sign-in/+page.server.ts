import { fail, redirect } from '@sveltejs/kit';
import { localeOfPath } from '#lib/i18n/strategy.ts';
import { signIn } from '#lib/server/auth/accounts.service.ts';
import { getAccounts } from '#lib/server/auth/index.ts';
import { afterSignIn, applySetCookie } from '#lib/server/auth/require.ts';
import { clientAddress, field, formOf } from '../../form.ts';
import type { Actions, PageServerLoad } from './$types';

const NOTICES = new Set(['signed-out', 'joined', 'reset']);

export const load: PageServerLoad = ({ locals, url }) => {
	const notice = url.searchParams.get('notice');
	return {
		signedIn: locals.staff ? { name: locals.staff.name } : null,
		notice: notice && NOTICES.has(notice) ? notice : null,
		next: url.searchParams.get('next') ?? ''
	};
};

export const actions: Actions = {
	default: async (event) => {
		const form = await formOf(event.request);
		if (!form) return fail(400, { problem: 'unreadable', email: '', minutes: 0 });
		const email = field(form, 'email').trim();
		const password = field(form, 'password');
		if (!email || !password) return fail(400, { problem: 'missing', email, minutes: 0 });
		const result = await signIn(await getAccounts(), { email, password, clientAddress: clientAddress(event) });
		if (!result.ok) {
			const minutes = result.reason === 'throttled' ? result.retryAfterMinutes : 0;
			return fail(result.reason === 'throttled' ? 429 : 400, { problem: result.reason, email, minutes });
		}
		applySetCookie(event.cookies, result.setCookie);
		redirect(303, afterSignIn(field(form, 'next'), localeOfPath(event.url.pathname) ?? 'en'));
	}
};
