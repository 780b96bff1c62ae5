import { getAccounts } from '#lib/server/auth/index.ts';
import { outboxMessages } from '#lib/server/auth/mail.ts';
import { requireStaff } from '#lib/server/auth/require.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireStaff(event, 'admin');
	const accounts = await getAccounts();
	const messages = await outboxMessages(accounts.db);
	return {
		mailer: accounts.mailer.kind,
		messages: messages.map(({ id, to, subject, status, error, createdAt, locale }) => ({
			id,
			to,
			subject,
			status,
			error,
			createdAt,
			locale
		}))
	};
};
