import type { RequestEvent } from '@sveltejs/kit';

/** The posted form, or null when the body cannot be read as one. */
export async function formOf(request: Request): Promise<FormData | null> {
	try {
		return await request.formData();
	} catch {
		return null;
	}
}

/** A text field ('' when absent or a file). */
export function field(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

/** The client's address for login throttling (hashed before use), or null when unknown. */
export function clientAddress(event: RequestEvent): string | null {
	try {
		return event.getClientAddress();
	} catch {
		return null;
	}
}
