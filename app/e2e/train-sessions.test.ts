// Train, the coordinator's and facilitator's side of a workshop, end to end in English and in
// French: an organisation's request lands in the inbox, a coordinator schedules a session with an
// experiential co-facilitator, the facilitator sees that session and no other, a participant
// registers by the link (without JavaScript) and gets a confirmation email, the facilitator checks
// them in and exports the list, the coordinator cancels and every registrant is emailed. Axe checks
// the pages where JavaScript runs (it is injected as a script). It runs on a server of its own, on
// E2E_PORT + 3 (or E2E_TRAIN_PORT), with a fresh database whose first admin it creates, so that it
// depends on no other file and on no order between files.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, seriousViolations } from './browser.ts';
import { E2E_PORT, startServer, type RunningServer } from './global-setup.ts';
import { createTestDatabase, dropTestDatabase } from '../test/test-database.ts';
import { daysFromNow, sendRequest } from './train.ts';

const PORT = Number(process.env['E2E_TRAIN_PORT'] ?? E2E_PORT + 3);
const ADMIN = { email: 'ada-train@example.org', name: 'Ada Admin', password: 'train admin passphrase here' };
const COORDINATOR = { email: 'cora-train@example.org', name: 'Cora Coordinator', password: 'coordinating sessions well' };
const FELIX = { email: 'felix-train@example.org', name: 'Félix Animateur', password: 'animer des ateliers utiles' };
const SAM = { email: 'sam-train@example.org', name: 'Sam Facilitator', password: 'facilitating with experience' };

type Locale = 'en' | 'fr';
const WORDS = {
	en: {
		staff: '/en/staff',
		requests: '/en/staff/requests',
		sessions: '/en/staff/sessions',
		email: 'Email',
		password: 'Password',
		signIn: 'Sign in',
		schedule: 'Schedule a session',
		date: 'Date',
		start: 'Start time',
		end: 'End time',
		places: 'Number of places',
		agenda: 'Agenda in English',
		facilitates: (name: string) => `${name} facilitates`,
		experiential: (name: string) => `${name} is the experiential co-facilitator`,
		scheduleSubmit: 'Schedule the session',
		scheduled: 'The session is scheduled and open for registration',
		fieldsProblem: 'Some fields need your attention',
		endProblem: 'The end must come after the start.',
		experientialProblem: 'Please mark at least one of the facilitators as the experiential co-facilitator.',
		name: 'Name',
		display: 'Name to display on your badge',
		pronouns: 'Pronouns',
		accessibility: 'Accessibility needs',
		dietary: 'Dietary needs',
		register: 'Register',
		registered: 'You are registered',
		confirmSubject: 'Your place: Workshop for',
		cancelSubject: 'Cancelled: Workshop for',
		checkIn: (name: string) => `Check in ${name}`,
		checkedIn: (name: string) => `${name} is checked in.`,
		csv: 'Download the registrations (CSV)',
		poster: 'Printable poster with the QR code',
		manage: 'Change, cancel, or delete a registration',
		reason: 'Reason, sent to registrants',
		cancel: 'Cancel the session and tell registrants',
		cancelled: 'The session is cancelled and everyone registered has been emailed.',
		save: 'Save the changes',
		updated: 'The session has been changed.',
		taken: '1 of 16 places taken',
		eraseWho: 'Registration',
		eraseBox: 'Yes, delete this registration and its details for good',
		erase: 'Delete the registration',
		eraseProblem: 'Tick the box to confirm the deletion.',
		erased: 'The registration and its details have been deleted.'
	},
	fr: {
		staff: '/fr/personnel',
		requests: '/fr/personnel/demandes',
		sessions: '/fr/personnel/seances',
		email: 'Courriel',
		password: 'Mot de passe',
		signIn: 'Se connecter',
		schedule: 'Planifier une séance',
		date: 'Date',
		start: 'Heure de début',
		end: 'Heure de fin',
		places: 'Nombre de places',
		agenda: 'Programme en français',
		facilitates: (name: string) => `${name} anime`,
		experiential: (name: string) => `${name} est en co-animation expérientielle`,
		scheduleSubmit: 'Planifier la séance',
		scheduled: 'La séance est planifiée et ouverte aux inscriptions',
		fieldsProblem: 'Certains champs sont à revoir',
		endProblem: 'La fin doit venir après le début.',
		experientialProblem: 'Marquez au moins une des personnes qui animent en co-animation expérientielle.',
		name: 'Nom',
		display: 'Nom à afficher sur votre cocarde',
		pronouns: 'Pronoms',
		accessibility: 'Besoins en matière d’accessibilité',
		dietary: 'Besoins alimentaires',
		register: 'S’inscrire',
		registered: 'Vous êtes inscrit·e',
		confirmSubject: 'Votre place : Atelier pour',
		cancelSubject: 'Annulé : Atelier pour',
		checkIn: (name: string) => `Marquer ${name} présent·e`,
		checkedIn: (name: string) => `${name} est marqué·e présent·e.`,
		csv: 'Télécharger les inscriptions (CSV)',
		poster: 'Affiche à imprimer avec le code QR',
		manage: 'Modifier, annuler ou supprimer une inscription',
		reason: 'Raison, envoyée aux personnes inscrites',
		cancel: 'Annuler la séance et prévenir les inscrits',
		cancelled: 'La séance est annulée et chaque personne inscrite a reçu un courriel.',
		save: 'Enregistrer les changements',
		updated: 'La séance a été modifiée.',
		taken: 'Places prises : 1 sur 16',
		eraseWho: 'Inscription',
		eraseBox: 'Oui, supprimer définitivement cette inscription et ses données',
		erase: "Supprimer l'inscription",
		eraseProblem: 'Cochez la case pour confirmer la suppression.',
		erased: "L'inscription et ses données ont été supprimées."
	}
} as const;

