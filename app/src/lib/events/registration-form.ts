import { z } from 'zod';

/** The registration form, as the server reads it. Limits keep one form from filling the database. */
export const registrationForm = z.object({
	name: z.string().trim().min(1, 'name-missing').max(120, 'too-long'),
	email: z.string().trim().max(254, 'too-long').pipe(z.email('email-invalid')),
	displayName: z.string().trim().max(120, 'too-long').default(''),
	pronouns: z.string().trim().max(60, 'too-long').default(''),
	accessibilityNeeds: z.string().trim().max(2000, 'too-long').default(''),
	dietaryNeeds: z.string().trim().max(1000, 'too-long').default('')
});

export type RegistrationFields = z.infer<typeof registrationForm>;

/** Form fields as strings (the form posts them all), for re-filling the form after an error. */
export function fieldsOf(form: FormData): Record<keyof RegistrationFields, string> {
	const get = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
	return {
		name: get('name'),
		email: get('email'),
		displayName: get('displayName'),
		pronouns: get('pronouns'),
		accessibilityNeeds: get('accessibilityNeeds'),
		dietaryNeeds: get('dietaryNeeds')
	};
}

/** Field → problem code, for messages next to each field. */
export function problemsOf(error: z.ZodError): Record<string, string> {
	const problems: Record<string, string> = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'form');
		problems[field] ??= issue.message;
	}
	return problems;
}
