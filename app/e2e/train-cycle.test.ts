// Train's whole cycle, the acceptance test, once in English and once in French (French
// URLs and interface): an organisation sends the request form without JavaScript; a coordinator
// finds it in the inbox and schedules a session with a facilitator (the request moves from new to
// scheduled, which the organisation reads on its private page); a participant registers by the
// public link and answers the questionnaires before and after the workshop, paired by a code they
// made up (the first answers after it move the request to evaluated); the coordinator reads the
// session's impact page (figures withheld under five people, then the paired change once five
// have answered), the facilitator reads the same figures read-only, and the coordinator downloads
// the anonymised CSV and opens the printable report. The participant's pages and, in French, the
// coordinator's run without JavaScript; axe checks the English pages. It runs on a server of its
// own (journey.ts, E2E_PORT + 4).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, seriousViolations } from './browser.ts';
import { BUILT_ORIGIN, startJourney, type Journey, type StaffAccount } from './journey.ts';

const ADMIN: StaffAccount = {
	email: 'cycle-admin@example.org',
	name: 'Ada Admin',
	password: 'the admin of the whole cycle',
	role: 'admin'
};
const COORDINATOR: StaffAccount = {
	email: 'cycle-cora@example.org',
	name: 'Cora Coordinator',
	password: 'coordinating the whole cycle',
	role: 'coordinator'
};
const FACILITATOR: StaffAccount = {
	email: 'cycle-felix@example.org',
	name: 'Félix Animateur',
	password: 'animer le cycle entier',
	role: 'facilitator'
};

type Locale = 'en' | 'fr';
const WORDS = {
	en: {
		form: '/en/trainings/request',
		requests: '/en/staff/requests',
		organisation: 'Organisation',
		sector: 'Sector',
		staff: 'How many staff would take part',
		contactName: 'Name',
		contactEmail: 'Email',
		hopes: 'What do you hope will change for your team?',
		onSite: 'At our workplace',
		address: /^Address, if on site/,
		sendRequest: 'Send the request',
		requestSent: 'Thank you: your request has been received.',
		ourRequest: 'Our request',
		privateStatus: {
			new: 'Received; a coordinator will contact you.',
			scheduled: 'Scheduled.',
			evaluated: 'Delivered and evaluated.'
		},
		status: { new: 'Status: New', scheduled: 'Status: Scheduled', evaluated: 'Status: Evaluated' },
		schedule: 'Schedule a session',
		date: 'Date',
		start: 'Start time',
		end: 'End time',
		zone: 'Time zone',
		places: 'Number of places',
		agenda: 'Agenda in English',
		facilitates: (name: string) => `${name} facilitates`,
		experiential: (name: string) => `${name} is the experiential co-facilitator`,
		scheduleSubmit: 'Schedule the session',
		evaluation: 'Evaluation: pre and post questionnaires, and results',
		facilitatorEvaluation: 'Evaluation of this session (read-only)',
		openPre: 'Open the questionnaire before the workshop',
		openPost: 'Open the questionnaire after the workshop',
		name: 'Name',
		email: 'Email',
		register: 'Register',
		registered: 'You are registered',
		code: 'Make up a code',
		movement: 'Does human trafficking require moving a person from one place to another?',
		movementRight: 'No: holding or controlling a person in order to exploit them can be enough',
		movementWrong: 'Yes, always across a border',
		adults: /Adults can decide for themselves to do sex work/,
		disagree: /^\s*2\s+Disagree\s*$/,
		stronglyAgree: 'Strongly agree',
		confidence: /Telling sex work, exploitation and trafficking apart/,
		before: 'Before the workshop',
		now: 'Now',
		slightly: 'Slightly confident',
		very: 'Very confident',
		stays: /What will stay with you long after today/,
		send: 'Send my answers',
		sentPre: 'Thank you! Your answers are saved.',
		sentPost: 'Thank you for taking part',
		withheld: 'Withheld: fewer than 5 people.',
		csv: 'Download the anonymised data (CSV)',
		report: 'Printable report for funders',
		reportTitle: 'Workshop impact report',
		scope: (year: number) => `1 sessions, 1 organisations, ${year}.`
	},
	fr: {
		form: '/fr/formations/demande',
		requests: '/fr/personnel/demandes',
		organisation: 'Organisme',
		sector: 'Secteur',
		staff: 'Nombre de membres du personnel qui y participeraient',
		contactName: 'Nom',
		contactEmail: 'Courriel',
		hopes: 'Que souhaitez-vous voir changer dans votre équipe?',
		onSite: 'Sur notre lieu de travail',
		address: /^Adresse, si sur place/,
		sendRequest: 'Envoyer la demande',
		requestSent: 'Merci : votre demande a bien été reçue.',
		ourRequest: 'Notre demande',
		privateStatus: {
			new: 'Reçue; une personne coordonnatrice vous contactera.',
			scheduled: 'Planifiée.',
			evaluated: 'Donnée et évaluée.'
		},
		status: { new: 'Étape: Nouvelle', scheduled: 'Étape: Planifiée', evaluated: 'Étape: Évaluée' },
		schedule: 'Planifier une séance',
		date: 'Date',
		start: 'Heure de début',
		end: 'Heure de fin',
		zone: 'Fuseau horaire',
		places: 'Nombre de places',
		agenda: 'Programme en français',
		facilitates: (name: string) => `${name} anime`,
		experiential: (name: string) => `${name} est en co-animation expérientielle`,
		scheduleSubmit: 'Planifier la séance',
		evaluation: 'Évaluation : questionnaires avant et après, et résultats',
		facilitatorEvaluation: 'Évaluation de cette séance (lecture seule)',
		openPre: 'Ouvrir le questionnaire d’avant l’atelier',
		openPost: 'Ouvrir le questionnaire d’après l’atelier',
		name: 'Nom',
		email: 'Courriel',
		register: 'S’inscrire',
		registered: 'Vous êtes inscrit·e',
		code: 'Inventez un code',
		movement: 'La traite des personnes exige-t-elle de déplacer une personne d’un endroit à un autre?',
		movementRight: 'Non : retenir ou contrôler une personne pour l’exploiter peut suffire',
		movementWrong: 'Oui, toujours d’un pays à un autre',
		adults: /Des adultes peuvent décider par eux-mêmes de faire du travail du sexe/,
		disagree: /Plutôt en désaccord/,
		stronglyAgree: 'Tout à fait d’accord',
		confidence: /Distinguer le travail du sexe, l’exploitation et la traite/,
		before: 'Avant l’atelier',
		now: 'Maintenant',
		slightly: 'Un peu à l’aise',
		very: 'Très à l’aise',
		stays: /Qu’est-ce qui vous restera longtemps après aujourd’hui/,
		send: 'Envoyer mes réponses',
		sentPre: 'Merci! Vos réponses sont enregistrées.',
		sentPost: 'Merci d’avoir participé',
		withheld: 'Masqué : moins de 5 personnes.',
		csv: 'Télécharger les données anonymisées (CSV)',
		report: 'Rapport imprimable pour les bailleurs de fonds',
		reportTitle: 'Rapport d’impact des ateliers',
		scope: (year: number) => `1 séances, 1 organismes, ${year}.`
	}
} as const;

