// Events, end to end: an organiser (coordinator) creates a conference, adds its programme and a
// community speaker whose honorarium is recorded, and publishes it; people register (with and
// without JavaScript, in English and French) and get their confirmation email in their language;
// the last one lands on the waitlist and is promoted, by email, when someone cancels; the organiser
// checks people in on a phone without JavaScript and exports the list; cancelling the event emails
// everyone. It runs on a server of its own (journey.ts).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, seriousViolations } from './browser.ts';
import { startJourney, type Journey, type StaffAccount } from './journey.ts';

const ADMIN: StaffAccount = {
	email: 'ev-admin@example.org',
	name: 'Eve Admin',
	password: 'an admin for the events journey',
	role: 'admin'
};
const ORGANISER: StaffAccount = {
	email: 'olga@example.org',
	name: 'Olga Organiser',
	password: 'organising a provincial conference',
	role: 'coordinator'
};
const FACILITATOR: StaffAccount = {
	email: 'fay@example.org',
	name: 'Fay Facilitator',
	password: 'facilitators do not organise',
	role: 'facilitator'
};

const TITLE = 'Provincial Conference 2027';
const TITLE_FR = 'Conférence provinciale 2027';
const SLUG = 'provincial-conference-2027';
const ANA = { name: 'Ana Lopez', email: 'ana@example.org' };
const BEA = { name: 'Béatrice Roy', email: 'bea@example.org' };
const CAL = { name: 'Cal Smith', email: 'cal@example.org' };

let browser: Browser;
let journey: Journey;
let organiser = '';
let facilitator = '';
let eventPage = '';
beforeAll(async () => {
	[browser, journey] = await Promise.all([launch(), startJourney(2)]);
	await journey.account(ADMIN);
	organiser = await journey.account(ORGANISER);
	facilitator = await journey.account(FACILITATOR);
}, 180_000);
afterAll(async () => {
	await browser?.close();
	await journey?.stop();
});

async function noSeriousViolations(page: Page, where: string) {
	expect(await seriousViolations(page), where).toEqual([]);
}

