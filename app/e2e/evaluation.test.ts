// Train's evaluation, end to end: a coordinator (here the first admin) opens a session's
// questionnaires; participants answer them on a phone without JavaScript, in English and French,
// pairing pre and post with a made-up code or their device; a second answer with the same code
// is refused kindly; then the impact pages show the counts and a p-value, the CSV export
// downloads, the printable report renders, past evaluations are imported with a report, and an
// edited questionnaire becomes a new version. It runs on a server of its own (journey.ts,
// E2E_PORT + 5) whose first admin it creates, so it depends on no other file and no order.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, seriousViolations } from './browser.ts';
import { BUILT_ORIGIN, startJourney, type Journey, type StaffAccount } from './journey.ts';

const ADMIN: StaffAccount = {
	email: 'eval-admin@example.org',
	name: 'Ada Admin',
	password: 'an admin who reads the evaluation',
	role: 'admin'
};

let browser: Browser;
let journey: Journey;
let staff: { context: BrowserContext; page: Page };
const links: Record<string, string> = {};
let sessionPath = '';
const origin = () => journey.base;

beforeAll(async () => {
	[browser, journey] = await Promise.all([launch(), startJourney(5)]);
	staff = await journey.page(browser, { cookie: await journey.account(ADMIN) });
}, 180_000);
afterAll(async () => {
	await browser?.close();
	await journey?.stop();
});

/** Post a questionnaire as a form would, without a browser (participants beyond the first two). */
async function post(link: string, fields: Record<string, string>): Promise<Response> {
	return fetch(link, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: BUILT_ORIGIN, accept: 'text/html' },
		body: new URLSearchParams(fields)
	});
}

async function phone(javaScript = false) {
	const opened = await journey.page(browser, { javaScript });
	await opened.page.setViewportSize({ width: 390, height: 844 });
	opened.page.setDefaultTimeout(8_000);
	return opened;
}

