import { getLocale } from '#lib/paraglide/runtime.js';
import { error } from '@sveltejs/kit';
import type { Locale } from '#lib/i18n/locales.ts';
import { href } from '#lib/i18n/routes.ts';
import { icsFor } from '#lib/server/calendar.ts';
import { getDb } from '#lib/server/db/index.ts';
import { eventBySlug, pick } from '#lib/server/events.service.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const event = await eventBySlug(await getDb(), params.slug);
	if (!event || event.status === 'draft') error(404, 'No such event');
	const locale = getLocale() as Locale;
	const ics = icsFor({
		uid: `${event.id}@unconflate`,
		title: pick(event.title, locale).text,
		description: pick(event.summary, locale).text,
		start: event.startsAt,
		end: event.endsAt,
		location: [event.venue, event.address].filter(Boolean).join(', '),
		url: url.origin + href(`/events/${event.slug}`, locale),
		cancelled: event.status === 'cancelled'
	});
	return new Response(ics, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${event.slug}.ics"`
		}
	});
};
