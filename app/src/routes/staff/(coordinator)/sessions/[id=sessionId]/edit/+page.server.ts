import { fail, redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { staffPath } from '#lib/server/auth/paths.ts';
import { requireStaff } from '#lib/server/auth/require.ts';
import { pick } from '#lib/server/events.service.ts';
import {
	assignableStaff,
	cancelSession,
	eraseRegistration,
	SessionError,
	sessionFor,
	sessionRegistrations,
	updateSession
} from '#lib/server/sessions.service.ts';
import { parseSessionForm, sessionFieldsOf, type SessionFields } from '#lib/train/session-form.ts';
import { wallClock } from '#lib/train/zoned-time.ts';
import { field, formOf } from '../../../../form.ts';
import { orNotFound, trainContext, viewerOf } from '../../../../train.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event, 'coordinator');
	const viewer = viewerOf(staff);
	const { db } = await trainContext();
	const session = await orNotFound(() => sessionFor(db, viewer, event.params.id));
	const e = session.event;
	const start = wallClock(e.startsAt, e.timeZone);
	const fields: SessionFields = {
		date: start.date,
		startTime: start.time,
		endTime: wallClock(e.endsAt, e.timeZone).time,
		timeZone: e.timeZone,
		format: e.onlineUrl ? 'online' : 'on-site',
		venue: e.venue,
		address: e.address,
		accessibility: pick(e.accessibility, session.language === 'fr' ? 'fr' : 'en').text,
		onlineUrl: e.onlineUrl ?? '',
		capacity: String(e.capacity ?? ''),
		waitlist: e.waitlist,
		language: session.language,
		agendaEn: e.summary.en ?? '',
		agendaFr: e.summary.fr ?? '',
		facilitators: session.facilitators.map((f) => f.id),
		experiential: session.facilitators.filter((f) => f.experiential).map((f) => f.id)
	};
	const people = await sessionRegistrations(db, session);
	return {
		id: e.id,
		title: pick(e.title, getLocale()).text,
		cancelled: e.status === 'cancelled',
		cancelReason: session.cancelReason,
		fields,
		staff: await assignableStaff(db),
		zones: Intl.supportedValuesOf('timeZone'),
		registrations: people.map((p) => ({ id: p.id, name: p.name, email: p.email }))
	};
};

const sessionPage = (id: string, notice: string) => `${staffPath(`/staff/sessions/${id}`, getLocale())}?notice=${notice}`;

export const actions: Actions = {
	update: async (event) => {
		const staff = requireStaff(event, 'coordinator');
		const form = await formOf(event.request);
		if (!form) return fail(400, { action: 'update', fields: null, problems: { form: 'unreadable' } });
		const fields = sessionFieldsOf(form);
		const parsed = parseSessionForm(fields);
		if (!parsed.ok) return fail(400, { action: 'update', fields, problems: parsed.problems });
		try {
			await updateSession(await trainContext(), viewerOf(staff), event.params.id, parsed.input);
		} catch (e) {
			if (e instanceof SessionError) {
				const where = e.code === 'facilitator-invalid' ? 'facilitators' : 'form';
				return fail(e.code === 'not-found' ? 404 : 400, { action: 'update', fields, problems: { [where]: e.code } });
			}
			throw e;
		}
		redirect(303, sessionPage(event.params.id, 'updated'));
	},
	cancel: async (event) => {
		const staff = requireStaff(event, 'coordinator');
		const form = await formOf(event.request);
		const reason = form ? field(form, 'reason').slice(0, 2000) : '';
		try {
			await cancelSession(await trainContext(), viewerOf(staff), event.params.id, reason);
		} catch (e) {
			if (e instanceof SessionError)
				return fail(e.code === 'not-found' ? 404 : 400, { action: 'cancel', problem: e.code, reason });
			throw e;
		}
		redirect(303, sessionPage(event.params.id, 'cancelled'));
	},
	erase: async (event) => {
		const staff = requireStaff(event, 'coordinator');
		const form = await formOf(event.request);
		const registration = form ? field(form, 'registration') : '';
		if (!form || field(form, 'confirm') !== 'yes') return fail(400, { action: 'erase', problem: 'confirm-needed', registration });
		const ctx = await trainContext();
		const erased = await orNotFound(() => eraseRegistration(ctx, viewerOf(staff), event.params.id, registration));
		if (!erased) return fail(400, { action: 'erase', problem: 'registration-unknown', registration });
		redirect(303, sessionPage(event.params.id, 'erased'));
	}
};
