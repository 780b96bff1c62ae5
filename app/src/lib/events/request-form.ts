import { z } from 'zod';
import { stringsOf } from '../form-fields.ts';

export const SECTORS = ['health', 'housing', 'police', 'government', 'business', 'community', 'other'] as const;
export const FORMATS = ['on-site', 'online', 'either'] as const;

/** The workshop request form, as the server reads it; problem codes name what to fix. */
export const requestForm = z
	.object({
		organisation: z.string().trim().min(1, 'required').max(200, 'too-long'),
		contactName: z.string().trim().min(1, 'required').max(120, 'too-long'),
		contactEmail: z.string().trim().max(254, 'too-long').pipe(z.email('email-invalid')),
		contactPhone: z.string().trim().max(40, 'too-long').default(''),
		sector: z.enum(SECTORS, 'choose'),
		staffCount: z.coerce.number('number').int('number').min(1, 'number').max(100_000, 'number'),
		hopes: z.string().trim().min(1, 'required').max(4000, 'too-long'),
		preferredDates: z.string().trim().max(1000, 'too-long').default(''),
		format: z.enum(FORMATS, 'choose'),
		address: z.string().trim().max(400, 'too-long').default(''),
		accessibilityNeeds: z.string().trim().max(2000, 'too-long').default('')
	})
	.refine((form) => form.format === 'online' || form.address !== '', { path: ['address'], message: 'address-needed' });

export type RequestFields = Record<keyof z.input<typeof requestForm>, string>;

const REQUEST_FIELDS = [
	'organisation',
	'contactName',
	'contactEmail',
	'contactPhone',
	'sector',
	'staffCount',
	'hopes',
	'preferredDates',
	'format',
	'address',
	'accessibilityNeeds'
] as const satisfies ReadonlyArray<keyof RequestFields>;

/** Form fields as strings, for re-filling the form after an error. */
export function requestFieldsOf(form: FormData): RequestFields {
	return stringsOf(form, REQUEST_FIELDS);
}
