import { error } from '@sveltejs/kit';
import { formatSpan } from '#lib/format.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { href } from '#lib/i18n/routes.ts';
import { getDb } from '#lib/server/db/index.ts';
import { pick } from '#lib/server/events.service.ts';
import { requestByToken, sessionsOfRequest } from '#lib/server/requests.service.ts';
import type { PageServerLoad } from './$types';

// The organisation contact's private page: their request, its status and its sessions. Whoever
// holds the link sees this one request and nothing else; never indexed or cached.
export const load: PageServerLoad = async ({ params, parent, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	const { locale } = await parent();
	const lang = locale as Locale;
	const db = await getDb();
	const request = await requestByToken(db, params.token);
	if (!request) error(404, 'No such request');
	const sessions = await sessionsOfRequest(db, request.id);
	return {
		request: {
			organisation: request.organisation,
			status: request.status,
			declineReason: request.declineReason,
			sector: request.sector,
			staffCount: request.staffCount,
			format: request.format,
			hopes: request.hopes,
			preferredDates: request.preferredDates,
			received: new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long' }).format(request.createdAt)
		},
		sessions: sessions
			.filter((s) => s.status !== 'draft')
			.map((s) => ({
				slug: s.slug,
				title: pick(s.title, lang),
				when: formatSpan(s.startsAt, s.endsAt, s.timeZone, lang),
				cancelled: s.status === 'cancelled',
				path: href(`/events/${s.slug}`, lang)
			}))
	};
};
