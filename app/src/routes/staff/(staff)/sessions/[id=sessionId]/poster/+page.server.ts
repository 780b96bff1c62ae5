import { qrPath } from '#lib/qr.ts';
import { formatSpan } from '#lib/format.ts';
import { href } from '#lib/i18n/routes.ts';
import { requireStaff } from '#lib/server/auth/require.ts';
import { pick } from '#lib/server/events.service.ts';
import { sessionFor } from '#lib/server/sessions.service.ts';
import { orNotFound, trainContext, viewerOf } from '../../../../train.ts';
import type { PageServerLoad } from './$types';

/**
 * A page to print and pin up: the session, its registration link and a QR code of it, drawn as SVG
 * on the server (uqr), so nothing is fetched from elsewhere and it prints without JavaScript.
 */
export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event, 'staff');
	const { db, origin } = await trainContext();
	const session = await orNotFound(() => sessionFor(db, viewerOf(staff), event.params.id));
	const e = session.event;
	// The poster speaks the session's language; a bilingual session gets both.
	const languages = session.language === 'bilingual' ? (['en', 'fr'] as const) : ([session.language] as const);
	const link = origin + href(`/events/${e.slug}`, languages[0]);
	return {
		id: e.id,
		cancelled: e.status === 'cancelled',
		languages: languages.map((lang) => ({
			lang,
			title: pick(e.title, lang).text,
			when: formatSpan(e.startsAt, e.endsAt, e.timeZone, lang),
			place: e.onlineUrl ? null : [e.venue, e.address].filter(Boolean).join(', ')
		})),
		link,
		qr: qrPath(link)
	};
};