let server: RunningServer;
let base: string;
let browser: Browser;
let admin: Page;
const contexts: BrowserContext[] = [];

/** A browser page on this file's server; any request elsewhere is answered locally and recorded. */
async function openPage(options: { javaScript?: boolean } = {}) {
	const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true });
	contexts.push(context);
	const foreign: string[] = [];
	await context.route(
		(url) => url.origin !== base,
		(route) => {
			foreign.push(route.request().url());
			return route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Elsewhere</p>' });
		}
	);
	const page = await context.newPage();
	page.setDefaultTimeout(20_000);
	return { context, page, foreign };
}

/** Links in emails and logs name the origin the build was made for; this server answers at `base`. */
const here = (link: string) => base + new URL(link).pathname + new URL(link).search;

async function signIn(page: Page, account: { email: string; password: string }, locale: Locale) {
	const w = WORDS[locale];
	await page.goto(`${base}${w.staff}`);
	await page.getByLabel(w.email, { exact: true }).fill(account.email);
	await page.getByLabel(w.password, { exact: true }).fill(account.password);
	await page.getByRole('button', { name: w.signIn }).click();
	await page.waitForURL(`${base}${w.staff}`);
}

/** The newest outbox email to `to` whose subject starts with `subject`: its subject and body. */
async function email(to: string, subject: string): Promise<{ subject: string; body: string; lang: string | null }> {
	await admin.goto(`${base}/en/staff/outbox`);
	const row = admin
		.locator('tbody tr')
		.filter({ has: admin.locator('td', { hasText: to }) })
		.filter({ hasText: subject })
		.first();
	const link = row.getByRole('link');
	const text = (await link.textContent()) ?? '';
	await link.click();
	await admin.waitForURL(/\/en\/staff\/outbox\/\d+$/);
	const body = admin.locator('.mail-body');
	return { subject: text, body: (await body.textContent()) ?? '', lang: await body.getAttribute('lang') };
}