let browser: Browser;
let journey: Journey;
let coordinator = '';
let facilitator = '';
beforeAll(async () => {
	[browser, journey] = await Promise.all([launch(), startJourney(4)]);
	await journey.account(ADMIN);
	coordinator = await journey.account(COORDINATOR);
	facilitator = await journey.account(FACILITATOR);
}, 180_000);
afterAll(async () => {
	await browser?.close();
	await journey?.stop();
});

/** Today in UTC, from an hour ago (or midnight) to three hours on: a workshop under way now. */
function underWay(): { date: string; start: string; end: string } {
	const now = new Date();
	const minutes = now.getUTCHours() * 60 + now.getUTCMinutes();
	const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
	return {
		date: now.toISOString().slice(0, 10),
		start: clock(Math.max(0, minutes - 60)),
		end: clock(Math.min(23 * 60 + 59, minutes + 180))
	};
}

/** Post a questionnaire as its form would (the participants after the first). */
async function answer(link: string, fields: Record<string, string>): Promise<number> {
	const response = await fetch(link, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: BUILT_ORIGIN, accept: 'text/html' },
		body: new URLSearchParams(fields)
	});
	return response.status;
}

async function statusLine(page: Page): Promise<string> {
	return (
		(await page
			.locator('main p', { has: page.locator('strong') })
			.first()
			.textContent()) ?? ''
	)
		.replace(/\s+/g, ' ')
		.trim();
}

const CYCLES = [
	{ locale: 'en', organisation: 'Riverside Outreach Centre', js: true, code: 'RB11' },
	{ locale: 'fr', organisation: 'Centre de proximité du Fleuve', js: false, code: 'CF04' }
] as const;

