import type { z } from 'zod';

/**
 * Reading posted forms, shared by every form of the platform: fields come back as strings so that
 * a refused form is shown again as typed (nothing is lost), and Zod's issues become one problem
 * code per field, for a message next to it.
 */

/** The posted form, or null when the body cannot be read as one (malformed, or over the body limit). */
export async function formOf(request: Request): Promise<FormData | null> {
	try {
		return await request.formData();
	} catch {
		return null;
	}
}

/** A text field: '' when it is absent or a file. */
export function textField(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

/** Every value of a repeated field (checkboxes, multiple selects) that is text. */
export function textFields(form: FormData, name: string): string[] {
	return form.getAll(name).filter((value): value is string => typeof value === 'string');
}

/** The named fields as posted (strings), for re-filling the form after an error. */
export function stringsOf<const K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
	const out = {} as Record<K, string>;
	for (const name of names) out[name] = textField(form, name);
	return out;
}

/** Field → problem code (the first issue of each field; `form` for issues about no field). */
export function problemsOf(error: z.ZodError): Record<string, string> {
	const problems: Record<string, string> = {};
	for (const issue of error.issues) problems[String(issue.path[0] ?? 'form')] ??= issue.message;
	return problems;
}
