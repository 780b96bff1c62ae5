import { fail, redirect } from '@sveltejs/kit';
import { localeOfPath } from '#lib/i18n/strategy.ts';
import { acceptInvitation, AccountsError, invitationFor } from '#lib/server/auth/accounts.service.ts';
import { getAccounts } from '#lib/server/auth/index.ts';
import { staffPath } from '#lib/server/auth/paths.ts';
import { field, formOf } from '../../form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const token = url.searchParams.get('token') ?? '';
	const invitation = await invitationFor(await getAccounts(), token);
	return {
		token,
		invitation: invitation
			? { setup: invitation.email === null, email: invitation.email, name: invitation.name ?? '', role: invitation.role }
			: null
	};
};

export const actions: Actions = {
	default: async ({ request, url }) => {
		const form = await formOf(request);
		if (!form) return fail(400, { problem: 'unreadable', name: '', email: '' });
		const name = field(form, 'name');
		const email = field(form, 'email');
		try {
			await acceptInvitation(await getAccounts(), field(form, 'token'), { name, email, password: field(form, 'password') });
		} catch (error) {
			// Name and email come back, so nothing typed is lost (the password is never sent back).
			if (error instanceof AccountsError) return fail(400, { problem: error.code, name, email });
			throw error;
		}
		redirect(303, `${staffPath('/staff/sign-in', localeOfPath(url.pathname) ?? 'en')}?notice=joined`);
	}
};
