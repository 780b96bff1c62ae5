import { redirect } from '@sveltejs/kit';
import { localeOfPath } from '#lib/i18n/strategy.ts';
import { signOut } from '#lib/server/auth/accounts.service.ts';
import { getAccounts } from '#lib/server/auth/index.ts';
import { staffPath } from '#lib/server/auth/paths.ts';
import { applySetCookie, requireStaff } from '#lib/server/auth/require.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event, 'staff');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		requireStaff(event, 'staff');
		applySetCookie(event.cookies, await signOut(await getAccounts(), event.request.headers.get('cookie') ?? ''));
		redirect(303, `${staffPath('/staff/sign-in', localeOfPath(event.url.pathname) ?? 'en')}?notice=signed-out`);
	}
};