describe('organising an event', () => {
	it('creates a conference as a draft; a wrong end time comes back with its message and keeps what was typed', async () => {
		const { page, context, foreign } = await journey.page(browser, { cookie: organiser });
		await page.goto(`${journey.base}/en/staff`);
		await page.getByRole('link', { name: /Organise events/ }).click();
		await page.waitForURL(/\/en\/staff\/events$/);
		expect(await page.locator('main').textContent()).toContain('No event yet.');
		await page.getByRole('link', { name: 'Create an event' }).click();
		await noSeriousViolations(page, 'new event');

		await page.getByLabel('Kind of event').selectOption('conference');
		await page.getByLabel('Title in English').fill(TITLE);
		await page.getByLabel('Title in French').fill(TITLE_FR);
		await page
			.getByLabel('Summary in English')
			.fill('Two days where sex workers, health, police and residents sit at one table.');
		await page.getByLabel('Starts').fill('2027-05-10T09:00');
		await page.getByLabel('Ends').fill('2027-05-09T17:00');
		await page.getByLabel('Time zone').fill('America/Toronto');
		await page.getByLabel('Venue').fill('Community Hall');
		await page.getByLabel('Address', { exact: true }).fill('1 Main Street, Toronto');
		await page.getByLabel('Accessibility information in English').fill('Step-free entrance, ASL interpretation, quiet room.');
		await page.getByLabel('Places (optional)').fill('2');
		await page.getByRole('button', { name: 'Create the event (as a draft)' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('Some answers need a change');
		expect(await page.locator('#endsAt-problem').textContent()).toBe('The end must come after the start.');
		expect(await page.getByLabel('Title in English').inputValue()).toBe(TITLE);
		expect(await page.getByLabel('Places (optional)').inputValue()).toBe('2');
		await noSeriousViolations(page, 'new event with an error');

		await page.getByLabel('Ends').fill('2027-05-11T17:00');
		await page.getByRole('button', { name: 'Create the event (as a draft)' }).click();
		await page.waitForURL(/\/en\/staff\/events\/[0-9a-f-]{36}\?notice=created$/);
		eventPage = page.url().replace(/\?.*$/, '');
		expect(await page.getByRole('status').textContent()).toContain('The event is created as a draft.');
		expect(await page.locator('h1').textContent()).toBe(TITLE);
		// Times are the event's own: 09:00 in Toronto, shown with its zone.
		expect(await page.locator('main').textContent()).toMatch(/May 10, 2027.*9:00.*EDT/);
		expect((await fetch(`${journey.base}/en/events/${SLUG}`)).status).toBe(404);
		expect(foreign()).toEqual([]);
		await context.close();
	}, 120_000);

	it('adds a community speaker and a session, records the honorarium with a total, and publishes', async () => {
		const { page, context } = await journey.page(browser, { cookie: organiser });
		await page.goto(eventPage);
		await page.locator('#speaker-name').fill('Sam Rivera');
		await page.locator('#speaker-affiliation').fill('Peer support collective');
		await page.locator('#speaker-add-community').check();
		await page.locator('#speaker-owed').fill('lots');
		await page.getByRole('button', { name: 'Add the speaker' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('Give an amount in dollars, such as 250 or 250.00.');
		expect(await page.locator('#speaker-name').inputValue()).toBe('Sam Rivera');
		await page.locator('#speaker-owed').fill('250');
		await page.getByRole('button', { name: 'Add the speaker' }).click();
		await page.waitForURL(/notice=speaker-added/);
		await page.locator('#speaker-name').fill('Dr. Lee Park');
		await page.locator('#speaker-owed').fill('');
		await page.getByRole('button', { name: 'Add the speaker' }).click();
		await page.waitForURL(/notice=speaker-added/);
		expect(await page.getByTestId('honoraria-total').textContent()).toContain(
			'Total: owed $250.00, paid $0.00, still due $250.00.'
		);

		const sam = page.getByRole('form', { name: 'Honorarium of Sam Rivera' });
		await sam.getByLabel('Paid ($)').fill('150');
		await sam.getByLabel('Paid on').fill('2027-05-11');
		await sam.getByRole('button', { name: 'Save for Sam Rivera' }).click();
		await page.waitForURL(/notice=honorarium-saved/);
		expect(await page.getByTestId('honoraria-total').textContent()).toContain(
			'Total: owed $250.00, paid $150.00, still due $100.00.'
		);
		expect(await page.locator('main').textContent()).toContain('Community speaker');

		await page.locator('#session-titleEn').fill('Opening circle');
		await page.locator('#session-titleFr').fill("Cercle d'ouverture");
		await page.locator('#session-startsAt').fill('2027-05-10T09:00');
		await page.locator('#session-endsAt').fill('2027-05-10T10:00');
		await page.locator('#session-room').fill('Main hall');
		await page.getByRole('checkbox', { name: 'Sam Rivera' }).check();
		await page.getByRole('button', { name: 'Add the session' }).click();
		await page.waitForURL(/notice=session-added/);
		expect(await page.locator('.sessions').textContent()).toMatch(/Opening circle[\s\S]*\(EDT\) · Main hall · Sam Rivera/);
		// A session and a speaker can be changed later (in a disclosure: no JavaScript needed).
		await page.getByText('Edit the session Opening circle').click();
		await page.locator('.sessions input[name=room]').fill('Room B');
		await page.locator('.sessions input[name=endsAt]').fill('2027-05-10T08:00');
		await page.getByRole('button', { name: 'Save the session Opening circle' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('The end must come after the start.');
		expect(await page.locator('.sessions input[name=room]').inputValue()).toBe('Room B');
		await page.locator('.sessions input[name=endsAt]').fill('2027-05-10T10:30');
		await page.getByRole('button', { name: 'Save the session Opening circle' }).click();
		await page.waitForURL(/notice=session-saved/);
		expect(await page.locator('.sessions').textContent()).toMatch(/9:00–10:30\sa\.m\.\s\(EDT\) · Room B · Sam Rivera/);
		await page.getByText('Edit the details of Sam Rivera').click();
		await page
			.locator('.speakers > li')
			.filter({ hasText: 'Sam Rivera' })
			.locator('input[name=affiliation]')
			.fill('Sex Workers United');
		await page.getByRole('button', { name: 'Save the details of Sam Rivera' }).click();
		await page.waitForURL(/notice=speaker-saved/);
		expect(await page.locator('.speakers').textContent()).toContain('Sam Rivera, Sex Workers United');
		await noSeriousViolations(page, 'event page');

		await page.getByRole('button', { name: 'Publish the event' }).click();
		await page.waitForURL(/notice=published$/);
		expect(await page.getByRole('status').textContent()).toContain('The event is published');
		await page.getByRole('link', { name: 'Public page' }).click();
		await page.waitForURL(`${journey.base}/en/events/${SLUG}`);
		expect(await page.locator('main').textContent()).toMatch(/Opening circle[\s\S]*Sam Rivera/);
		expect(await page.locator('main').textContent()).toContain('Step-free entrance, ASL interpretation, quiet room.');
		await context.close();
	}, 120_000);

	it('keeps facilitators out of the organiser pages', async () => {
		const response = await fetch(eventPage, { headers: { cookie: facilitator, accept: 'text/html' } });
		expect(response.status).toBe(403);
		expect(await response.text()).not.toContain(TITLE);
	});
});

describe('registering, the waitlist and check-in', () => {
	let anaManage = '';

	it('registers people with and without JavaScript, in English and French, each emailed in their language', async () => {
		const ana = await journey.page(browser);
		await ana.page.goto(`${journey.base}/en/events/${SLUG}`);
		await ana.page.getByLabel('Name', { exact: true }).fill(ANA.name);
		await ana.page.getByLabel('Email').fill(ANA.email);
		await ana.page.getByLabel('Pronouns (optional)').fill('she/her');
		await ana.page.getByLabel('Accessibility needs (optional)').fill('Wheelchair user');
		await ana.page.getByRole('button', { name: 'Register' }).click();
		expect(await ana.page.getByRole('status').textContent()).toContain('You are registered.');
		await noSeriousViolations(ana.page, 'public event page, registered');
		await ana.context.close();

		const mail = await journey.email(ANA.email, `Your place at ${TITLE}`);
		expect(mail.locale).toBe('en');
		expect(mail.body).toContain(`Hello ${ANA.name},`);
		expect(mail.body).toMatch(/When: Monday, May 10, 2027/);
		expect(mail.body).toContain('Where: Community Hall, 1 Main Street, Toronto');
		anaManage = journey.here(/https?:\/\/\S+\/en\/events\/\S+\/registration\/[\w-]{43}/.exec(mail.body)?.[0] ?? '');
		expect(anaManage).toMatch(/\/registration\/[\w-]{43}$/);

		const bea = await journey.page(browser, { javaScript: false });
		await bea.page.goto(`${journey.base}/fr/evenements/${SLUG}`);
		expect(await bea.page.locator('h1').textContent()).toBe(TITLE_FR);
		await bea.page.getByLabel('Nom', { exact: true }).fill(BEA.name);
		await bea.page.getByLabel('Courriel').fill('not an email');
		await bea.page.getByRole('button', { name: 'S’inscrire' }).click();
		expect(await bea.page.getByRole('alert').textContent()).toBeTruthy();
		expect(await bea.page.getByLabel('Nom', { exact: true }).inputValue()).toBe(BEA.name);
		await bea.page.getByLabel('Courriel').fill(BEA.email);
		await bea.page.getByRole('button', { name: 'S’inscrire' }).click();
		expect(await bea.page.getByRole('status').textContent()).toContain('Vous êtes inscrit·e.');
		await bea.context.close();
		const french = await journey.email(BEA.email, `Votre place à ${TITLE_FR}`);
		expect(french.locale).toBe('fr');
		expect(french.body).toMatch(/Quand : lundi 10 mai 2027/);
		expect(french.body).toMatch(/\/fr\/evenements\/provincial-conference-2027\/registration\/[\w-]{43}/);

		const cal = await journey.page(browser, { javaScript: false });
		await cal.page.goto(`${journey.base}/en/events/${SLUG}`);
		await cal.page.getByLabel('Name', { exact: true }).fill(CAL.name);
		await cal.page.getByLabel('Email').fill(CAL.email);
		await cal.page.getByRole('button', { name: 'Join the waitlist' }).click();
		expect(await cal.page.getByRole('status').textContent()).toContain('You are on the waitlist.');
		await cal.context.close();
		expect((await journey.email(CAL.email, `You are on the waitlist for ${TITLE}`)).body).toContain('is full for now');
	}, 120_000);

	it('checks people in on a phone without JavaScript, and exports the registrations as CSV', async () => {
		const { page, context } = await journey.page(browser, { cookie: organiser, javaScript: false });
		await page.setViewportSize({ width: 375, height: 667 });
		await page.goto(eventPage);
		await page.getByRole('link', { name: 'Registrations and check-in' }).click();
		await page.waitForURL(/\/registrations$/);
		expect(await page.getByTestId('counts').textContent()).toContain('0 present of 2 with a place; 1 waiting.');
		expect(await page.locator('main').textContent()).toContain('Accessibility: Wheelchair user');

		await page.getByLabel('Find a person').fill('béat');
		await page.getByRole('button', { name: 'Search' }).click();
		expect(await page.locator('.people > li').count()).toBe(1);
		await page.getByRole('button', { name: `Check in ${BEA.name}` }).click();
		await page.waitForURL(/notice=checked-in/);
		expect(page.url()).toContain('q=b%C3%A9at');
		expect(await page.getByRole('status').textContent()).toBe('Checked in.');
		expect(await page.getByTestId('counts').textContent()).toContain('1 present of 2 with a place; 1 waiting.');
		expect(await page.getByRole('button', { name: `Undo the check-in of ${BEA.name}` }).count()).toBe(1);
		// A button is big enough for a thumb (WCAG 2.5.8).
		const box = await page.getByRole('button', { name: `Undo the check-in of ${BEA.name}` }).boundingBox();
		expect(box?.height).toBeGreaterThanOrEqual(44);
		// axe and the page's width need a script in the page: the same list, on the same phone, with JavaScript.
		const scripted = await journey.page(browser, { cookie: organiser });
		await scripted.page.setViewportSize({ width: 375, height: 667 });
		await scripted.page.goto(`${eventPage}/registrations`);
		expect(await scripted.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		await noSeriousViolations(scripted.page, 'check-in list');
		await scripted.context.close();

		const csvHref = (await page.getByRole('link', { name: 'Export the registrations as CSV' }).getAttribute('href')) ?? '';
		const csv = await page.request.get(`${journey.base}${csvHref}`);
		expect(csv.status()).toBe(200);
		expect(csv.headers()['content-disposition']).toBe(`attachment; filename="registrations-${SLUG}.csv"`);
		const rows = (await csv.text())
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(rows[0]).toBe(
			'Name,Name to display,Pronouns,Email,Status,Accessibility needs,Dietary needs,Language,Registered (UTC),Checked in (UTC)'
		);
		expect(rows).toHaveLength(4);
		expect(rows.find((r) => r.startsWith(ANA.name))).toMatch(
			/^Ana Lopez,,she\/her,ana@example.org,has a place,Wheelchair user,,en,\S+Z,$/
		);
		expect(rows.find((r) => r.startsWith(BEA.name))).toMatch(/,has a place,,,fr,\S+Z,\S+Z$/);
		expect(rows.find((r) => r.startsWith(CAL.name))).toContain(',on the waitlist,');
		await context.close();
	}, 120_000);

	it('gives a freed place to the first person waiting, who is emailed', async () => {
		const ana = await journey.page(browser, { javaScript: false });
		await ana.page.goto(anaManage);
		await ana.page.getByRole('button', { name: 'Cancel my registration' }).click();
		expect(await ana.page.locator('main').textContent()).toContain('This registration is cancelled.');
		await ana.context.close();
		const promoted = await journey.email(CAL.email, `A place is now yours at ${TITLE}`);
		expect(promoted.body).toContain('a place came free');

		const { page, context } = await journey.page(browser, { cookie: organiser });
		await page.goto(`${eventPage}/registrations`);
		expect(await page.getByTestId('counts').textContent()).toContain('1 present of 2 with a place; 0 waiting.');
		expect(await page.locator(`.people > li:has-text("${CAL.name}")`).textContent()).toContain('has a place');
		await context.close();
	}, 60_000);

	it('cancels the event and emails everyone still registered', async () => {
		const { page, context } = await journey.page(browser, { cookie: organiser });
		await page.goto(eventPage);
		await page.getByLabel(/Yes, cancel this event/).check();
		await page.getByRole('button', { name: 'Cancel the event' }).click();
		await page.waitForURL(/notice=cancelled$/);
		expect(await page.getByRole('status').textContent()).toContain('Everyone registered or waiting has been emailed.');
		expect((await journey.email(CAL.email, `Cancelled: ${TITLE}`)).locale).toBe('en');
		expect((await journey.email(BEA.email, `Annulé : ${TITLE_FR}`)).body).toContain('est annulé');
		await expect(journey.email(ANA.email, `Cancelled: ${TITLE}`)).rejects.toThrow(/No email/);
		await page.goto(`${journey.base}/en/events/${SLUG}`);
		expect(await page.locator('main').textContent()).toContain('This event has been cancelled.');
		await context.close();
	}, 60_000);
});
