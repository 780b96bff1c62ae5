import { fail, redirect } from '@sveltejs/kit';
import { localeOfPath } from '#lib/i18n/strategy.ts';
import { AccountsError, resetLinkValid, resetPassword } from '#lib/server/auth/accounts.service.ts';
import { getAccounts } from '#lib/server/auth/index.ts';
import { staffPath } from '#lib/server/auth/paths.ts';
import { field, formOf } from '../../form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const token = url.searchParams.get('token') ?? '';
	return { token, valid: await resetLinkValid(await getAccounts(), token) };
};

export const actions: Actions = {
	default: async ({ request, url }) => {
		const form = await formOf(request);
		if (!form) return fail(400, { problem: 'unreadable' });
		try {
			await resetPassword(await getAccounts(), field(form, 'token'), field(form, 'password'));
		} catch (error) {
			if (error instanceof AccountsError) return fail(400, { problem: error.code });
			throw error;
		}
		redirect(303, `${staffPath('/staff/sign-in', localeOfPath(url.pathname) ?? 'en')}?notice=reset`);
	}
};
