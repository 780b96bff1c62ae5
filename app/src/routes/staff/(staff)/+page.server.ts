import { ROLE_ABILITIES } from '#lib/server/auth/guard.ts';
import { requireStaff } from '#lib/server/auth/require.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const staff = requireStaff(event, 'staff');
	return { abilities: [...ROLE_ABILITIES[staff.role]] };
};
