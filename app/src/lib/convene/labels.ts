import { m } from '#lib/paraglide/messages.js';

const eventStatus: Record<string, () => string> = {
	draft: m.convene_event_status_draft,
	published: m.convene_event_status_published,
	cancelled: m.convene_event_status_cancelled
};

export const eventStatusName = (status: string) => (eventStatus[status] ?? m.convene_event_status_draft)();

const registrationStatus: Record<string, () => string> = {
	confirmed: m.convene_registration_confirmed,
	waitlisted: m.convene_registration_waitlisted,
	cancelled: m.convene_registration_cancelled
};

export const registrationStatusName = (status: string) => (registrationStatus[status] ?? m.convene_registration_confirmed)();

/** Cents as money in the reader's language ("$1,250.00" / "1 250,00 $"). */
export function formatMoney(cents: number, locale: 'en' | 'fr'): string {
	return new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency: 'CAD' }).format(cents / 100);
}

/** Cents as typed in a form ("1250.00"). */
export const moneyInput = (cents: number) => (cents / 100).toFixed(2);
