// A stakeholder dialogue, end to end: a facilitator opens it, participants in separate browsers
// join by its link and vote, one adds a statement that the facilitator approves, the results page
// updates itself as votes arrive (server-sent events), and the common ground becomes an action
// list that is edited, reordered and exported. Then the same journey without JavaScript, where
// pages refresh instead. It runs on a server of its own (journey.ts).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, seriousViolations } from './browser.ts';
import { startJourney, type Journey, type StaffAccount } from './journey.ts';

const ADMIN: StaffAccount = {
	email: 'dia-admin@example.org',
	name: 'Dia Admin',
	password: 'an admin for the dialogue journey',
	role: 'admin'
};
const FACILITATOR: StaffAccount = {
	email: 'fran@example.org',
	name: 'Fran Facilitator',
	password: 'facilitating tables of sixty people',
	role: 'facilitator'
};
const OTHER: StaffAccount = {
	email: 'otto@example.org',
	name: 'Otto Other',
	password: 'another facilitator entirely',
	role: 'facilitator'
};

const QUESTION = 'What would make our neighbourhood safer for everyone, including sex workers?';
const LIGHTS = 'Street lighting should be improved on every block.';
const POLICE = 'Police should focus on violence, not on consenting adults.';
const TABLE = 'Sex workers should be at the table when safety policies are written.';
const BUSES = 'Night buses should run later on weekends.';

let browser: Browser;
let journey: Journey;
let facilitatorCookie = '';
let otherCookie = '';
beforeAll(async () => {
	[browser, journey] = await Promise.all([launch(), startJourney(1)]);
	await journey.account(ADMIN);
	facilitatorCookie = await journey.account(FACILITATOR);
	otherCookie = await journey.account(OTHER);
}, 180_000);
afterAll(async () => {
	await browser?.close();
	await journey?.stop();
});

async function noSeriousViolations(page: Page, where: string) {
	expect(await seriousViolations(page), where).toEqual([]);
}

/** Every UUID in a page: a participant's id would be one. */
const uuids = (html: string) => new Set(html.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []);

/** A participant's browser: join by the link (declaring a group, or not), then answer with `choose`. */
async function participate(
	link: string,
	options: { javaScript: boolean; group?: string; choose: (statement: string) => 'Agree' | 'Disagree' | 'Pass / unsure' }
) {
	const opened = await journey.page(browser, { javaScript: options.javaScript });
	const { page } = opened;
	await page.goto(link);
	if (options.group) await page.getByLabel('Which group do you belong to? (optional)').selectOption(options.group);
	await page.getByRole('button', { name: 'Start' }).click();
	await page.locator('.progress').waitFor();
	for (let guard = 0; guard < 10; guard++) {
		const card = page.locator('.statement-text');
		if ((await card.count()) === 0) break;
		const text = (await card.textContent())?.trim() ?? '';
		const before = await page.locator('.progress').textContent();
		await page.getByRole('button', { name: options.choose(text), exact: true }).click();
		await expect.poll(() => page.locator('.progress').textContent(), { timeout: 20_000 }).not.toBe(before);
	}
	return opened;
}