describe('workshop evaluation', () => {
	it('lets a coordinator create a session to evaluate and open its two questionnaires', async () => {
		const { page } = staff;
		await page.goto(`${origin()}/en/staff/impact`);
		expect(await page.locator('h1').textContent()).toBe('Impact');
		await page.getByLabel('Name of the session').fill('E2E harbour clinic');
		await page.getByLabel('Organisation (optional)').fill('E2E Harbour Clinic');
		await page.getByLabel('Sector (optional)').fill('health');
		await page.getByLabel('Date (optional)').fill('2026-03-14');
		await page.getByRole('button', { name: 'Create the questionnaires' }).click();
		await page.waitForURL(/\/en\/staff\/impact\/sessions\/[0-9a-f-]{36}$/);
		sessionPath = new URL(page.url()).pathname;
		expect(await page.locator('[data-status=pre]').textContent()).toBe('not open yet');
		await page.getByRole('button', { name: 'Open the questionnaire before the workshop' }).click();
		await page.getByRole('button', { name: 'Open the questionnaire after the workshop' }).click();
		expect(await page.locator('[data-status=pre]').textContent()).toBe('open');
		expect(await page.locator('[data-status=post]').textContent()).toBe('open');
		for (const key of ['pre-en', 'pre-fr', 'post-en', 'post-fr'])
			links[key] = journey.here((await page.locator(`[data-link=${key}]`).getAttribute('href')) ?? '');
		expect(links['pre-en']).toMatch(/\/en\/trainings\/evaluation\/[\w-]{43}$/);
		expect(links['pre-fr']).toMatch(/\/fr\/formations\/evaluation\/[\w-]{43}$/);
		expect(links['post-en']).not.toBe(links['pre-en']);
		expect(await page.getByRole('img', { name: 'QR code of the link to the questionnaire before the workshop' }).count()).toBe(1);
		expect(await seriousViolations(page)).toEqual([]);
	});

	it('takes a questionnaire on a phone without JavaScript, keeps every answer when the code is missing, and refuses a second one kindly', async () => {
		const { page, context, foreign } = await phone();
		const response = await page.goto(links['pre-en'] ?? '');
		expect(response?.status()).toBe(200);
		expect(await page.locator('h1').textContent()).toBe('Workshop evaluation: before the workshop');
		// Every item is a fieldset with its legend, or a labelled text box.
		const movement = page.getByRole('group', {
			name: 'Does human trafficking require moving a person from one place to another?'
		});
		await movement.getByLabel('No: holding or controlling a person in order to exploit them can be enough').check();
		await page
			.getByRole('group', { name: /Adults can decide for themselves to do sex work/ })
			.getByLabel('2 Disagree', { exact: true })
			.check();
		await page.getByRole('button', { name: 'Send my answers' }).click();
		// No code and no device: the form comes back with its answers and the error linked to the field.
		expect(await page.getByRole('alert').textContent()).toContain('Some answers need a look');
		expect(await page.getByLabel('Make up a code').getAttribute('aria-describedby')).toContain('code-error');
		expect(await page.locator('#code-error').textContent()).toContain('Make up a code, or let this device remember you.');
		expect(
			await movement.getByLabel('No: holding or controlling a person in order to exploit them can be enough').isChecked()
		).toBe(true);

		await page.getByLabel('Make up a code').fill('mj07');
		await page.getByRole('button', { name: 'Send my answers' }).click();
		await page.waitForURL(/\?sent=1$/);
		expect(await page.getByRole('status').textContent()).toContain('Thank you! Your answers are saved.');

		// The same code again in the same questionnaire.
		await page.goto(links['pre-en'] ?? '');
		await page.getByLabel('Make up a code').fill(' MJ07 ');
		await page.getByRole('button', { name: 'Send my answers' }).click();
		expect(await page.getByRole('status').textContent()).toContain('We already have your answers');
		expect(await context.cookies()).toEqual([]);
		expect(foreign()).toEqual([]);
		await context.close();
	}, 120_000);

	it('has no serious accessibility violations in either language, with or without errors', async () => {
		// axe runs in the page, so this page has JavaScript; the questionnaire ships none either way.
		const { page, context } = await phone(true);
		for (const link of [links['pre-en'], links['post-fr']]) {
			await page.goto(link ?? '');
			expect(await seriousViolations(page), link).toEqual([]);
		}
		await page.goto(links['post-en'] ?? '');
		await page.getByRole('button', { name: 'Send my answers' }).click();
		await page.waitForLoadState();
		expect(await page.getByRole('alert').count()).toBe(1);
		expect(await seriousViolations(page), 'with errors').toEqual([]);
		await context.close();
	});

	it('pairs a French participant’s questionnaires through their device instead of a code', async () => {
		const { page, context } = await phone();
		await page.goto(links['pre-fr'] ?? '');
		expect(await page.locator('html').getAttribute('lang')).toBe('fr');
		expect(await page.locator('h1').textContent()).toBe('Évaluation de l’atelier : avant l’atelier');
		await page.getByLabel('Pas de code : que cet appareil se souvienne de moi').check();
		await page
			.getByRole('group', { name: /Des adultes peuvent décider par eux-mêmes de faire du travail du sexe/ })
			.getByLabel('Plutôt en désaccord')
			.check();
		await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
		await page.waitForURL(/\?sent=1$/);
		expect(await page.getByRole('status').textContent()).toContain('Merci! Vos réponses sont enregistrées.');
		const cookies = await context.cookies();
		expect(cookies).toHaveLength(1);
		expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

		await page.goto(links['post-fr'] ?? '');
		expect(await page.locator('main').textContent()).toContain('Cet appareil se souvient de vous');
		expect(await page.getByLabel('Pas de code : que cet appareil se souvienne de moi').isChecked()).toBe(true);
		await page
			.getByRole('group', { name: /Des adultes peuvent décider par eux-mêmes de faire du travail du sexe/ })
			.getByLabel('Tout à fait d’accord')
			.check();
		await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
		await page.waitForURL(/\?sent=1$/);
		expect(await page.getByRole('status').textContent()).toContain('Merci d’avoir participé');
		await context.close();
	}, 120_000);

	it('takes the first participant’s questionnaire after the workshop with the same code', async () => {
		const { page, context } = await phone();
		await page.goto(links['post-en'] ?? '');
		expect(await page.locator('h1').textContent()).toBe('Workshop evaluation: after the workshop');
		await page.getByLabel('Make up a code').fill('MJ07');
		await page
			.getByRole('group', { name: 'Does human trafficking require moving a person from one place to another?' })
			.getByLabel('No: holding or controlling a person in order to exploit them can be enough')
			.check();
		await page
			.getByRole('group', { name: /Adults can decide for themselves to do sex work/ })
			.getByLabel('Strongly agree')
			.check();
		const confidence = page.getByRole('group', { name: /Telling sex work, exploitation and trafficking apart/ });
		await confidence.getByRole('group', { name: 'Before the workshop' }).getByLabel('Slightly confident').check();
		await confidence.getByRole('group', { name: 'Now' }).getByLabel('Very confident').check();
		await page.getByLabel(/What will stay with you long after today/).fill('Listening before labelling anyone.');
		await page.getByRole('button', { name: 'Send my answers' }).click();
		await page.waitForURL(/\?sent=1$/);
		expect(await page.getByRole('status').textContent()).toContain('Thank you for taking part');
		// Then the knowledge questions' answers, and why.
		expect(await page.getByRole('heading', { name: 'The answers, and why' }).count()).toBe(1);
		expect(await page.locator('.answers').textContent()).toContain(
			'No: holding or controlling a person in order to exploit them can be enough'
		);
		await context.close();
	}, 120_000);

	it('takes four more participants’ questionnaires through the same form posts', async () => {
		for (let i = 1; i <= 4; i++) {
			const code = `participant-${i}`;
			const pre = await post(links['pre-en'] ?? '', { code, 'b-adults-decide': '2', 'k-movement': 'border' });
			expect(pre.status).toBe(303);
			const after = await post(links['post-en'] ?? '', {
				code,
				'b-adults-decide': String(3 + (i % 3)),
				'k-movement': 'not-required',
				'r-tell-apart.before': '2',
				'r-tell-apart.now': String(3 + (i % 3)),
				'o-stays-with-you': `Trafficking happens in many industries (${i}).`
			});
			expect(after.status).toBe(303);
		}
	});

	it('shows the session’s paired counts, a p-value and effect size, charts and searchable answers', async () => {
		const { page } = staff;
		await page.goto(`${origin()}${sessionPath}`);
		expect(await page.locator('[data-count=pre]').textContent()).toBe('6');
		expect(await page.locator('[data-count=post]').textContent()).toBe('6');
		expect(await page.locator('[data-count=pairs]').textContent()).toBe('6');
		const row = page.locator('tr[data-item="b-adults-decide"]');
		const cells = await row.locator('td').allTextContents();
		expect(cells[0]).toBe('6');
		// Six increases with ties: R's wilcox.test uses the normal approximation, p ≈ 0.034.
		expect(cells[3]).toMatch(/^0\.0\d\d$/);
		expect(cells[4]).toMatch(/^1 \[/);
		const chart = page.getByRole('img', { name: /Adults can decide for themselves to do sex work/ });
		expect(await chart.count()).toBe(1);
		expect(await chart.locator('desc').textContent()).toContain('Strongly agree: Before 0, After');
		expect(await seriousViolations(page)).toEqual([]);

		await page.getByLabel('Search the answers').fill('LISTENING');
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		expect(await page.getByRole('status').first().textContent()).toBe('1 of 5 answers contain these words.');
		expect(await page.locator('.answers li').allTextContents()).toContain('Listening before labelling anyone.');
	});

	it('filters the impact page by organisation and year, in English and in French', async () => {
		const { page } = staff;
		await page.goto(`${origin()}/en/staff/impact`);
		await page.getByLabel('Organisations', { exact: true }).selectOption('E2E Harbour Clinic');
		await page.getByLabel('Years', { exact: true }).selectOption('2026');
		await page.getByRole('button', { name: 'Show', exact: true }).click();
		expect(page.url()).toContain('organisation=E2E+Harbour+Clinic');
		expect(await page.locator('[data-count=pairs]').textContent()).toBe('6');
		await page.getByLabel('Break down by').selectOption('organisation');
		await page.getByRole('button', { name: 'Show', exact: true }).click();
		const breakdown = page.getByRole('table', { name: 'Breakdown' });
		expect(
			await breakdown
				.getByRole('row', { name: /^E2E Harbour Clinic/ })
				.locator('td')
				.nth(1)
				.textContent()
		).toBe('6');
		await page.goto(`${origin()}/en/staff/impact?year=1999`);
		expect(await page.locator('[data-count=pre]').textContent()).toBe('0');
		await page.goto(`${origin()}/fr/personnel/impact?organisation=E2E+Harbour+Clinic`);
		expect(await page.locator('main h2').first().textContent()).toBe('Réponses');
		expect(await page.locator('[data-count=pairs]').textContent()).toBe('6');
		expect(await seriousViolations(page)).toEqual([]);
	});

	let exported = '';
	it('downloads the anonymised data as CSV', async () => {
		const { page } = staff;
		await page.goto(`${origin()}${sessionPath}`);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Download the anonymised data (CSV)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^evaluation-workshop-\d{4}-\d{2}-\d{2}\.csv$/);
		const stream = await download.createReadStream();
		const chunks: Buffer[] = [];
		for await (const chunk of stream) chunks.push(chunk as Buffer);
		exported = Buffer.concat(chunks).toString('utf8');
		const lines = exported
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toMatch(/^session,phase,pairing_hash,k-trafficking-scenario,/);
		expect(lines).toHaveLength(13);
		expect(exported).not.toMatch(/mj07|participant-1/i);
		expect(exported).toContain('Listening before labelling anyone.');
	});

	it('renders a printable report for funders', async () => {
		const { page } = staff;
		await page.goto(`${origin()}${sessionPath}`);
		await page.getByRole('link', { name: 'Printable report for funders' }).click();
		await page.waitForURL(/\/en\/staff\/impact\/report\?session=/);
		expect(await page.locator('h1').textContent()).toBe('Workshop impact report');
		expect(await page.locator('main').textContent()).toContain('1 sessions, 1 organisations, 2026.');
		expect(await page.locator('[data-count=pairs]').textContent()).toBe('6');
		await page.emulateMedia({ media: 'print' });
		expect(await page.getByRole('navigation', { name: 'Staff area' }).isVisible()).toBe(false);
		expect(await page.locator('h1').isVisible()).toBe(true);
		await page.emulateMedia({ media: 'screen' });
		expect(await seriousViolations(page)).toEqual([]);
	});

	it('says kindly that a closed questionnaire takes no more answers', async () => {
		const { page } = staff;
		await page.goto(`${origin()}${sessionPath}`);
		await page.getByRole('button', { name: 'Close the questionnaire after the workshop' }).click();
		expect(await page.locator('[data-status=post]').textContent()).toBe('closed');
		const participant = await phone();
		await participant.page.goto(links['post-en'] ?? '');
		expect(await participant.page.getByRole('status').textContent()).toContain('This questionnaire is now closed');
		expect(await participant.page.getByRole('button', { name: 'Send my answers' }).count()).toBe(0);
		const late = await post(links['post-en'] ?? '', { code: 'late-comer', 'b-adults-decide': '4' });
		expect(late.status).toBe(409);
		await participant.context.close();
	});

	it('imports past evaluations and names every refused row and why', async () => {
		const { page } = staff;
		const header = exported.replace(/^\uFEFF/, '').split('\r\n')[0] ?? '';
		const columns = header.split(',');
		const row = (cells: Record<string, string>) => columns.map((c) => cells[c] ?? '').join(',');
		const csv = [
			header,
			row({ session: 'e2e-past-2019', phase: 'pre', pairing_hash: 'a'.repeat(64), 'b-adults-decide': '2' }),
			row({ session: 'e2e-past-2019', phase: 'post', pairing_hash: 'a'.repeat(64), 'b-adults-decide': '9' }),
			row({ session: 'e2e-past-2019', phase: 'later', pairing_hash: 'b'.repeat(64) })
		].join('\r\n');
		await page.goto(`${origin()}/en/staff/impact/import`);
		await page.getByLabel('Or paste the CSV here').fill(csv);
		await page.getByLabel('Organisation (optional)').fill('E2E Past Partner');
		await page.getByRole('button', { name: 'Import' }).click();
		expect(await page.getByRole('status').textContent()).toBe('1 questionnaires stored, 2 rows refused, 1 new sessions.');
		const refused = page.getByRole('table', { name: 'Refused rows' });
		expect(await refused.getByRole('row', { name: /^3 / }).textContent()).toContain(
			'“9” is not a possible answer to “b-adults-decide”'
		);
		expect(await refused.getByRole('row', { name: /^4 / }).textContent()).toContain('the phase “later” is neither pre nor post');
		expect(await seriousViolations(page)).toEqual([]);
	});

	it('turns an edit of the questionnaire in use into a new version, and names every problem of an invalid one', async () => {
		const { page } = staff;
		await page.goto(`${origin()}/en/staff/instruments`);
		await page.getByRole('link', { name: 'Workshop evaluation' }).click();
		await page.waitForURL(/\/en\/staff\/instruments\/workshop$/);
		expect(await page.locator('main').textContent()).toContain('This version is in use');
		// The whole questionnaire as JSON: a duplicate id is named by its path.
		await page.getByText('Edit as JSON: add, remove or reorder questions').click();
		const definition = JSON.parse(await page.getByLabel('Questionnaire (JSON)').inputValue()) as { items: Array<{ id: string }> };
		definition.items[1]!.id = definition.items[0]!.id;
		await page.getByLabel('Questionnaire (JSON)').fill(JSON.stringify(definition));
		await page.getByRole('button', { name: 'Save the JSON' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('items.1.id');
		// Item by item: an empty French question is refused beside its field, with every edit kept.
		await page.goto(`${origin()}/en/staff/instruments/workshop`);
		const first = () => page.getByRole('group', { name: /^1\. Knowledge/ });
		await first().getByLabel('Question (English)').fill('Which of these situations is human trafficking?');
		await first().getByLabel('Question (Français)').fill(' ');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		expect(await page.getByRole('alert').textContent()).toContain('items.0.prompt.fr');
		expect(await first().getByLabel('Question (Français)').getAttribute('aria-invalid')).toBe('true');
		expect(await first().getByLabel('Question (English)').inputValue()).toBe('Which of these situations is human trafficking?');
		expect(await seriousViolations(page)).toEqual([]);
		await first().getByLabel('Question (Français)').fill('Laquelle de ces situations est de la traite des personnes?');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		expect(await page.getByRole('status').textContent()).toBe('Saved as a new version: 2.');
		// The session keeps the version it was given: its questionnaire still reads as before.
		const participant = await phone();
		await participant.page.goto(links['pre-fr'] ?? '');
		expect(await participant.page.locator('main').textContent()).not.toContain('Laquelle de ces situations est de la traite');
		await participant.context.close();
		await page.goto(`${origin()}/en/staff/audit`);
		const log = (await page.locator('tbody').textContent()) ?? '';
		for (const action of ['Evaluation: session created', 'Evaluation: questionnaire opened', 'Evaluation: questionnaire edited'])
			expect(log).toContain(action);
		expect(log).toContain('Evaluation: past evaluations imported');
		// Another programme's questionnaire starts as a copy, at version 1, and is reported apart.
		await page.goto(`${origin()}/en/staff/instruments`);
		await page.getByLabel('Identifier').fill('e2e-youth-workers');
		await page.getByRole('button', { name: 'Create the questionnaire' }).click();
		await page.waitForURL(/\/en\/staff\/instruments\/e2e-youth-workers$/);
		expect(await page.locator('h1').textContent()).toBe('Edit “e2e-youth-workers” (version 1)');
		expect(await page.locator('main').textContent()).toContain('No session uses this version yet');
		await page.goto(`${origin()}/en/staff/instruments`);
		await page.getByLabel('Identifier').fill('e2e-youth-workers');
		await page.getByRole('button', { name: 'Create the questionnaire' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('A questionnaire already has this identifier.');
		await page.goto(`${origin()}/en/staff/impact?instrument=e2e-youth-workers`);
		expect(await page.locator('[data-count=pre]').textContent()).toBe('0');
		// Reports across sessions say that earlier versions were given.
		await page.goto(`${origin()}/en/staff/impact`);
		expect(await page.getByRole('note').textContent()).toContain('an earlier version of the questionnaire (1)');
		// …and summarise each version read with its own questions: every answer so far was given with version 1.
		const byVersion = page.getByRole('table', { name: 'By version of the questionnaire' });
		expect(await byVersion.locator('tbody th').allTextContents()).toEqual(['1']);
		const cells = await byVersion.locator('tbody td').allTextContents();
		expect(cells.slice(0, 2)).toEqual(['2', '6']);
		expect(cells[2]).toMatch(/^\d\.\d\d \(p 0\.\d{3}\)$/);
		expect(await seriousViolations(page)).toEqual([]);
	});
});
