import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	// The guard (src/lib/server/auth/handle.ts) decided this role may not see the page.
	if (locals.forbidden) error(403, m.staff_forbidden_text());
	return { staff: locals.staff };
};
