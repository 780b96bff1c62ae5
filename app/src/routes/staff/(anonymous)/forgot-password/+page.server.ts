import { fail } from '@sveltejs/kit';
import { AccountsError, requestPasswordReset } from '#lib/server/auth/accounts.service.ts';
import { getAccounts } from '#lib/server/auth/index.ts';
import { log } from '#lib/server/log.ts';
import { field, formOf } from '../../form.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request }) => {
		const form = await formOf(request);
		if (!form) return fail(400, { problem: 'unreadable', email: '' });
		const email = field(form, 'email').trim();
		const accounts = await getAccounts();
		try {
			const { sent } = await requestPasswordReset(accounts, email);
			// Sent in the background through SMTP; a failure is logged without the address.
			sent.catch((error: unknown) => log.error({ err: error }, 'password reset email failed'));
		} catch (error) {
			if (error instanceof AccountsError) return fail(400, { problem: error.code, email });
			throw error;
		}
		// The same answer whether or not an account uses this email.
		return { sent: email, outbox: accounts.mailer.kind === 'outbox' };
	}
};
