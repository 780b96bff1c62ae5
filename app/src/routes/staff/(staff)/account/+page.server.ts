import { fail } from '@sveltejs/kit';
import { AccountsError, changePassword } from '#lib/server/auth/accounts.service.ts';
import { getAccounts } from '#lib/server/auth/index.ts';
import { applySetCookie, requireStaff } from '#lib/server/auth/require.ts';
import { field, formOf } from '../../form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event, 'staff');
	return {};
};

export const actions: Actions = {
	password: async (event) => {
		const staff = requireStaff(event, 'staff');
		const form = await formOf(event.request);
		if (!form) return fail(400, { problem: 'unreadable' });
		const current = field(form, 'current');
		const next = field(form, 'password');
		if (!current || !next) return fail(400, { problem: 'missing' });
		try {
			const setCookie = await changePassword(await getAccounts(), staff, event.request.headers.get('cookie') ?? '', {
				current,
				next
			});
			applySetCookie(event.cookies, setCookie);
		} catch (error) {
			if (error instanceof AccountsError) return fail(400, { problem: error.code });
			throw error;
		}
		return { changed: true };
	}
};
