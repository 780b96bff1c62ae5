import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { staffPath } from '#lib/server/auth/paths.ts';
import { requireStaff } from '#lib/server/auth/require.ts';
import { requestById } from '#lib/server/requests.service.ts';
import { assignableStaff, scheduleSession, SessionError } from '#lib/server/sessions.service.ts';
import { parseSessionForm, sessionFieldsOf, type SessionFields } from '#lib/train/session-form.ts';
import { formOf } from '../../../../form.ts';
import { trainContext, viewerOf } from '../../../../train.ts';
import type { Actions, PageServerLoad } from './$types';

/** The zone a new session starts with: the initiative works in British Columbia. */
const DEFAULT_ZONE = 'America/Vancouver';

export const load: PageServerLoad = async (event) => {
	requireStaff(event, 'coordinator');
	const { db } = await trainContext();
	const request = await requestById(db, event.params.id);
	if (!request) error(404, m.train_request_not_found());
	const fields: SessionFields = {
		date: '',
		startTime: '09:00',
		endTime: '13:00',
		timeZone: DEFAULT_ZONE,
		format: request.format === 'online' ? 'online' : 'on-site',
		venue: request.format === 'online' ? '' : request.organisation,
		address: request.address,
		accessibility: '',
		onlineUrl: '',
		capacity: String(Math.min(Math.max(request.staffCount, 1), 1000)),
		waitlist: true,
		language: request.locale,
		agendaEn: '',
		agendaFr: '',
		facilitators: [],
		experiential: []
	};
	return {
		request: {
			id: request.id,
			organisation: request.organisation,
			status: request.status,
			preferredDates: request.preferredDates,
			accessibilityNeeds: request.accessibilityNeeds
		},
		open: request.status === 'new' || request.status === 'scheduled',
		fields,
		staff: await assignableStaff(db),
		zones: Intl.supportedValuesOf('timeZone')
	};
};

export const actions: Actions = {
	schedule: async (event) => {
		const staff = requireStaff(event, 'coordinator');
		const form = await formOf(event.request);
		if (!form) return fail(400, { fields: null, problems: { form: 'unreadable' } });
		const fields = sessionFieldsOf(form);
		const parsed = parseSessionForm(fields);
		// The form comes back filled in with each problem beside its field: nothing typed is lost.
		if (!parsed.ok) return fail(400, { fields, problems: parsed.problems });
		const { db } = await trainContext();
		try {
			const session = await scheduleSession(db, viewerOf(staff), event.params.id, parsed.input);
			redirect(303, `${staffPath(`/staff/sessions/${session.id}`, getLocale())}?notice=scheduled`);
		} catch (e) {
			if (e instanceof SessionError) {
				const field = e.code === 'facilitator-invalid' ? 'facilitators' : 'form';
				return fail(e.code === 'not-found' ? 404 : 400, { fields, problems: { [field]: e.code } });
			}
			throw e;
		}
	}
};
