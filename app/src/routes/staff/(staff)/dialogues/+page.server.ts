import { requireStaff } from '#lib/server/auth/require.ts';
import { getDb } from '#lib/server/db/index.ts';
import { listDialogues } from '#lib/server/dialogue.service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event, 'staff');
	// A facilitator sees the dialogues they opened; coordinators and admins see all.
	const dialogues = await listDialogues(await getDb(), staff.role === 'facilitator' ? staff.id : undefined);
	return { dialogues, mineOnly: staff.role === 'facilitator' };
};
