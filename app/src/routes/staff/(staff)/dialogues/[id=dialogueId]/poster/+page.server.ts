import { qrPath } from '#lib/qr.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { joinUrl, staffDialogue } from '#lib/server/convene-staff.ts';
import { questionFor } from '#lib/server/dialogue.service.ts';
import type { PageServerLoad } from './$types';

/**
 * A page to print or project: the question, the link and a QR code of it. The QR code is an SVG
 * drawn here on the server (uqr), so the page makes no request to anyone else.
 */
export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event, 'staff');
	const { dialogue } = await staffDialogue(staff, event.params.id);
	const locale = getLocale() as Locale;
	const link = joinUrl(event.url.origin, dialogue.code, locale);
	return {
		id: dialogue.id,
		question: questionFor(dialogue, locale),
		link,
		code: dialogue.code,
		// Medium error correction survives a crease or a glare on a projected slide.
		qr: qrPath(link)
	};
};
