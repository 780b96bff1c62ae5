import { toCsv } from '#lib/csv.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { requireStaff } from '#lib/server/auth/require.ts';
import { staffDialogue } from '#lib/server/convene-staff.ts';
import { actionsOf } from '#lib/server/dialogue.service.ts';
import type { RequestHandler } from './$types';

/** The action list as CSV (UTF-8 with a byte-order mark, so spreadsheets read accents right). */
export const GET: RequestHandler = async (event) => {
	const staff = requireStaff(event, 'staff');
	const { db, dialogue } = await staffDialogue(staff, event.params.id);
	const locale = getLocale() as Locale;
	const statusName = {
		open: m.convene_action_status_open,
		doing: m.convene_action_status_doing,
		done: m.convene_action_status_done
	};
	const rows = (await actionsOf(db, dialogue.id)).map((a, i) => [
		i + 1,
		a.title,
		a.owner,
		a.due ?? '',
		statusName[a.status]({}, { locale })
	]);
	const header = [
		m.convene_csv_position({}, { locale }),
		m.convene_action_title_label({}, { locale }),
		m.convene_action_owner_label({}, { locale }),
		m.convene_action_due_label({}, { locale }),
		m.convene_action_status_label({}, { locale })
	];
	return new Response(toCsv(header, rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="actions-${dialogue.code}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
