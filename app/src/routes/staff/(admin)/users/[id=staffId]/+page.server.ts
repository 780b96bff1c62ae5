import { error, fail } from '@sveltejs/kit';
import {
	AccountsError,
	changeRole,
	deactivateStaff,
	reactivateStaff,
	staffMember,
	type Staff
} from '#lib/server/auth/accounts.service.ts';
import { ROLES } from '#lib/server/auth/guard.ts';
import { getAccounts } from '#lib/server/auth/index.ts';
import { requireStaff } from '#lib/server/auth/require.ts';
import { m } from '#lib/paraglide/messages.js';
import { field, formOf } from '../../../form.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireStaff(event, 'admin');
	const member = await staffMember((await getAccounts()).db, event.params.id);
	if (!member) error(404, m.staff_problem_not_found());
	return { member, roles: [...ROLES], self: member.id === actor.id };
};

/** Run one change on the member of this page, mapping refusals to a message. */
async function change(event: RequestEvent, done: string, run: (actor: Staff, form: FormData) => Promise<void>) {
	const actor = requireStaff(event, 'admin');
	const form = await formOf(event.request);
	if (!form) return fail(400, { problem: 'unreadable' });
	try {
		await run(actor, form);
	} catch (e) {
		if (e instanceof AccountsError) return fail(e.code === 'not-found' ? 404 : 400, { problem: e.code });
		throw e;
	}
	return { done };
}

export const actions: Actions = {
	role: async (event) =>
		change(event, 'role', async (actor, form) => changeRole(await getAccounts(), actor, event.params.id, field(form, 'role'))),
	deactivate: async (event) =>
		change(event, 'deactivated', async (actor) => deactivateStaff(await getAccounts(), actor, event.params.id)),
	reactivate: async (event) =>
		change(event, 'reactivated', async (actor) => reactivateStaff(await getAccounts(), actor, event.params.id))
};
