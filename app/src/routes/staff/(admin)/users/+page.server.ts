import { fail } from '@sveltejs/kit';
import { isLocale } from '#lib/i18n/locales.ts';
import {
	AccountsError,
	inviteStaff,
	listStaff,
	pendingInvitations,
	revokeInvitation
} from '#lib/server/auth/accounts.service.ts';
import { ROLES } from '#lib/server/auth/guard.ts';
import { getAccounts } from '#lib/server/auth/index.ts';
import { requireStaff } from '#lib/server/auth/require.ts';
import { field, formOf } from '../../form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireStaff(event, 'admin');
	const accounts = await getAccounts();
	const [members, invitations] = await Promise.all([listStaff(accounts.db), pendingInvitations(accounts)]);
	return { members, invitations, roles: [...ROLES] };
};

export const actions: Actions = {
	invite: async (event) => {
		const actor = requireStaff(event, 'admin');
		const form = await formOf(event.request);
		if (!form) return fail(400, { action: 'invite' as const, problem: 'unreadable', values: null });
		const locale = field(form, 'locale');
		const values = { email: field(form, 'email'), name: field(form, 'name'), role: field(form, 'role'), locale };
		try {
			const { delivery } = await inviteStaff(await getAccounts(), actor, { ...values, locale: isLocale(locale) ? locale : 'en' });
			return { action: 'invite' as const, invited: values.email.trim().toLowerCase(), delivery };
		} catch (error) {
			if (error instanceof AccountsError) return fail(400, { action: 'invite' as const, problem: error.code, values });
			throw error;
		}
	},

	revoke: async (event) => {
		const actor = requireStaff(event, 'admin');
		const form = await formOf(event.request);
		if (!form) return fail(400, { action: 'revoke' as const, problem: 'unreadable', values: null });
		try {
			await revokeInvitation(await getAccounts(), actor, field(form, 'invitation'));
			return { action: 'revoke' as const, revoked: true };
		} catch (error) {
			if (error instanceof AccountsError) return fail(400, { action: 'revoke' as const, problem: error.code, values: null });
			throw error;
		}
	}
};
