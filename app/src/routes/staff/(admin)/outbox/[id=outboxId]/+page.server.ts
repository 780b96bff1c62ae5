import { error } from '@sveltejs/kit';
import { getAccounts } from '#lib/server/auth/index.ts';
import { outboxMessage } from '#lib/server/auth/mail.ts';
import { requireStaff } from '#lib/server/auth/require.ts';
import { m } from '#lib/paraglide/messages.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireStaff(event, 'admin');
	const message = await outboxMessage((await getAccounts()).db, Number(event.params.id));
	if (!message) error(404, m.staff_problem_not_found());
	return { message };
};
