import { z } from 'zod';
import { stringsOf } from '../form-fields.ts';

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

const REGISTRATION_FIELDS = ['name', 'email', 'displayName', 'pronouns', 'accessibilityNeeds', 'dietaryNeeds'] as const;

/** Form fields as strings (the form posts them all), for re-filling the form after an error. */
export function fieldsOf(form: FormData): Record<keyof RegistrationFields, string> {
	return stringsOf(form, REGISTRATION_FIELDS);
}
