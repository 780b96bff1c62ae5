import { getLocale } from '#lib/paraglide/runtime.js';
import { m } from '#lib/paraglide/messages.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { sessionFor, sessionRegistrations } from '#lib/server/sessions.service.ts';
import { toCsv } from '#lib/csv.ts';
import { orNotFound, trainContext, viewerOf } from '../../../../train.ts';
import type { RequestHandler } from './$types';

/** The registrations of a session the reader may see, as CSV (for a sign-in sheet or badges). */
export const GET: RequestHandler = async (event) => {
	const staff = requireStaff(event, 'staff');
	const viewer = viewerOf(staff);
	const { db } = await trainContext();
	const session = await orNotFound(() => sessionFor(db, viewer, event.params.id));
	const people = await sessionRegistrations(db, session);
	// Headers in the language of the link followed (/en/…/registrations.csv, /fr/…/inscriptions.csv).
	const locale = getLocale();
	const status = (s: string) =>
		s === 'confirmed'
			? m.train_registration_confirmed({}, { locale })
			: s === 'waitlisted'
				? m.train_registration_waitlisted({}, { locale })
				: m.train_registration_cancelled({}, { locale });
	const csv = toCsv(
		[
			m.train_registration_name({}, { locale }),
			m.train_csv_display_name({}, { locale }),
			m.train_csv_pronouns({}, { locale }),
			m.train_csv_email({}, { locale }),
			m.train_registration_status({}, { locale }),
			m.train_registration_accessibility({}, { locale }),
			m.train_registration_dietary({}, { locale }),
			m.train_csv_language({}, { locale }),
			m.train_csv_registered_at({}, { locale }),
			m.train_csv_checked_in_at({}, { locale })
		],
		people.map((p) => [
			p.name,
			p.displayName,
			p.pronouns,
			p.email,
			status(p.status),
			p.accessibilityNeeds,
			p.dietaryNeeds,
			p.locale,
			p.createdAt.toISOString(),
			p.checkedInAt?.toISOString() ?? ''
		])
	);
	const day = session.event.startsAt.toISOString().slice(0, 10);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="registrations-${day}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