async function invite(account: { email: string; name: string; password: string }, role: string) {
	await admin.goto(`${base}/en/staff/users`);
	await admin.getByLabel('Email', { exact: true }).fill(account.email);
	await admin.getByLabel('Name', { exact: true }).fill(account.name);
	await admin.getByLabel('Role').selectOption(role);
	await admin.getByRole('button', { name: 'Send the invitation' }).click();
	const { body } = await email(account.email, 'Your invitation');
	const link = /https?:\/\/\S+invitation\?token=[\w-]{43}/.exec(body)?.[0] ?? '';
	const token = new URL(link).searchParams.get('token') ?? '';
	const accepted = await fetch(`${base}/en/staff/invitation`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', accept: 'text/html' },
		body: new URLSearchParams({ token, name: account.name, password: account.password })
	});
	expect(accepted.status, `${account.email} joins`).toBe(303);
}

// On PostgreSQL (npm run test:postgres) the server gets a database of its own there, and the first
// admin's link comes from `npm run admin:create`, as in global-setup.ts; otherwise a fresh PGlite.
const POSTGRES = process.env['DATABASE_URL'];
const DB_NAME = `unconflate_train_${randomBytes(6).toString('hex')}`;

function adminLinkOnPostgres(databaseUrl: string): string {
	const appDir = fileURLToPath(new URL('..', import.meta.url));
	const created = spawnSync(
		process.execPath,
		['scripts/admin-create.ts', '--email', ADMIN.email, '--name', ADMIN.name, '--link'],
		{ cwd: appDir, env: { ...process.env, DATABASE_URL: databaseUrl, ORIGIN: `http://127.0.0.1:${E2E_PORT}` }, encoding: 'utf8' }
	);
	const link = /https?:\/\/\S+/.exec(created.stdout)?.[0];
	if (!link) throw new Error(`admin:create printed no link:\n${created.stdout}${created.stderr}`);
	return link;
}

beforeAll(async () => {
	const databaseUrl = POSTGRES ? await createTestDatabase(POSTGRES, DB_NAME) : undefined;
	const postgresLink = databaseUrl ? adminLinkOnPostgres(databaseUrl) : undefined;
	server = await startServer(PORT, { DATABASE_URL: databaseUrl ?? '' });
	base = server.origin;
	browser = await launch();
	const setup = postgresLink ?? /"setupLink":"([^"]+)"/.exec(server.output())?.[1];
	if (!setup) throw new Error(`no setup link in the server's log:\n${server.output()}`);
	admin = (await openPage()).page;
	await admin.goto(here(setup));
	await admin.getByLabel('Name').fill(ADMIN.name);
	const emailField = admin.getByLabel('Email', { exact: true });
	if (await emailField.isEditable()) await emailField.fill(ADMIN.email);
	await admin.getByLabel('Password').fill(ADMIN.password);
	await admin.getByRole('button', { name: 'Create my account' }).click();
	await admin.waitForURL(/notice=joined$/);
	await signIn(admin, ADMIN, 'en');
	await invite(COORDINATOR, 'coordinator');
	await invite(FELIX, 'facilitator');
	await invite(SAM, 'facilitator');
}, 240_000);

afterAll(async () => {
	for (const context of contexts) await context.close().catch(() => undefined);
	await browser?.close();
	await server?.stop();
	if (POSTGRES) await dropTestDatabase(POSTGRES, DB_NAME);
});

/** As the coordinator on `page`: open the request from the inbox and schedule its session. */
async function schedule(page: Page, locale: Locale, organisation: string, facilitator: string): Promise<string> {
	const w = WORDS[locale];
	await page.goto(`${base}${w.requests}`);
	await page.getByRole('link', { name: organisation, exact: true }).click();
	await page.getByRole('link', { name: w.schedule }).click();
	await page.getByLabel(w.date, { exact: true }).fill(daysFromNow(12));
	await page.getByLabel(w.start).fill('09:00');
	await page.getByLabel(w.end).fill('13:00');
	await page.getByLabel(w.places).fill('15');
	await page
		.getByLabel(w.agenda)
		.fill(locale === 'en' ? '1. What sex work is\n2. What trafficking is' : '1. Le travail du sexe\n2. La traite');
	await page.getByLabel(w.facilitates(facilitator)).check();
	await page.getByLabel(w.experiential(facilitator)).check();
	await page.getByRole('button', { name: w.scheduleSubmit }).click();
	await page.waitForURL(
		/\/staff\/sessions\/[0-9a-f-]{36}\?notice=scheduled$|\/personnel\/seances\/[0-9a-f-]{36}\?notice=scheduled$/
	);
	expect(await page.getByRole('status').textContent()).toContain(w.scheduled);
	return /\/([0-9a-f-]{36})\?/.exec(page.url())?.[1] ?? '';
}

