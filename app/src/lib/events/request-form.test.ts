import { describe, expect, it } from 'vitest';
import { problemsOf } from '../form-fields.ts';
import { requestForm } from './request-form.ts';

const valid = {
	organisation: 'Harbour Health',
	contactName: 'Dana',
	contactEmail: 'dana@harbour.example',
	contactPhone: '',
	sector: 'health',
	staffCount: '25',
	hopes: 'Respond to self-identified needs',
	preferredDates: '',
	format: 'on-site',
	address: '12 Harbour Road',
	accessibilityNeeds: ''
};

describe('the workshop request form', () => {
	it('accepts a complete request and reads the staff count as a number', () => {
		const parsed = requestForm.parse(valid);
		expect(parsed.staffCount).toBe(25);
	});

	it('names each field to fix', () => {
		const result = requestForm.safeParse({
			...valid,
			organisation: ' ',
			contactEmail: 'dana',
			sector: 'army',
			staffCount: '2.5',
			address: ''
		});
		expect(result.success).toBe(false);
		if (result.success) return;
		expect(problemsOf(result.error)).toEqual({
			organisation: 'required',
			contactEmail: 'email-invalid',
			sector: 'choose',
			staffCount: 'number'
		});
	});

	it('needs an address on site, not online', () => {
		const onSite = requestForm.safeParse({ ...valid, address: '' });
		expect(onSite.success ? {} : problemsOf(onSite.error)).toEqual({ address: 'address-needed' });
		expect(requestForm.safeParse({ ...valid, format: 'online', address: '' }).success).toBe(true);
	});
});
