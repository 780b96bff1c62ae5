import type { RequestEvent } from '@sveltejs/kit';

export { formOf, textField as field } from '#lib/form-fields.ts';

/** The client's address for login throttling (hashed before use), or null when unknown. */
export function clientAddress(event: RequestEvent): string | null {
	try {
		return event.getClientAddress();
	} catch {
		return null;
	}
}