describe('a dialogue with JavaScript', () => {
	let dialoguePage = '';
	let joinLink = '';

	it('lets a facilitator open a dialogue; a bad value comes back with its message and nothing typed is lost', async () => {
		const { page, foreign } = await journey.page(browser, { cookie: facilitatorCookie });
		await page.goto(`${journey.base}/en/staff`);
		await page.getByRole('link', { name: /Facilitate dialogues/ }).click();
		await page.waitForURL(/\/en\/staff\/dialogues$/);
		expect(await page.locator('main').textContent()).toContain('No dialogue yet.');
		await page.getByRole('link', { name: 'Open a dialogue' }).click();
		await page.waitForURL(/\/en\/staff\/dialogues\/new$/);
		await noSeriousViolations(page, 'new dialogue');

		await page.getByLabel('Question', { exact: true }).fill(QUESTION);
		await page
			.getByLabel('The question in the other language (optional)')
			.fill("Qu'est-ce qui rendrait notre quartier plus sûr pour tout le monde, y compris les travailleuses du sexe ?");
		await page.getByLabel('Seed statements').fill(`${LIGHTS}\n${POLICE}\n\n${TABLE}`);
		await page.getByLabel('Stakeholder groups participants may declare (optional)').fill('Residents\nSex workers');
		await page.getByLabel(/Pre-moderate/).check();
		await page.getByLabel('Smallest group shown in results').fill('1');
		await page.getByRole('button', { name: 'Open the dialogue' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('Some answers need a change');
		expect(await page.locator('#minGroupSize-problem').textContent()).toBe('Give a whole number from 2 to 50.');
		expect(await page.getByLabel('Question', { exact: true }).inputValue()).toBe(QUESTION);
		expect(await page.getByLabel('Seed statements').inputValue()).toBe(`${LIGHTS}\n${POLICE}\n\n${TABLE}`);
		expect(await page.getByLabel('Smallest group shown in results').getAttribute('aria-invalid')).toBe('true');
		await noSeriousViolations(page, 'new dialogue with an error');

		await page.getByLabel('Smallest group shown in results').fill('5');
		await page.getByRole('button', { name: 'Open the dialogue' }).click();
		await page.waitForURL(/\/en\/staff\/dialogues\/[0-9a-f-]{36}\?notice=opened$/);
		expect(await page.getByRole('status').textContent()).toContain('The dialogue is open.');
		expect(await page.locator('h1').textContent()).toBe(QUESTION);
		dialoguePage = page.url().replace(/\?.*$/, '');
		joinLink = journey.here((await page.locator('.join-link a').getAttribute('href')) ?? '');
		expect(joinLink).toMatch(/\/en\/dialogue\/[a-hj-km-np-z2-9]{12}$/);
		expect(await page.getByRole('heading', { name: 'Statements shown (3)' }).count()).toBe(1);
		// Participants reading French see the facilitator's translation (in the page's language).
		const french = await (await fetch(joinLink.replace('/en/dialogue/', '/fr/dialogue/'))).text();
		expect(french).toMatch(/<h1>Qu'est-ce qui rendrait notre quartier plus sûr/);
		await noSeriousViolations(page, 'dialogue page');

		await page.getByRole('link', { name: 'Page to print or project, with a QR code' }).click();
		await page.waitForURL(/\/poster$/);
		expect(await page.locator('.qr svg').count()).toBe(1);
		expect(await page.getByRole('img', { name: /QR code of the link/ }).getAttribute('aria-label')).toContain('/en/dialogue/');
		await noSeriousViolations(page, 'poster');
		expect(foreign()).toEqual([]);
		await page.context().close();
	}, 120_000);

	it('keeps a facilitator out of a dialogue another facilitator opened', async () => {
		const response = await fetch(dialoguePage, { headers: { cookie: otherCookie, accept: 'text/html' } });
		expect(response.status).toBe(404);
		expect(await response.text()).not.toContain(QUESTION);
		const list = await fetch(`${journey.base}/en/staff/dialogues`, { headers: { cookie: otherCookie, accept: 'text/html' } });
		expect(await list.text()).not.toContain(QUESTION);
		const csv = await fetch(`${dialoguePage}/actions.csv`, { headers: { cookie: otherCookie } });
		expect(csv.status).toBe(404);
	});

	it('gathers votes from five browsers, moderates a new statement and updates the open results page live', async () => {
		const facilitator = await journey.page(browser, { cookie: facilitatorCookie });
		const results = facilitator.page;
		await results.goto(`${dialoguePage}/results`);
		expect(await results.getByTestId('totals').textContent()).toBe('0 participants, 0 votes so far.');
		// Proof that the page is never reloaded: a mark on the window survives each update.
		await results.evaluate(() => Object.assign(window, { keptAcrossUpdates: true }));
		await expect.poll(() => results.locator('[data-refresh-link]').getAttribute('hidden')).toBe('');

		const camps = ['Residents', 'Residents', 'Residents', 'Sex workers', 'Sex workers'];
		const participants = [];
		for (const [i, group] of camps.entries()) {
			participants.push(
				await participate(joinLink, {
					javaScript: true,
					group,
					choose: (text) =>
						text === LIGHTS || text === TABLE ? 'Agree' : i < 2 ? 'Disagree' : text === POLICE ? 'Agree' : 'Pass / unsure'
				})
			);
		}
		const first = participants[0]?.page;
		if (!first) throw new Error('no participant');
		await first.getByLabel('Your statement').fill(BUSES);
		await first.getByRole('button', { name: 'Add my statement' }).click();
		expect(await first.getByRole('status').filter({ hasText: 'Thank you' }).textContent()).toContain(
			'will be shown once a facilitator has read it'
		);

		await expect
			.poll(() => results.getByTestId('totals').textContent(), { timeout: 20_000 })
			.toBe('5 participants, 15 votes so far.');
		expect(await results.getByTestId('common-ground').textContent()).toContain(LIGHTS);
		// Declared groups under five people are not shown: their votes could be guessed.
		expect(await results.locator('main').textContent()).toContain(
			'5 participants declared groups with fewer than 5 people: they are counted everywhere else, but their groups are not shown.'
		);
		expect(await results.getByTestId('all-statements').textContent()).not.toContain(BUSES);

		const moderation = await journey.page(browser, { cookie: facilitatorCookie });
		await moderation.page.goto(dialoguePage);
		expect(await moderation.page.getByRole('heading', { name: 'Waiting for moderation (1)' }).count()).toBe(1);
		await moderation.page.getByRole('button', { name: `Approve: ${BUSES}` }).click();
		await moderation.page.waitForURL(/notice=approved$/);
		expect(await moderation.page.getByRole('status').textContent()).toBe('The statement is shown to participants.');
		expect(await moderation.page.getByRole('heading', { name: 'Statements shown (4)' }).count()).toBe(1);

		await expect.poll(() => results.getByTestId('all-statements').textContent(), { timeout: 20_000 }).toContain(BUSES);
		// The second participant now sees the approved statement and agrees.
		const second = participants[1]?.page;
		if (!second) throw new Error('no participant');
		await second.reload();
		expect((await second.locator('.statement-text').textContent())?.trim()).toBe(BUSES);
		await second.getByRole('button', { name: 'Agree', exact: true }).click();
		await expect
			.poll(() => results.getByTestId('totals').textContent(), { timeout: 20_000 })
			.toBe('5 participants, 17 votes so far.');
		expect(await results.evaluate(() => (window as unknown as { keptAcrossUpdates?: boolean }).keptAcrossUpdates)).toBe(true);

		// Lowering the smallest group shown is a setting that can change later: declared groups appear.
		await moderation.page.getByLabel('Smallest group shown in results').fill('2');
		await moderation.page.getByRole('button', { name: 'Save the settings' }).click();
		await moderation.page.waitForURL(/notice=saved$/);
		await expect
			.poll(() => results.locator('main').textContent(), { timeout: 20_000 })
			.toMatch(/Residents \(3\)[\s\S]*Sex workers \(2\)/);
		// Back to five; and since three participants answered before the new statement came, three
		// votes (not every statement) are enough to place someone.
		await moderation.page.getByLabel('Smallest group shown in results').fill('5');
		await moderation.page.getByLabel(/Votes a participant needs/).fill('3');
		await moderation.page.getByRole('button', { name: 'Save the settings' }).click();
		await moderation.page.waitForURL(/notice=saved$/);
		await expect.poll(() => results.locator('main').textContent(), { timeout: 20_000 }).not.toContain('Residents (3)');

		// Facilitators never see who voted what: no participant id reaches their pages.
		for (const path of [dialoguePage, `${dialoguePage}/results`]) {
			const html = await (await fetch(path, { headers: { cookie: facilitatorCookie, accept: 'text/html' } })).text();
			expect([...uuids(html)], path).toEqual([dialoguePage.split('/').at(-1)]);
		}
		await noSeriousViolations(results, 'results');
		for (const p of participants) await p.context.close();
		await facilitator.context.close();
		await moderation.context.close();
	}, 240_000);

	it('turns the common ground into an action list that is edited, assigned, reordered and exported', async () => {
		const { page, context } = await journey.page(browser, { cookie: facilitatorCookie });
		await page.goto(dialoguePage);
		await page.getByRole('link', { name: 'Where we agree: the action list' }).click();
		await page.waitForURL(/\/actions$/);
		expect(await page.locator('main').textContent()).toContain('No action yet.');
		await page.getByRole('button', { name: 'Add the common-ground statements to the list' }).click();
		await page.waitForURL(/notice=added-\d+$/);
		expect(await page.getByLabel('Action', { exact: true }).first().inputValue()).toBe(LIGHTS);
		const count = await page.locator('ol.actions > li').count();
		expect(count).toBeGreaterThanOrEqual(1);

		await page.locator('#new-title').fill('ok');
		await page.locator('#new-owner').fill('Community association');
		await page.locator('#new-due').fill('2027-03-01');
		await page.getByRole('button', { name: 'Add the action' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('Describe the action (at least a few words).');
		expect(await page.locator('#new-owner').inputValue()).toBe('Community association');
		expect(await page.locator('#new-due').inputValue()).toBe('2027-03-01');
		await page.locator('#new-title').fill('Hold a follow-up meeting in three months');
		await page.getByRole('button', { name: 'Add the action' }).click();
		await page.waitForURL(/notice=added$/);

		await page.getByLabel('Who takes it on').first().fill('City lighting department');
		await page.getByLabel('Progress').first().selectOption('doing');
		await page.getByRole('button', { name: 'Save action 1' }).click();
		await page.waitForURL(/notice=saved/);
		expect(await page.getByLabel('Who takes it on').first().inputValue()).toBe('City lighting department');

		const last = count + 1;
		await page.getByRole('button', { name: `Move action ${last} up` }).click();
		await page.waitForURL(/notice=moved/);
		expect(
			await page
				.locator('ol.actions > li textarea')
				.nth(last - 2)
				.inputValue()
		).toBe('Hold a follow-up meeting in three months');
		await noSeriousViolations(page, 'action list');

		const csvHref = (await page.getByRole('link', { name: 'Export as CSV' }).getAttribute('href')) ?? '';
		const csv = await page.request.get(`${journey.base}${csvHref}`);
		expect(csv.status()).toBe(200);
		expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
		expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="actions-[a-z2-9]{12}\.csv"$/);
		const rows = (await csv.text())
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(rows[0]).toBe('Order,Action,Who takes it on,Due date (optional),Progress');
		expect(rows[1]).toBe(`1,${LIGHTS},City lighting department,,Under way`);
		expect(rows).toContain(`${last - 1},Hold a follow-up meeting in three months,Community association,2027-03-01,To do`);

		await page.getByRole('link', { name: 'Printable list' }).click();
		await page.waitForURL(/\/actions\/print$/);
		expect(await page.locator('tbody tr').count()).toBe(last);
		expect(await page.locator('tbody').textContent()).toContain('City lighting department');
		await noSeriousViolations(page, 'printable action list');

		await page.goBack();
		await page.getByRole('button', { name: `Delete action ${last - 1}` }).click();
		await page.waitForURL(/notice=deleted$/);
		expect(await page.locator('ol.actions > li').count()).toBe(last - 1);
		await context.close();
	}, 120_000);
});

describe('a dialogue without JavaScript', () => {
	it('runs the whole journey with forms and refreshes', async () => {
		const { page, context } = await journey.page(browser, { cookie: facilitatorCookie, javaScript: false });
		await page.goto(`${journey.base}/en/staff/dialogues/new`);
		await page.getByLabel('Question', { exact: true }).fill('Comment mieux accueillir tout le monde au centre communautaire ?');
		await page.getByRole('radio', { name: 'Français' }).check();
		await page.getByLabel('Seed statements').fill('Des heures d’ouverture le soir.\nUne salle calme pour parler.');
		await page.getByLabel(/Post-moderate/).check();
		await page.getByLabel('Smallest group shown in results').fill('2');
		await page.getByLabel(/Votes a participant needs/).fill('2');
		await page.getByRole('button', { name: 'Open the dialogue' }).click();
		await page.waitForURL(/notice=opened$/);
		const dialoguePage = page.url().replace(/\?.*$/, '');
		expect(await page.locator('h1').getAttribute('lang')).toBe('fr');
		const joinLink = journey.here((await page.locator('.join-link a').getAttribute('href')) ?? '');

		await page.goto(`${dialoguePage}/results`);
		expect(await page.getByRole('link', { name: 'Refresh the results' }).isVisible()).toBe(true);
		expect(await page.getByTestId('totals').textContent()).toBe('0 participants, 0 votes so far.');

		const participants = [];
		for (let i = 0; i < 3; i++) {
			participants.push(
				await participate(joinLink, {
					javaScript: false,
					choose: (text) => (text.startsWith('Des heures') || i === 0 ? 'Agree' : 'Disagree')
				})
			);
		}
		const author = participants[2]?.page;
		if (!author) throw new Error('no participant');
		await author.getByLabel('Your statement').fill('Un café gratuit le matin.');
		await author.getByRole('button', { name: 'Add my statement' }).click();
		// Post-moderation: shown at once.
		expect(await author.getByRole('status').filter({ hasText: 'Thank you' }).textContent()).toContain('is now shown to others');

		await page.getByRole('link', { name: 'Refresh the results' }).click();
		expect(await page.getByTestId('totals').textContent()).toBe('3 participants, 7 votes so far.');
		expect(await page.getByTestId('all-statements').textContent()).toContain('Un café gratuit le matin.');
		expect(await page.getByTestId('common-ground').textContent()).toContain('Des heures d’ouverture le soir.');

		// Post-moderation: the facilitator hides the new statement after the fact.
		await page.goto(dialoguePage);
		await page.getByRole('button', { name: 'Hide: Un café gratuit le matin.' }).click();
		await page.waitForURL(/notice=rejected$/);
		expect(await page.getByRole('heading', { name: 'Rejected or hidden (1)' }).count()).toBe(1);
		await page.goto(`${dialoguePage}/results`);
		expect(await page.getByTestId('all-statements').textContent()).not.toContain('Un café gratuit le matin.');

		await page.goto(`${dialoguePage}/actions`);
		await page.getByRole('button', { name: 'Add the common-ground statements to the list' }).click();
		await page.waitForURL(/notice=added-1$/);
		expect(await page.getByRole('status').textContent()).toBe('1 actions were added from the common ground.');
		await page.getByLabel('Who takes it on').first().fill('Centre staff');
		await page.getByRole('button', { name: 'Save action 1' }).click();
		await page.waitForURL(/notice=saved/);
		const csv = await page.request.get(`${dialoguePage}/actions.csv`);
		expect((await csv.text()).replace(/^\uFEFF/, '')).toContain('1,Des heures d’ouverture le soir.,Centre staff,,To do');

		// Closing the dialogue stops the votes; the results stay.
		await page.goto(dialoguePage);
		await page.getByRole('button', { name: 'Close the dialogue' }).click();
		await page.waitForURL(/notice=closed$/);
		const late = participants[0]?.page;
		if (!late) throw new Error('no participant');
		await late.reload();
		expect(await late.locator('main').textContent()).toContain('This dialogue has closed.');
		for (const p of participants) await p.context.close();
		await context.close();
	}, 240_000);
});
