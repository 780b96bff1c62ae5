import { error } from '@sveltejs/kit';
import { registrationStatusName } from '#lib/convene/labels.ts';
import { toCsv } from '#lib/csv.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { getDb } from '#lib/server/db/index.ts';
import { eventById, registrationsOf } from '#lib/server/events.service.ts';
import type { RequestHandler } from './$types';

/** Registrations as CSV for the organisers (UTF-8 with a byte-order mark, so spreadsheets read accents right). */
export const GET: RequestHandler = async (req) => {
	requireStaff(req, 'coordinator');
	const db = await getDb();
	const event = await eventById(db, req.params.id);
	if (!event || event.kind === 'workshop') error(404, m.convene_event_not_found());
	const locale = getLocale() as Locale;
	const o = { locale };
	const header = [
		m.convene_csv_name({}, o),
		m.convene_csv_display_name({}, o),
		m.convene_csv_pronouns({}, o),
		m.convene_csv_email({}, o),
		m.convene_csv_status({}, o),
		m.convene_csv_accessibility({}, o),
		m.convene_csv_dietary({}, o),
		m.convene_csv_language({}, o),
		m.convene_csv_registered_at({}, o),
		m.convene_csv_checked_in_at({}, o)
	];
	const rows = (await registrationsOf(db, event.id)).map((r) => [
		r.name,
		r.displayName,
		r.pronouns,
		r.email,
		registrationStatusName(r.status),
		r.accessibilityNeeds,
		r.dietaryNeeds,
		r.locale,
		r.createdAt.toISOString(),
		r.checkedInAt?.toISOString() ?? ''
	]);
	return new Response(toCsv(header, rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="registrations-${event.slug}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