describe('a workshop from request to measured impact', { timeout: 300_000 }, () => {
	for (const cycle of CYCLES) {
		const w = WORDS[cycle.locale as Locale];
		it(`${cycle.locale}: request → schedule → registration → pre and post → impact, CSV and report`, async () => {
			const base = journey.base;
			const check = async (page: Page, where: string) => {
				if (cycle.js) expect(await seriousViolations(page), where).toEqual([]);
			};

			// 1. The organisation sends the request form, without JavaScript.
			const organisation = await journey.page(browser, { javaScript: false });
			await organisation.page.goto(`${base}${w.form}`);
			await organisation.page.getByLabel(w.organisation, { exact: true }).fill(cycle.organisation);
			await organisation.page.getByLabel(w.sector, { exact: true }).selectOption('health');
			await organisation.page.getByLabel(w.staff).fill('14');
			await organisation.page.getByLabel(w.contactName, { exact: true }).fill('Noor Contact');
			await organisation.page.getByLabel(w.contactEmail, { exact: true }).fill(`noor-${cycle.locale}@riverside.example`);
			await organisation.page.getByLabel(w.hopes).fill('Front-line staff who listen before they label anyone.');
			await organisation.page.getByLabel(w.onSite).check();
			await organisation.page.getByLabel(w.address).fill('3 River Street');
			await organisation.page.getByRole('button', { name: w.sendRequest }).click();
			await organisation.page.waitForLoadState();
			expect(await organisation.page.getByRole('status').locator('h2').textContent()).toBe(w.requestSent);
			await organisation.page.getByRole('link', { name: w.ourRequest }).click();
			const privatePage = organisation.page.url();
			expect(privatePage).toMatch(new RegExp(`${w.form}/[\\w-]{43}$`));
			expect(await organisation.page.getByRole('status').textContent()).toContain(w.privateStatus.new);

			// 2. The coordinator finds it in the inbox, new, and schedules a session under way today.
			const staff = await journey.page(browser, { cookie: coordinator, javaScript: cycle.js });
			await staff.page.goto(`${base}${w.requests}?status=new`);
			await check(staff.page, 'inbox');
			await staff.page.getByRole('link', { name: cycle.organisation, exact: true }).click();
			const requestPage = staff.page.url();
			expect(await statusLine(staff.page)).toBe(w.status.new);
			await staff.page.getByRole('link', { name: w.schedule }).click();
			const when = underWay();
			await staff.page.getByLabel(w.date, { exact: true }).fill(when.date);
			await staff.page.getByLabel(w.start).fill(when.start);
			await staff.page.getByLabel(w.end).fill(when.end);
			await staff.page.getByLabel(w.zone, { exact: true }).fill('UTC');
			await staff.page.getByLabel(w.places).fill('12');
			await staff.page
				.getByLabel(w.agenda)
				.fill(cycle.locale === 'en' ? '1. What sex work is\n2. What trafficking is' : '1. Le travail du sexe\n2. La traite');
			await staff.page.getByLabel(w.facilitates(FACILITATOR.name)).check();
			await staff.page.getByLabel(w.experiential(FACILITATOR.name)).check();
			await check(staff.page, 'schedule form');
			await staff.page.getByRole('button', { name: w.scheduleSubmit }).click();
			await staff.page.waitForURL(/\/(staff\/sessions|personnel\/seances)\/[0-9a-f-]{36}\?notice=scheduled$/);
			const sessionPage = staff.page.url().replace(/\?.*$/, '');
			const registration = await staff.page.locator(`li[lang=${cycle.locale}] a`).getAttribute('href');
			expect(registration).toMatch(
				cycle.locale === 'en' ? /\/en\/events\/workshop-[0-9a-f]{16}$/ : /\/fr\/evenements\/workshop-[0-9a-f]{16}$/
			);
			expect(await staff.page.locator('main').textContent()).toContain(FACILITATOR.name);
			await staff.page.goto(requestPage);
			expect(await statusLine(staff.page)).toBe(w.status.scheduled);
			await organisation.page.goto(privatePage);
			expect(await organisation.page.getByRole('status').textContent()).toContain(w.privateStatus.scheduled);

			// The session's evaluation: both questionnaires opened, their links read from the page.
			await staff.page.goto(sessionPage);
			await staff.page.getByRole('link', { name: w.evaluation }).click();
			await staff.page.waitForURL(/\/(staff|personnel)\/impact\/(sessions|seances)\/[0-9a-f-]{36}$/);
			const impactPage = staff.page.url();
			await staff.page.getByRole('button', { name: w.openPre }).click();
			await staff.page.getByRole('button', { name: w.openPost }).click();
			await staff.page.waitForLoadState();
			expect(await staff.page.locator('[data-status=post]').textContent()).toBe(cycle.locale === 'en' ? 'open' : 'ouvert');
			const pre = journey.here((await staff.page.locator(`[data-link=pre-${cycle.locale}]`).getAttribute('href')) ?? '');
			const post = journey.here((await staff.page.locator(`[data-link=post-${cycle.locale}]`).getAttribute('href')) ?? '');
			expect(pre).toMatch(
				cycle.locale === 'en' ? /\/en\/trainings\/evaluation\/[\w-]{43}$/ : /\/fr\/formations\/evaluation\/[\w-]{43}$/
			);

			// 3. A participant registers by the public link, without JavaScript.
			const person = await journey.page(browser, { javaScript: false });
			await person.page.goto(journey.here(registration ?? ''));
			await person.page
				.getByLabel(w.name, { exact: true })
				.fill(cycle.locale === 'en' ? 'Rowan Participant' : 'Maëlle Participante');
			await person.page.getByLabel(w.email, { exact: true }).fill(`rowan-${cycle.locale}@example.org`);
			await person.page.getByRole('button', { name: w.register }).click();
			await person.page.waitForLoadState();
			expect(await person.page.locator('main').textContent()).toContain(w.registered);

			// 4. The participant answers before the workshop with a code they made up…
			await person.page.goto(pre);
			await person.page.getByLabel(w.code).fill(cycle.code);
			await person.page.getByRole('group', { name: w.movement }).getByLabel(w.movementWrong).check();
			await person.page.getByRole('group', { name: w.adults }).getByLabel(w.disagree).check();
			await person.page.getByRole('button', { name: w.send }).click();
			await person.page.waitForURL(/\?sent=1$/);
			expect(await person.page.getByRole('status').textContent()).toContain(w.sentPre);
			// …and the request is still only scheduled: nothing says the workshop happened yet.
			await staff.page.goto(requestPage);
			expect(await statusLine(staff.page)).toBe(w.status.scheduled);

			// …and after it, with the same code typed differently.
			await person.page.goto(post);
			await person.page.getByLabel(w.code).fill(` ${cycle.code.toLowerCase()} `);
			await person.page.getByRole('group', { name: w.movement }).getByLabel(w.movementRight).check();
			await person.page.getByRole('group', { name: w.adults }).getByLabel(w.stronglyAgree).check();
			const confidence = person.page.getByRole('group', { name: w.confidence });
			await confidence.getByRole('group', { name: w.before }).getByLabel(w.slightly).check();
			await confidence.getByRole('group', { name: w.now }).getByLabel(w.very).check();
			await person.page.getByLabel(w.stays).fill(cycle.locale === 'en' ? 'Ask, then listen.' : 'Demander, puis écouter.');
			await person.page.getByRole('button', { name: w.send }).click();
			await person.page.waitForURL(/\?sent=1$/);
			expect(await person.page.getByRole('status').textContent()).toContain(w.sentPost);
			expect(person.foreign()).toEqual([]);
			expect(organisation.foreign()).toEqual([]);

			// The first answers after the workshop: the request is evaluated, for staff and organisation.
			await staff.page.goto(requestPage);
			expect(await statusLine(staff.page)).toBe(w.status.evaluated);
			await organisation.page.goto(privatePage);
			expect(await organisation.page.getByRole('status').textContent()).toContain(w.privateStatus.evaluated);

			// 5. The impact page counts one pair, and withholds the change behind fewer than five people.
			await staff.page.goto(impactPage);
			for (const [count, value] of [
				['pre', '1'],
				['post', '1'],
				['pairs', '1']
			] as const)
				expect(await staff.page.locator(`[data-count=${count}]`).textContent(), count).toBe(value);
			expect(await staff.page.locator('tr[data-item="b-adults-decide"]').textContent()).toContain(w.withheld);

			// Four more participants answer through the same forms; then the paired change shows.
			for (let i = 1; i <= 4; i++) {
				const code = `${cycle.locale}-participant-${i}`;
				expect(await answer(pre, { code, 'b-adults-decide': '2', 'k-movement': 'border' })).toBe(303);
				expect(
					await answer(post, {
						code,
						'b-adults-decide': String(3 + (i % 3)),
						'k-movement': 'not-required',
						'r-tell-apart.before': '2',
						'r-tell-apart.now': '4',
						'o-stays-with-you': `Trafficking happens in many industries (${i}).`
					})
				).toBe(303);
			}
			await staff.page.goto(impactPage);
			for (const count of ['pre', 'post', 'pairs'])
				expect(await staff.page.locator(`[data-count=${count}]`).textContent(), count).toBe('5');
			const change = await staff.page.locator('tr[data-item="b-adults-decide"] td').allTextContents();
			expect(change[0]).toBe('5');
			expect(change.join(' ')).not.toContain(w.withheld);
			// Every pair agrees more after the workshop: the mean change is positive.
			expect(Number(change[2]?.replace(',', '.'))).toBeGreaterThan(0);
			expect(await staff.page.locator('main').textContent()).toContain(
				cycle.locale === 'en' ? 'Ask, then listen.' : 'Demander, puis écouter.'
			);
			await check(staff.page, 'impact page');

			// The facilitator reads the same figures for their session, read-only, from the session's page.
			const felix = await journey.page(browser, { cookie: facilitator, javaScript: cycle.js });
			await felix.page.goto(sessionPage);
			await felix.page.getByRole('link', { name: w.facilitatorEvaluation }).click();
			await felix.page.waitForURL(/\/(staff\/sessions|personnel\/seances)\/[0-9a-f-]{36}\/evaluation$/);
			expect(await felix.page.locator('[data-count=pairs]').textContent()).toBe('5');
			expect(await felix.page.locator('tr[data-item="b-adults-decide"] td').first().textContent()).toBe('5');
			expect(await felix.page.getByRole('button', { name: w.openPre }).count()).toBe(0);
			expect(await felix.page.getByRole('link', { name: w.csv }).count()).toBe(1);
			await check(felix.page, 'facilitator’s evaluation page');
			// The coordinators' impact page for the session stays theirs.
			expect((await felix.page.goto(impactPage))?.status()).toBe(403);
			await felix.context.close();

			// 6. The anonymised CSV: the export's header, ten rows of this session, no one's code.
			const [download] = await Promise.all([
				staff.page.waitForEvent('download'),
				staff.page.getByRole('link', { name: w.csv }).click()
			]);
			expect(download.suggestedFilename()).toMatch(/^evaluation-workshop-\d{4}-\d{2}-\d{2}\.csv$/);
			const chunks: Buffer[] = [];
			for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
			const csv = Buffer.concat(chunks).toString('utf8');
			const lines = csv
				.replace(/^\uFEFF/, '')
				.trim()
				.split('\r\n');
			expect(lines[0]).toMatch(/^session,phase,pairing_hash,k-trafficking-scenario,/);
			const header = lines[0]?.split(',') ?? [];
			const rows = lines.slice(1).map((line) => line.split(','));
			expect(rows).toHaveLength(10);
			const column = (name: string) => header.indexOf(name);
			expect(new Set(rows.map((r) => r[column('session')])).size).toBe(1);
			expect(rows.filter((r) => r[column('phase')] === 'pre')).toHaveLength(5);
			expect(rows.filter((r) => r[column('phase')] === 'post')).toHaveLength(5);
			expect(new Set(rows.map((r) => r[column('pairing_hash')])).size).toBe(5);
			for (const row of rows) expect(row[column('pairing_hash')]).toMatch(/^[0-9a-f]{64}$/);
			expect(csv).not.toMatch(new RegExp(`${cycle.code}|participant-1|rowan|Maëlle`, 'i'));
			expect(csv).toContain(cycle.locale === 'en' ? 'Ask, then listen.' : 'Demander, puis écouter.');

			// 7. The printable report for this session.
			await staff.page.goto(impactPage);
			await staff.page.getByRole('link', { name: w.report }).click();
			await staff.page.waitForURL(/\/(staff|personnel)\/impact\/(report|rapport)\?session=[0-9a-f-]{36}$/);
			expect(await staff.page.locator('h1').textContent()).toBe(w.reportTitle);
			expect(await staff.page.locator('main').textContent()).toContain(w.scope(new Date().getUTCFullYear()));
			expect(await staff.page.locator('[data-count=pairs]').textContent()).toBe('5');
			expect(await staff.page.locator('tr[data-item="b-adults-decide"] td').first().textContent()).toBe('5');
			await check(staff.page, 'report');
			expect(staff.foreign()).toEqual([]);
			for (const opened of [organisation, staff, person]) await opened.context.close();
		});
	}
});
