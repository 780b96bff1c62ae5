// Helpers for end-to-end tests of Train: an organisation's request sent through the public form
// (as a browser without JavaScript would post it), and a session scheduled from it in the staff area.
import type { Page } from 'playwright-core';

/** The fields of the public request form for an organisation. */
export function requestFields(organisation: string, format: 'on-site' | 'online' = 'on-site'): Record<string, string> {
	return {
		organisation,
		contactName: 'Dana Contact',
		contactEmail: `contact@${organisation.toLowerCase().replaceAll(/[^a-z]+/g, '')}.example`,
		contactPhone: '',
		sector: 'health',
		staffCount: '18',
		hopes: 'Staff who respond to what sex workers say they need, without confusing it with trafficking.',
		preferredDates: 'A Tuesday morning next month',
		format,
		address: format === 'online' ? '' : '12 Harbour Road',
		accessibilityNeeds: 'Step-free room'
	};
}

/** Post the public request form; returns the organisation's private page path. */
export async function sendRequest(base: string, organisation: string, locale: 'en' | 'fr' = 'en'): Promise<string> {
	const path = locale === 'en' ? '/en/trainings/request' : '/fr/formations/demande';
	const response = await fetch(`${base}${path}`, {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			'sec-fetch-site': 'same-origin',
			origin: base,
			accept: 'text/html'
		},
		body: new URLSearchParams(requestFields(organisation))
	});
	const html = await response.text();
	const privatePath = /href="(\/(?:en\/trainings\/request|fr\/formations\/demande)\/[\w-]{43})"/.exec(html)?.[1];
	if (response.status !== 200 || !privatePath) throw new Error(`request for ${organisation} not accepted (${response.status})`);
	return privatePath;
}

/** A date `days` from today as YYYY-MM-DD (the session form's date field). */
export function daysFromNow(days: number): string {
	return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * As a signed-in coordinator or admin on `page`: open the request from the inbox, schedule an
 * on-site session with one facilitator marked experiential; returns the new session's id.
 */
export async function scheduleFromInbox(
	page: Page,
	base: string,
	organisation: string,
	facilitator: string,
	options: { days?: number; capacity?: number } = {}
): Promise<string> {
	await page.goto(`${base}/en/staff/requests?status=new`);
	await page.getByRole('link', { name: organisation, exact: true }).click();
	await page.getByRole('link', { name: 'Schedule a session' }).click();
	await page.getByLabel('Date', { exact: true }).fill(daysFromNow(options.days ?? 10));
	await page.getByLabel('Start time').fill('09:00');
	await page.getByLabel('End time').fill('13:00');
	await page.getByLabel('Number of places').fill(String(options.capacity ?? 20));
	await page
		.getByLabel('Agenda in English')
		.fill('1. What sex work is\n2. What trafficking is\n3. Responding to what people ask for');
	await page.getByLabel(`${facilitator} facilitates`).check();
	await page.getByLabel(`${facilitator} is the experiential co-facilitator`).check();
	await page.getByRole('button', { name: 'Schedule the session' }).click();
	await page.waitForURL(/\/en\/staff\/sessions\/[0-9a-f-]{36}\?notice=scheduled$/);
	const id = /sessions\/([0-9a-f-]{36})/.exec(page.url())?.[1];
	if (!id) throw new Error('no session id after scheduling');
	return id;
}
