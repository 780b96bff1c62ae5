import { createDeviceToken, itemsFor, type Instrument, type Phase } from '@unconflate/evaluation';
import { error, fail, redirect } from '@sveltejs/kit';
import {
	CODE_FIELD,
	CODE_MAX_LENGTH,
	DEVICE_FIELD,
	problemsByField,
	readQuestionnaire
} from '#lib/evaluation/questionnaire-form.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { getDb } from '#lib/server/db/index.ts';
import { questionnaireByToken, submitQuestionnaire } from '#lib/server/evaluation.service.ts';
import type { Actions, PageServerLoad } from './$types';

// A participant's device token, for those who would rather not make up a code: httpOnly, one per
// session (so it pairs that session's pre and post questionnaires and nothing else), kept a week.
const deviceCookie = (sessionId: string) => `evaluation-${sessionId}`;

/** The items of a phase in the reader's language, as the form shows them. */
function localize(instrument: Instrument, phase: Phase, locale: Locale) {
	const scale = (id: string) => instrument.scales[id]?.[locale] ?? [];
	return {
		title: instrument.title[locale],
		periods: { before: instrument.periods.before[locale], now: instrument.periods.now[locale] },
		items: itemsFor(instrument, phase).map((item) => {
			const base = { id: item.id, prompt: item.prompt[locale] };
			switch (item.kind) {
				case 'knowledge':
					return { ...base, kind: item.kind, options: item.options.map((o) => ({ id: o.id, label: o.label[locale] })) };
				case 'belief':
				case 'retrospective':
					return { ...base, kind: item.kind, scale: scale(item.scale) };
				case 'open':
					return { ...base, kind: item.kind, maxLength: item.maxLength };
			}
		})
	};
}

export const load: PageServerLoad = async ({ params, url, cookies }) => {
	const questionnaire = await questionnaireByToken(await getDb(), params.token);
	if (!questionnaire) error(404, m.eval_not_found());
	const locale = getLocale() as Locale;
	const sent = url.searchParams.get('sent') === '1';
	// After the last questionnaire, the knowledge questions' answers and why (nothing is scored
	// for the participant: the answers are the same for everyone).
	const answers =
		sent && questionnaire.phase === 'post'
			? questionnaire.instrument.items.flatMap((item) =>
					item.kind === 'knowledge'
						? [
								{
									id: item.id,
									prompt: item.prompt[locale],
									answer: item.options.find((o) => o.id === item.correct)?.label[locale] ?? '',
									why: item.explanation?.[locale] ?? ''
								}
							]
						: []
				)
			: [];
	return {
		answers,
		phase: questionnaire.phase,
		status: questionnaire.status,
		sessionLabel: questionnaire.session.label,
		sent,
		deviceRemembered: cookies.get(deviceCookie(questionnaire.session.id)) !== undefined,
		form: localize(questionnaire.instrument, questionnaire.phase, locale),
		codeMaxLength: CODE_MAX_LENGTH
	};
};

/** A refused questionnaire comes back with every answer as typed, and why. */
const refuse = (
	status: number,
	fields: Record<string, string>,
	problems: Record<string, string>,
	flags: { duplicate?: boolean; closed?: boolean } = {}
) => fail(status, { fields, problems, duplicate: flags.duplicate ?? false, closed: flags.closed ?? false });

export const actions: Actions = {
	default: async ({ params, request, cookies, url }) => {
		const db = await getDb();
		const questionnaire = await questionnaireByToken(db, params.token);
		if (!questionnaire) error(404, m.eval_not_found());
		let form: FormData;
		try {
			form = await request.formData();
		} catch {
			return refuse(400, {}, { form: 'form' });
		}
		const get = (name: string) => {
			const value = form.get(name);
			return typeof value === 'string' ? value : null;
		};
		const { answers, fields } = readQuestionnaire(questionnaire.instrument, questionnaire.phase, get);
		const code = (get(CODE_FIELD) ?? '').trim();
		const useDevice = get(DEVICE_FIELD) === 'on';
		if (code) fields[CODE_FIELD] = code;
		if (useDevice) fields[DEVICE_FIELD] = 'on';
		if (code.length > CODE_MAX_LENGTH) return refuse(400, fields, { [CODE_FIELD]: 'code-too-long' });

		// The code the participant made up, or else the token this device keeps (made now if needed).
		const cookieName = deviceCookie(questionnaire.session.id);
		let device = useDevice && !code ? cookies.get(cookieName) : undefined;
		const newDevice = useDevice && !code && !device;
		if (newDevice) device = createDeviceToken();
		const result = await submitQuestionnaire(db, questionnaire, code || device || '', answers);
		if (result.outcome === 'duplicate') return refuse(409, fields, {}, { duplicate: true });
		if (result.outcome === 'closed') return refuse(409, fields, {}, { closed: true });
		if (result.outcome === 'invalid') return refuse(400, fields, problemsByField(result.problems));
		if (newDevice && device)
			cookies.set(cookieName, device, {
				path: '/',
				httpOnly: true,
				sameSite: 'lax',
				secure: url.protocol === 'https:',
				maxAge: 7 * 24 * 3600
			});
		// Post/redirect/get: a reload shows the thanks instead of sending the answers again.
		redirect(303, `${url.pathname}?sent=1`);
	}
};
