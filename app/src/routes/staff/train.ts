import { error } from '@sveltejs/kit';
import type { Staff } from '#lib/server/auth/accounts.service.ts';
import { SessionError, type Viewer } from '#lib/server/sessions.service.ts';
import { m } from '#lib/paraglide/messages.js';

/** The database, mail layer and public origin the Train pages work with (the same as every registration email's). */
export { mailContext as trainContext } from '#lib/server/registration-emails.ts';

export const viewerOf = (staff: Staff): Viewer => ({ id: staff.id, role: staff.role });

/**
 * Run a read that the service scopes to the viewer; a session outside their scope is a 404, the
 * same answer as a session that does not exist.
 */
export async function orNotFound<T>(read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (e) {
		if (e instanceof SessionError && e.code === 'not-found') error(404, m.train_session_not_found());
		throw e;
	}
}