const JOURNEYS = [
	{ locale: 'en', organisation: 'Harbour Health Clinic', other: 'Harbour Police Unit', lead: FELIX, outsider: SAM, js: true },
	{ locale: 'fr', organisation: 'Clinique du Port', other: 'Service de police du Port', lead: SAM, outsider: FELIX, js: false }
] as const;

describe('a workshop from request to cancelled session', { timeout: 300_000 }, () => {
	for (const journey of JOURNEYS) {
		const w = WORDS[journey.locale];
		const participant = {
			name: journey.locale === 'en' ? 'Rin Participant' : 'Awen Participante',
			email: `participant-${journey.locale}@example.org`,
			display: journey.locale === 'en' ? 'Rin' : 'Awen',
			pronouns: journey.locale === 'en' ? 'they/them' : 'iel',
			accessibility: journey.locale === 'en' ? 'Needs step-free access' : 'Accès sans marche',
			dietary: journey.locale === 'en' ? 'Vegan' : 'Végétalien'
		};

		it(`${journey.locale}: schedules, registers, confirms, checks in, exports and cancels${journey.js ? '' : ' (coordinator without JavaScript)'}`, async () => {
			await sendRequest(base, journey.organisation, journey.locale);
			await sendRequest(base, journey.other, journey.locale);

			// The coordinator finds the request in the inbox, newest first, with counts by status.
			const coordinator = await openPage({ javaScript: journey.js });
			await signIn(coordinator.page, COORDINATOR, journey.locale);
			await coordinator.page.goto(`${base}${w.requests}`);
			const rows = await coordinator.page.locator('tbody th').allTextContents();
			expect(rows.slice(0, 2)).toEqual([journey.other, journey.organisation]);
			expect(
				await coordinator.page
					.getByRole('navigation', { name: journey.locale === 'en' ? 'Requests by status' : 'Demandes par étape' })
					.textContent()
			).toMatch(journey.locale === 'en' ? /New \(\d+\)/ : /Nouvelle \(\d+\)/);
			if (journey.js) expect(await seriousViolations(coordinator.page), 'inbox').toEqual([]);

			// Bad input comes back with each problem next to its field, and nothing typed is lost.
			await coordinator.page.getByRole('link', { name: journey.organisation, exact: true }).click();
			expect(await coordinator.page.locator('main').textContent()).toContain('Step-free room');
			if (journey.js) expect(await seriousViolations(coordinator.page), 'request page').toEqual([]);
			await coordinator.page.getByRole('link', { name: w.schedule }).click();
			await coordinator.page.getByLabel(w.date, { exact: true }).fill(daysFromNow(12));
			await coordinator.page.getByLabel(w.start).fill('13:00');
			await coordinator.page.getByLabel(w.end).fill('09:00');
			await coordinator.page.getByLabel(w.agenda).fill('Kept after an error');
			await coordinator.page.getByLabel(w.facilitates(journey.lead.name)).check();
			await coordinator.page.getByRole('button', { name: w.scheduleSubmit }).click();
			await coordinator.page.waitForLoadState();
			expect(await coordinator.page.getByRole('alert').first().textContent()).toContain(w.fieldsProblem);
			const end = coordinator.page.getByLabel(w.end);
			expect(await end.getAttribute('aria-invalid')).toBe('true');
			const endProblem = await end.getAttribute('aria-describedby');
			expect(await coordinator.page.locator(`#${endProblem}`).textContent()).toBe(w.endProblem);
			expect(await coordinator.page.locator('main').textContent()).toContain(w.experientialProblem);
			expect(await coordinator.page.getByLabel(w.agenda).inputValue()).toBe('Kept after an error');
			expect(await coordinator.page.getByLabel(w.facilitates(journey.lead.name)).isChecked()).toBe(true);
			if (journey.js) expect(await seriousViolations(coordinator.page), 'schedule form with errors').toEqual([]);

			const sessionId = await schedule(coordinator.page, journey.locale, journey.organisation, journey.lead.name);
			const otherId = await schedule(coordinator.page, journey.locale, journey.other, journey.outsider.name);
			await coordinator.page.goto(`${base}${w.sessions}/${sessionId}`);
			if (journey.js) expect(await seriousViolations(coordinator.page), 'session page').toEqual([]);
			const link = await coordinator.page.locator(`li[lang=${journey.locale}] a`).getAttribute('href');
			expect(link).toMatch(
				journey.locale === 'en' ? /\/en\/events\/workshop-[0-9a-f]{16}$/ : /\/fr\/evenements\/workshop-[0-9a-f]{16}$/
			);

			// The facilitator sees their session, not the other one, even by its address.
			const facilitator = await openPage({ javaScript: journey.js });
			await signIn(facilitator.page, journey.lead, journey.locale);
			await facilitator.page
				.getByRole('navigation')
				.getByRole('link', { name: journey.locale === 'en' ? 'Sessions' : 'Séances' })
				.click();
			const list = (await facilitator.page.locator('main').textContent()) ?? '';
			expect(list).toContain(journey.organisation);
			expect(list).not.toContain(journey.other);
			if (journey.js) expect(await seriousViolations(facilitator.page), 'sessions list').toEqual([]);
			const refused = await facilitator.page.goto(`${base}${w.sessions}/${otherId}`);
			expect(refused?.status()).toBe(404);
			expect(await facilitator.page.locator('main').textContent()).not.toContain(journey.other);

			// A participant registers by the link, without JavaScript.
			const person = await openPage({ javaScript: false });
			await person.page.goto(here(link ?? ''));
			await person.page.getByLabel(w.name, { exact: true }).fill(participant.name);
			await person.page.getByLabel(w.email, { exact: true }).fill(participant.email);
			await person.page.getByLabel(w.display).fill(participant.display);
			await person.page.getByLabel(w.pronouns).fill(participant.pronouns);
			await person.page.getByLabel(w.accessibility).fill(participant.accessibility);
			await person.page.getByLabel(w.dietary).fill(participant.dietary);
			await person.page.getByRole('button', { name: w.register }).click();
			await person.page.waitForLoadState();
			expect(await person.page.locator('main').textContent()).toContain(w.registered);

			// The confirmation, in the participant's language, with the calendar file and the private link.
			const confirmation = await email(participant.email, w.confirmSubject);
			expect(confirmation.subject).toBe(`${w.confirmSubject} ${journey.organisation}`);
			expect(confirmation.lang).toBe(journey.locale);
			const calendar = /https?:\/\/\S+\/calendar\.ics/.exec(confirmation.body)?.[0] ?? '';
			const manage = /https?:\/\/\S+\/registration\/[\w-]{43}/.exec(confirmation.body)?.[0] ?? '';
			const ics = await fetch(here(calendar));
			expect(ics.headers.get('content-type')).toContain('text/calendar');
			expect(await ics.text()).toContain('BEGIN:VEVENT');
			expect((await fetch(here(manage))).status).toBe(200);

			// The facilitator sees the needs, checks the participant in, exports the list, prints the poster.
			await facilitator.page.goto(`${base}${w.sessions}/${sessionId}`);
			const table = (await facilitator.page.locator('tbody').textContent()) ?? '';
			for (const detail of [
				participant.name,
				participant.display,
				participant.pronouns,
				participant.accessibility,
				participant.dietary
			]) {
				expect(table).toContain(detail);
			}
			await facilitator.page.getByRole('button', { name: w.checkIn(participant.name) }).click();
			await facilitator.page.waitForLoadState();
			expect(await facilitator.page.getByRole('status').last().textContent()).toBe(w.checkedIn(participant.name));
			const csvPath = await facilitator.page.getByRole('link', { name: w.csv }).getAttribute('href');
			const csv = await facilitator.page.request.get(`${base}${csvPath}`);
			expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
			const csvText = await csv.text();
			expect(csvText).toContain(participant.email);
			expect(csvText.split('\r\n')[0]).toMatch(
				journey.locale === 'en' ? /^\uFEFFName,Name to display,Pronouns,Email,/ : /^\uFEFFNom,Nom à afficher,Pronoms,Courriel,/
			);
			expect(csvText).toContain(participant.accessibility);
			expect(csvText.split('\r\n')[1]).toMatch(/,\d{4}-\d{2}-\d{2}T[\d:.]+Z$/);
			await facilitator.page.getByRole('link', { name: w.poster }).click();
			expect(await facilitator.page.locator('.qr svg').count()).toBe(1);
			expect(await facilitator.page.locator('figcaption').textContent()).toContain(link);
			if (journey.js) expect(await seriousViolations(facilitator.page), 'poster').toEqual([]);
			// The facilitator cannot export or print another session either.
			expect(
				(
					await facilitator.page.request.get(
						`${base}${w.sessions}/${otherId}/${journey.locale === 'en' ? 'registrations.csv' : 'inscriptions.csv'}`
					)
				).status()
			).toBe(404);

			// The coordinator changes the session: the form comes filled in as it is (the zone's wall-clock time).
			await coordinator.page.goto(`${base}${w.sessions}/${sessionId}`);
			await coordinator.page.getByRole('link', { name: w.manage }).click();
			expect(await coordinator.page.getByLabel(w.date, { exact: true }).inputValue()).toBe(daysFromNow(12));
			expect(await coordinator.page.getByLabel(w.start).inputValue()).toBe('09:00');
			expect(await coordinator.page.getByLabel(w.facilitates(journey.lead.name)).isChecked()).toBe(true);
			await coordinator.page.getByLabel(w.places).fill('16');
			await coordinator.page.getByRole('button', { name: w.save }).click();
			await coordinator.page.waitForURL(/notice=updated$/);
			expect(await coordinator.page.getByRole('status').first().textContent()).toBe(w.updated);
			expect(await coordinator.page.locator('main').textContent()).toContain(w.taken);

			// The coordinator cancels; the participant is told why, in their language.
			await coordinator.page.getByRole('link', { name: w.manage }).click();
			if (journey.js) expect(await seriousViolations(coordinator.page), 'manage page').toEqual([]);
			const reason = journey.locale === 'en' ? 'The venue flooded' : 'La salle est inondée';
			await coordinator.page.getByLabel(w.reason).fill(reason);
			await coordinator.page.getByRole('button', { name: w.cancel }).click();
			await coordinator.page.waitForURL(/notice=cancelled$/);
			expect(await coordinator.page.getByRole('status').textContent()).toBe(w.cancelled);
			const cancellation = await email(participant.email, w.cancelSubject);
			expect(cancellation.lang).toBe(journey.locale);
			expect(cancellation.body).toContain(reason);

			// The participant asks for their details to be deleted: only a ticked confirmation deletes.
			await coordinator.page.getByRole('link', { name: w.manage }).click();
			await coordinator.page
				.getByLabel(w.eraseWho, { exact: true })
				.selectOption({ label: `${participant.name} (${participant.email})` });
			await coordinator.page.getByRole('button', { name: w.erase }).click();
			await coordinator.page.waitForLoadState();
			expect(await coordinator.page.locator('.field-problem').textContent()).toBe(w.eraseProblem);
			await coordinator.page.getByLabel(w.eraseBox).check();
			await coordinator.page.getByRole('button', { name: w.erase }).click();
			await coordinator.page.waitForURL(/notice=erased$/);
			expect(await coordinator.page.getByRole('status').first().textContent()).toBe(w.erased);
			expect(await coordinator.page.locator('main').textContent()).not.toContain(participant.name);
			const after = await coordinator.page.request.get(`${base}${csvPath}`);
			expect(await after.text()).not.toContain(participant.email);

			for (const opened of [coordinator, facilitator, person]) expect(opened.foreign).toEqual([]);
		});
	}

	it('declining a request with a scheduled session says so, cancels the session and emails its registrants', async () => {
		await sendRequest(base, 'Withdrawn Harbour Shelter');
		const coordinator = await openPage({ javaScript: false });
		await signIn(coordinator.page, COORDINATOR, 'en');
		const sessionId = await schedule(coordinator.page, 'en', 'Withdrawn Harbour Shelter', SAM.name);
		const link = await coordinator.page.locator('li[lang=en] a').getAttribute('href');
		const person = await openPage({ javaScript: false });
		await person.page.goto(here(link ?? ''));
		await person.page.getByLabel('Name', { exact: true }).fill('Lee Registrant');
		await person.page.getByLabel('Email', { exact: true }).fill('lee-withdrawn@example.org');
		await person.page.getByRole('button', { name: 'Register' }).click();
		await person.page.waitForLoadState();
		await coordinator.page.goto(`${base}/en/staff/requests?status=scheduled`);
		await coordinator.page.getByRole('link', { name: 'Withdrawn Harbour Shelter', exact: true }).click();
		expect(await coordinator.page.locator('#decline-cancels').textContent()).toContain(
			'Declining also cancels the session scheduled for this request'
		);
		expect(await coordinator.page.getByLabel('Reason').getAttribute('aria-describedby')).toContain('decline-cancels');
		await coordinator.page.getByLabel('Reason').fill('The shelter has closed its programme.');
		await coordinator.page.getByRole('button', { name: 'Decline the request' }).click();
		await coordinator.page.waitForLoadState();
		expect(await coordinator.page.getByRole('status').textContent()).toBe(
			'The request is now: Declined. Sessions cancelled: 1. People registered who were emailed: 1.'
		);
		expect(await coordinator.page.locator('main').textContent()).toContain('(cancelled)');
		const cancellation = await email('lee-withdrawn@example.org', 'Cancelled: Workshop for');
		expect(cancellation.body).toContain('The shelter has closed its programme.');
		await coordinator.page.goto(`${base}/en/staff/sessions/${sessionId}`);
		expect(await coordinator.page.locator('main').textContent()).toContain('The shelter has closed its programme.');
	});

	it('declines a request with a reason the organisation reads on its private page', async () => {
		const privatePath = await sendRequest(base, 'Declined Drop-in');
		const { page } = await openPage({ javaScript: false });
		await signIn(page, COORDINATOR, 'en');
		await page.goto(`${base}/en/staff/requests?status=new`);
		await page.getByRole('link', { name: 'Declined Drop-in', exact: true }).click();
		// Past the browser's own check, an empty reason is refused and the form says why.
		const refused = await page.request.post(`${page.url()}?/move`, {
			form: { to: 'declined', reason: ' ' },
			headers: { 'sec-fetch-site': 'same-origin', accept: 'text/html' }
		});
		expect(refused.status()).toBe(400);
		expect(await refused.text()).toContain('Please give a reason.');
		await page.getByLabel('Reason').fill('We have no facilitator free in that region this year.');
		await page.getByRole('button', { name: 'Decline the request' }).click();
		await page.waitForLoadState();
		expect(await page.getByRole('status').textContent()).toBe('The request is now: Declined.');
		const organisation = await (await fetch(`${base}${privatePath}`)).text();
		expect(organisation).toContain('We have no facilitator free in that region this year.');
		const audit = await admin.goto(`${base}/en/staff/audit`);
		expect(audit?.status()).toBe(200);
		const log = (await admin.locator('tbody').textContent()) ?? '';
		expect(log).toContain('Request moved');
		expect(log).not.toContain('no facilitator free');
	});
});
