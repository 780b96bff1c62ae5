// The staff area, end to end: the first admin from the setup link, invitations read from the
// outbox, sign-in and sign-out, password reset, throttling, without JavaScript, in French, axe on
// every staff page; then an authorisation walk over every staff route and form action, read from
// the route files, as a signed-out reader and as each role. The tests run in order and share the
// accounts they create.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decide, groupOf, ROLES, STAFF_GROUPS, type Role } from '../src/lib/server/auth/guard.ts';
import { launch, openPage as openBrowserPage, origin, seriousViolations } from './browser.ts';
import { FIRST_ADMIN } from './staff-accounts.ts';
import { scheduleFromInbox, sendRequest } from './train.ts';

const COORDINATOR = { email: 'cora@example.org', name: 'Cora Coordinator', password: 'coordinating many workshops' };
const FACILITATOR = { email: 'felix@example.org', name: 'Félix Animateur', password: 'animer des ateliers utiles' };
const TARGET = { email: 'walk-target@example.org', name: 'Walk Target', password: 'only here to be looked at' };

let browser: Browser;
let admin: { context: BrowserContext; page: Page };
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser.close();
});

/** A fresh browser context whose steps fail with the locator's name instead of the test's timeout. */
async function openPage(b: Browser, options: { javaScript?: boolean } = {}) {
	const opened = await openBrowserPage(b, options);
	opened.page.setDefaultTimeout(20_000);
	return opened;
}

async function signIn(page: Page, account: { email: string; password: string }, locale: 'en' | 'fr' = 'en') {
	const words =
		locale === 'en'
			? { email: 'Email', password: 'Password', submit: 'Sign in' }
			: { email: 'Courriel', password: 'Mot de passe', submit: 'Se connecter' };
	await page.getByLabel(words.email, { exact: true }).fill(account.email);
	await page.getByLabel(words.password, { exact: true }).fill(account.password);
	await page.getByRole('button', { name: words.submit }).click();
	await page.waitForLoadState();
}

/** The link in the newest outbox email to an address whose subject contains `subject`. */
async function linkFromOutbox(page: Page, to: string, subject: string | RegExp): Promise<string> {
	await page.goto(`${origin()}/en/staff/outbox`);
	const row = page
		.locator('tbody tr')
		.filter({ has: page.locator('td', { hasText: to }) })
		.filter({ hasText: subject })
		.first();
	await row.getByRole('link').click();
	await page.waitForURL(/\/en\/staff\/outbox\/\d+$/);
	const href = await page.locator('.mail-body a').first().getAttribute('href');
	if (!href) throw new Error(`no link in the email to ${to}`);
	return href;
}

async function noSeriousViolations(page: Page, where: string) {
	expect(await seriousViolations(page), where).toEqual([]);
}

/** Real records for the page templates (`:session`, …), found by the first describe, reused by the walk. */
const records: Record<string, string> = {};

/** A dialogue and an event made through the staff forms (as the admin), for the pages that show one: their ids. */
let conveneRecords = 0;
async function createConveneRecords(page: Page): Promise<{ dialogue: string; event: string }> {
	conveneRecords++;
	const post = async (path: string, form: Record<string, string>) => {
		const response = await page.request.post(`${origin()}${path}`, {
			form,
			headers: { origin: origin(), accept: 'text/html' },
			maxRedirects: 0
		});
		expect(response.status(), path).toBe(303);
		return /\/([0-9a-f-]{36})\?/.exec(response.headers()['location'] ?? '')?.[1] ?? '';
	};
	const dialogue = await post('/en/staff/dialogues/new', {
		question: 'What would make our neighbourhood safer for everyone?',
		locale: 'en',
		questionTranslation: '',
		seeds: 'Street lighting should be improved.',
		stakeholderGroups: 'Residents',
		moderation: 'before',
		allowStatements: 'on',
		minGroupSize: '5',
		minVotes: ''
	});
	const event = await post('/en/staff/events/new', {
		kind: 'forum',
		slug: `walk-forum-${conveneRecords}`,
		titleEn: 'Walk forum',
		startsAt: '2030-01-10T18:00',
		endsAt: '2030-01-10T20:00',
		timeZone: 'America/Toronto',
		capacity: '',
		waitlist: 'on',
		registrationOpen: 'on'
	});
	return { dialogue, event };
}

describe('the staff area', () => {
	it('creates the first admin from the one-time setup link, then signs in with a httpOnly, SameSite=Lax cookie', async () => {
		const link = inject('staffSetupLink');
		expect(link, 'the e2e server printed no setup link').toMatch(/\/en\/staff\/invitation\?token=/);
		admin = await openPage(browser);
		const { page, context } = admin;
		await page.goto(link);
		expect(await page.locator('h1').textContent()).toMatch(/Create the first admin account|Join the staff area/);
		await noSeriousViolations(page, 'setup');
		await page.getByLabel('Name').fill(FIRST_ADMIN.name);
		const email = page.getByLabel('Email', { exact: true });
		if (await email.isEditable()) await email.fill(FIRST_ADMIN.email);
		await page.getByLabel('Password').fill(FIRST_ADMIN.password);
		await page.getByRole('button', { name: 'Create my account' }).click();
		await page.waitForURL(/\/en\/staff\/sign-in\?notice=joined$/);
		expect(await page.getByRole('status').textContent()).toContain('Your account is ready');
		// Nothing so far has set a cookie: only signing in does.
		expect(await context.cookies()).toEqual([]);

		await signIn(page, FIRST_ADMIN);
		await page.waitForURL(`${origin()}/en/staff`);
		expect(await page.locator('h1').textContent()).toBe('Staff area');
		expect(await page.getByRole('link', { name: 'Invite staff, change their roles, deactivate accounts' }).count()).toBe(1);
		const cookies = await context.cookies();
		expect(cookies.map((c) => c.name)).toEqual(['unconflate.session_token']);
		expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });

		// The link worked once.
		const other = await openPage(browser);
		await other.page.goto(link);
		expect(await other.page.getByRole('alert').textContent()).toContain('This link has expired, has already been used');
		await other.context.close();
	});

	it('lets an admin invite a coordinator, who reads the link from the outbox, joins, signs in and signs out', async () => {
		const { page } = admin;
		await page.goto(`${origin()}/en/staff/users`);
		await page.getByLabel('Email', { exact: true }).fill(COORDINATOR.email);
		await page.getByLabel('Name', { exact: true }).fill('Cora');
		await page.getByLabel('Role').selectOption('coordinator');
		await page.getByLabel('Language of their emails').selectOption('en');
		await page.getByRole('button', { name: 'Send the invitation' }).click();
		expect(await page.getByRole('status').textContent()).toContain(`The invitation for ${COORDINATOR.email} is in the outbox`);
		expect(await page.getByRole('row', { name: new RegExp(COORDINATOR.email) }).count()).toBe(1);

		const link = await linkFromOutbox(page, COORDINATOR.email, "Your invitation to Unconflate's staff area");
		expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/en\/staff\/invitation\?token=[\w-]{43}$/);
		expect(await page.locator('.mail-body').textContent()).toContain('Ada Admin invites you');

		const cora = await openPage(browser);
		await cora.page.goto(link);
		expect(await cora.page.locator('h1').textContent()).toBe('Join the staff area');
		expect(await cora.page.locator('main').textContent()).toContain('This invitation gives you the role: coordinator');
		// Reading it in French keeps the link's token.
		const french = await cora.page.getByRole('link', { name: 'Lire cette page en français' }).getAttribute('href');
		expect(french).toBe(`/fr/personnel/invitation${new URL(link).search}`);
		await cora.page.getByLabel('Name').fill(COORDINATOR.name);
		await cora.page.getByLabel('Password').fill(COORDINATOR.password);
		await cora.page.getByRole('button', { name: 'Create my account' }).click();
		await cora.page.waitForURL(/notice=joined/);
		await signIn(cora.page, COORDINATOR);
		await cora.page.waitForURL(`${origin()}/en/staff`);
		expect(await cora.page.locator('main').textContent()).toContain('Your role: coordinator.');
		const nav = cora.page.getByRole('navigation', { name: 'Staff area' });
		expect(await nav.getByRole('link').allTextContents()).toEqual(['Dashboard', 'Requests', 'Sessions', 'Impact', 'My account']);

		const forbidden = await cora.page.goto(`${origin()}/en/staff/users`);
		expect(forbidden?.status()).toBe(403);
		expect(await cora.page.locator('h1').textContent()).toBe('Not allowed');

		await cora.page.goto(`${origin()}/en/staff`);
		await cora.page.getByRole('button', { name: 'Sign out' }).click();
		await cora.page.waitForURL(/\/en\/staff\/sign-in\?notice=signed-out$/);
		expect(await cora.page.getByRole('status').textContent()).toContain('You have signed out.');
		expect(await cora.context.cookies()).toEqual([]);
		await cora.page.goto(`${origin()}/en/staff`);
		expect(cora.page.url()).toBe(`${origin()}/en/staff/sign-in?next=${encodeURIComponent('/en/staff')}`);
		await cora.context.close();
	});

	it('resets a forgotten password through a single-use link from the outbox', async () => {
		const cora = await openPage(browser);
		await cora.page.goto(`${origin()}/en/staff/sign-in`);
		await cora.page.getByRole('link', { name: 'Forgot your password?' }).first().click();
		await cora.page.getByLabel('Email').fill(COORDINATOR.email);
		await cora.page.getByRole('button', { name: 'Send the link' }).click();
		const sent = await cora.page.getByRole('status').textContent();
		expect(sent).toContain(`If an account uses ${COORDINATOR.email}, a link`);
		expect(sent).toContain('an admin will pass the link on');

		// The same words for an email no account uses.
		const stranger = await openPage(browser);
		await stranger.page.goto(`${origin()}/en/staff/forgot-password`);
		await stranger.page.getByLabel('Email').fill('nobody-here@example.org');
		await stranger.page.getByRole('button', { name: 'Send the link' }).click();
		expect(await stranger.page.getByRole('status').textContent()).toBe(
			sent?.replace(COORDINATOR.email, 'nobody-here@example.org')
		);
		await stranger.context.close();

		const link = await linkFromOutbox(admin.page, COORDINATOR.email, 'Choose a new password');
		expect(link).toMatch(/\/en\/staff\/reset-password\?token=[\w-]{43}$/);
		await cora.page.goto(link);
		await noSeriousViolations(cora.page, 'reset password');
		COORDINATOR.password = 'a fresh coordinator passphrase';
		await cora.page.getByLabel('New password').fill(COORDINATOR.password);
		await cora.page.getByRole('button', { name: 'Save the new password' }).click();
		await cora.page.waitForURL(/notice=reset$/);
		expect(await cora.page.getByRole('status').textContent()).toContain('Your password has been changed');
		await signIn(cora.page, COORDINATOR);
		await cora.page.waitForURL(`${origin()}/en/staff`);

		await cora.page.goto(link);
		expect(await cora.page.getByRole('alert').textContent()).toContain('This link has expired, has already been used');
		await cora.context.close();
	});

	it('pauses sign-in after repeated wrong passwords, with the same words for any email', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(`${origin()}/en/staff/sign-in`);
		const messages: string[] = [];
		for (let i = 0; i < 5; i++) {
			await signIn(page, { email: 'no-such-person@example.org', password: `not the password ${i}` });
			messages.push((await page.getByRole('alert').textContent()) ?? '');
		}
		expect(messages.slice(0, 4).every((m) => m.includes('The email or password is incorrect.'))).toBe(true);
		expect(messages[4]).toContain('Too many failed attempts. For your security, signing in is paused for 15 minutes.');
		expect(await page.getByLabel('Email').inputValue()).toBe('no-such-person@example.org');
		await noSeriousViolations(page, 'sign-in with an error');
		await context.close();
	});

	it('works without JavaScript and in French: a facilitator invited in French joins and signs in at /fr/personnel', async () => {
		const noJs = await openPage(browser, { javaScript: false });
		await noJs.page.goto(`${origin()}/fr/personnel/connexion`);
		expect(await noJs.page.locator('h1').textContent()).toBe('Connexion du personnel');
		await signIn(noJs.page, FIRST_ADMIN, 'fr');
		await noJs.page.waitForURL(`${origin()}/fr/personnel`);
		await noJs.page.getByRole('navigation', { name: 'Espace du personnel' }).getByRole('link', { name: 'Personnel' }).click();
		await noJs.page.waitForURL(`${origin()}/fr/personnel/utilisateurs`);
		await noJs.page.getByLabel('Courriel', { exact: true }).fill(FACILITATOR.email);
		await noJs.page.getByLabel('Nom', { exact: true }).fill(FACILITATOR.name);
		await noJs.page.getByLabel('Rôle').selectOption('facilitator');
		await noJs.page.getByLabel('Langue de ses courriels').selectOption('fr');
		await noJs.page.getByRole('button', { name: "Envoyer l'invitation" }).click();
		expect(await noJs.page.getByRole('status').textContent()).toContain(
			`L'invitation pour ${FACILITATOR.email} est dans la boîte d'envoi`
		);

		const link = await linkFromOutbox(admin.page, FACILITATOR.email, "Votre invitation à l'espace du personnel d'Unconflate");
		expect(link).toMatch(/\/fr\/personnel\/invitation\?token=[\w-]{43}$/);
		expect(await admin.page.locator('.mail-body').getAttribute('lang')).toBe('fr');

		const felix = await openPage(browser, { javaScript: false });
		await felix.page.goto(link);
		expect(await felix.page.locator('h1').textContent()).toBe("Rejoindre l'espace du personnel");
		expect(await felix.page.locator('main').textContent()).toContain('Cette invitation vous donne le rôle : animation');
		// Bad input (past the browser's own length check) gets a clear error and keeps what was typed.
		const refused = await fetch(link, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: origin(), accept: 'text/html' },
			body: new URLSearchParams({
				token: new URL(link).searchParams.get('token') ?? '',
				name: FACILITATOR.name,
				password: 'court'
			})
		});
		expect(refused.status).toBe(400);
		const html = await refused.text();
		expect(html).toContain('Le mot de passe est trop court');
		expect(html).toContain(`value="${FACILITATOR.name}"`);
		await felix.page.getByLabel('Nom').fill(FACILITATOR.name);
		await felix.page.getByLabel('Mot de passe').fill(FACILITATOR.password);
		await felix.page.getByRole('button', { name: 'Créer mon compte' }).click();
		await felix.page.waitForURL(`${origin()}/fr/personnel/connexion?notice=joined`);
		expect(await felix.page.getByRole('status').textContent()).toContain('Votre compte est prêt');
		await signIn(felix.page, FACILITATOR, 'fr');
		await felix.page.waitForURL(`${origin()}/fr/personnel`);
		expect(await felix.page.locator('main').textContent()).toContain('Votre rôle : animation.');
		await felix.page.getByRole('button', { name: 'Se déconnecter' }).click();
		await felix.page.waitForURL(`${origin()}/fr/personnel/connexion?notice=signed-out`);
		expect(await felix.page.getByRole('status').textContent()).toBe('Votre session est fermée.');
		await felix.context.close();
		await noJs.context.close();
	}, 120_000);

	it('lets an admin change a role and deactivate an account, recorded in the audit log', async () => {
		const { page } = admin;
		await page.goto(`${origin()}/en/staff/users`);
		await page.getByRole('link', { name: `Manage ${FACILITATOR.name}` }).click();
		await page.getByLabel('Role', { exact: true }).selectOption('coordinator');
		await page.getByRole('button', { name: 'Change the role' }).click();
		expect(await page.getByRole('status').textContent()).toBe('The role has been changed.');
		await page.getByRole('button', { name: 'Deactivate the account' }).click();
		expect(await page.getByRole('status').textContent()).toBe('The account has been deactivated.');
		await page.getByRole('button', { name: 'Reactivate the account' }).click();
		await page.getByLabel('Role', { exact: true }).selectOption('facilitator');
		await page.getByRole('button', { name: 'Change the role' }).click();

		await page.goto(`${origin()}/en/staff/audit`);
		const log = (await page.locator('tbody').textContent()) ?? '';
		for (const action of [
			'Role changed',
			'Account deactivated',
			'Account reactivated',
			'Joined (invitation accepted)',
			'Invited',
			'Password reset'
		]) {
			expect(log).toContain(action);
		}
		const roleChange = page.getByRole('row').filter({ hasText: 'Role changed' }).last();
		expect(await roleChange.textContent()).toContain('from: facilitator');
		expect(await roleChange.textContent()).toContain('to: coordinator');
		expect(log).not.toMatch(/token|https?:/);
	});

	const staffPages = [
		'/en/staff',
		'/en/staff/users',
		'/en/staff/users/:member',
		'/en/staff/outbox',
		'/en/staff/outbox/:message',
		'/en/staff/audit',
		'/en/staff/account',
		'/en/staff/sign-out',
		'/en/staff/requests',
		'/en/staff/requests?status=new',
		'/en/staff/requests/:request',
		'/en/staff/requests/:request/schedule',
		'/en/staff/sessions',
		'/en/staff/sessions/:session',
		'/en/staff/sessions/:session/edit',
		'/en/staff/sessions/:session/poster',
		'/en/staff/sessions/:session/evaluation',
		'/en/staff/impact',
		'/en/staff/impact/sessions/:evaluation',
		'/en/staff/impact/report',
		'/en/staff/impact/import',
		'/en/staff/instruments',
		'/en/staff/instruments/workshop',
		'/en/staff/dialogues',
		'/en/staff/dialogues/new',
		'/en/staff/dialogues/:dialogue',
		'/en/staff/dialogues/:dialogue/poster',
		'/en/staff/dialogues/:dialogue/results',
		'/en/staff/dialogues/:dialogue/actions',
		'/en/staff/dialogues/:dialogue/actions/print',
		'/en/staff/events',
		'/en/staff/events/new',
		'/en/staff/events/:event',
		'/en/staff/events/:event/registrations',
		'/fr/personnel',
		'/fr/personnel/impact',
		'/fr/personnel/questionnaires',
		'/fr/personnel/utilisateurs',
		'/fr/personnel/courriels',
		'/fr/personnel/journal',
		'/fr/personnel/compte',
		'/fr/personnel/demandes',
		'/fr/personnel/demandes/:request',
		'/fr/personnel/seances',
		'/fr/personnel/seances/:session',
		'/fr/personnel/seances/:session/modifier',
		'/fr/personnel/seances/:session/evaluation',
		'/fr/personnel/dialogues/:dialogue/resultats',
		'/fr/personnel/evenements/:event/inscriptions'
	];

	it('finds a staff member, an email, a workshop request and a session to show', async () => {
		const { page } = admin;
		await sendRequest(origin(), 'Walkthrough Clinic');
		records[':session'] = await scheduleFromInbox(page, origin(), 'Walkthrough Clinic', FACILITATOR.name);
		records[':request'] =
			(await page.getByRole('link', { name: 'Walkthrough Clinic' }).getAttribute('href'))?.split('/').at(-1) ?? '';
		await page.goto(`${origin()}/en/staff/users`);
		records[':member'] =
			(await page.getByRole('link', { name: `Manage ${COORDINATOR.name}` }).getAttribute('href'))?.split('/').at(-1) ?? '';
		await page.goto(`${origin()}/en/staff/outbox`);
		records[':message'] = (await page.locator('tbody a').first().getAttribute('href'))?.split('/').at(-1) ?? '';
		await page.goto(`${origin()}/en/staff/impact`);
		await page.getByLabel('Name of the session').fill('Walk session');
		await page.getByRole('button', { name: 'Create the questionnaires' }).click();
		await page.waitForURL(/\/en\/staff\/impact\/sessions\/[0-9a-f-]{36}$/);
		records[':evaluation'] = page.url().split('/').at(-1) ?? '';
		const { dialogue, event } = await createConveneRecords(page);
		records[':dialogue'] = dialogue;
		records[':event'] = event;
		expect(Object.values(records).every(Boolean)).toBe(true);
		expect(Object.keys(records).sort()).toEqual([
			':dialogue',
			':evaluation',
			':event',
			':member',
			':message',
			':request',
			':session'
		]);
	});

	for (const template of staffPages) {
		it(`serves ${template} uncached, unindexed and without serious accessibility violations`, async () => {
			const path = template.replace(/:\w+/g, (key) => records[key] ?? key);
			const { page } = admin;
			const response = await page.goto(`${origin()}${path}`);
			expect(response?.status(), path).toBe(200);
			expect(response?.headers()['cache-control'], path).toBe('no-store');
			expect(response?.headers()['x-robots-tag'], path).toBe('noindex, nofollow');
			expect(await page.locator('meta[name=robots]').getAttribute('content'), path).toBe('noindex, nofollow');
			await noSeriousViolations(page, path);
		});
	}

	for (const path of [
		'/en/staff/sign-in',
		'/en/staff/forgot-password',
		'/en/staff/invitation?token=x',
		'/fr/personnel/connexion',
		'/fr/personnel/mot-de-passe-oublie',
		'/fr/personnel/nouveau-mot-de-passe?token=x'
	]) {
		it(`serves ${path} to a signed-out reader without a cookie or serious accessibility violations`, async () => {
			const anonymous = await openPage(browser);
			const response = await anonymous.page.goto(`${origin()}${path}`);
			expect(response?.status()).toBe(200);
			expect(response?.headers()['set-cookie']).toBeUndefined();
			await noSeriousViolations(anonymous.page, path);
			expect(await anonymous.context.cookies()).toEqual([]);
			await anonymous.context.close();
		});
	}

	it('keeps staff pages out of the sitemap', async () => {
		const sitemap = await (await fetch(`${origin()}/sitemap.xml`)).text();
		expect(sitemap).toContain('/en/learn');
		expect(sitemap).not.toMatch(/staff|personnel/);
	});
});

// ── Authorisation walk ───────────────────────────────────────────────────────────────────────

const ROUTES_DIR = fileURLToPath(new URL('../src/routes/staff', import.meta.url));
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

interface StaffRoute {
	id: string;
	page: boolean;
	actions: string[];
	/** Methods of a +server.ts endpoint. */
	endpoint: string[];
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/** The names of a +page.server.ts's form actions, read from its source. */
function actionNames(file: string): string[] {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
	const names: string[] = [];
	for (const statement of source.statements) {
		if (!ts.isVariableStatement(statement)) continue;
		for (const declaration of statement.declarationList.declarations) {
			if (!ts.isIdentifier(declaration.name) || declaration.name.text !== 'actions') continue;
			const init = declaration.initializer;
			if (!init || !ts.isObjectLiteralExpression(init))
				throw new Error(`${file}: write actions as an object literal so the walk can read them`);
			for (const property of init.properties) {
				if (!property.name || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)))
					throw new Error(`${file}: unreadable action name`);
				names.push(property.name.text);
			}
		}
	}
	return names;
}

/** Every staff route, read from the route files, so that a new route cannot be left out. */
function staffRoutes(): StaffRoute[] {
	const byId = new Map<string, StaffRoute>();
	for (const file of filesUnder(ROUTES_DIR)) {
		const name = file.split('/').at(-1) ?? '';
		if (!/^\+(page|page\.server|server)\.(ts|svelte)$/.test(name)) continue;
		const dir = relative(ROUTES_DIR, join(file, '..'));
		const id = `/staff${dir ? `/${dir}` : ''}`;
		const route = byId.get(id) ?? { id, page: false, actions: [], endpoint: [] };
		if (name.startsWith('+page')) route.page = true;
		if (name === '+page.server.ts') route.actions = actionNames(file);
		if (name === '+server.ts') {
			const source = readFileSync(file, 'utf8');
			route.endpoint = METHODS.filter((method) =>
				new RegExp(`export\\s+(const|async function|function)\\s+${method}\\b`).test(source)
			);
		}
		byId.set(id, route);
	}
	return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

type Who = Role | 'anonymous';
const cookies = new Map<Who, string>();
const samples = new Map<string, string>();

async function signInByFetch(account: { email: string; password: string }): Promise<string> {
	const response = await fetch(`${origin()}/en/staff/sign-in`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: origin(), accept: 'text/html' },
		body: new URLSearchParams({ email: account.email, password: account.password })
	});
	const cookie = response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
	if (response.status !== 303 || !cookie) throw new Error(`sign-in as ${account.email} failed (${response.status})`);
	return cookie;
}

async function request(who: Who, method: string, path: string): Promise<Response> {
	return fetch(`${origin()}${path}`, {
		method,
		redirect: 'manual',
		headers: {
			cookie: cookies.get(who) ?? '',
			origin: origin(),
			accept: 'text/html',
			...(method === 'GET' ? {} : { 'content-type': 'application/x-www-form-urlencoded' })
		},
		body: method === 'GET' ? undefined : ''
	});
}

/** The public path of a route id, with a real record for each parameter. */
function pathOf(routeId: string): string {
	const path = routeId
		.split('/')
		.filter((segment) => !/^\(.+\)$/.test(segment))
		.map((segment) => {
			const param = /^\[(.+)\]$/.exec(segment)?.[1];
			if (!param) return segment;
			const sample = samples.get(param);
			if (!sample) throw new Error(`The walk has no sample value for [${param}] in ${routeId}: add one in staff.test.ts`);
			return sample;
		})
		.join('/');
	return `/en${path}`;
}

/** Where the guard sends a signed-out reader: the sign-in page, coming back after (GET) or not (POST). */
const signInLocation = /^\/en\/staff\/sign-in(\?next=|$)/;
const ACCOUNTS = { admin: FIRST_ADMIN, coordinator: COORDINATOR, facilitator: FACILITATOR };

describe('the authorisation walk over every staff route and form action', () => {
	const routes = staffRoutes();

	it('finds the staff routes, each in a known route group', () => {
		expect(routes.length).toBeGreaterThanOrEqual(12);
		for (const route of routes) {
			expect(Object.keys(STAFF_GROUPS), `${route.id} must sit in a route group`).toContain(groupOf(route.id));
		}
		expect(routes.find((r) => r.id === '/staff/(admin)/users')?.actions).toEqual(['invite', 'revoke']);
		// Train: the inbox and the request's moves for coordinators; sessions for every role, scoped in the service.
		expect(routes.find((r) => r.id === '/staff/(coordinator)/requests/[id=requestId]')?.actions).toEqual(['move']);
		expect(routes.find((r) => r.id === '/staff/(coordinator)/requests/[id=requestId]/schedule')?.actions).toEqual(['schedule']);
		expect(routes.find((r) => r.id === '/staff/(coordinator)/sessions/[id=sessionId]/edit')?.actions).toEqual([
			'update',
			'cancel',
			'erase'
		]);
		expect(routes.find((r) => r.id === '/staff/(staff)/sessions/[id=sessionId]')?.actions).toEqual(['checkin']);
		expect(routes.find((r) => r.id === '/staff/(staff)/sessions/[id=sessionId]/registrations.csv')?.endpoint).toEqual(['GET']);
		expect(routes.find((r) => r.id === '/staff/(staff)/dialogues/[id=dialogueId]/actions')?.actions).toEqual([
			'fromCommonGround',
			'add',
			'update',
			'move',
			'delete'
		]);
		expect(routes.find((r) => r.id === '/staff/(coordinator)/events/[id=eventId]/registrations.csv')?.endpoint).toEqual(['GET']);
	});

	it('prepares a session for each role and a real record for each parameter', async () => {
		const { page } = admin;
		await page.goto(`${origin()}/en/staff/users`);
		await page.getByLabel('Email', { exact: true }).fill(TARGET.email);
		await page.getByLabel('Name', { exact: true }).fill(TARGET.name);
		await page.getByRole('button', { name: 'Send the invitation' }).click();
		const link = await linkFromOutbox(page, TARGET.email, 'Your invitation');
		const token = new URL(link).searchParams.get('token') ?? '';
		const accepted = await fetch(`${origin()}/en/staff/invitation`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: origin(), accept: 'text/html' },
			body: new URLSearchParams({ token, name: TARGET.name, password: TARGET.password })
		});
		expect(accepted.status).toBe(303);
		await page.goto(`${origin()}/en/staff/users`);
		const target = await page.getByRole('link', { name: `Manage ${TARGET.name}` }).getAttribute('href');
		const adminHref = await page.getByRole('link', { name: `Manage ${FIRST_ADMIN.name}` }).getAttribute('href');
		samples.set('id=staffId', target?.split('/').at(-1) ?? '');
		samples.set('adminId', adminHref?.split('/').at(-1) ?? '');
		samples.set('id=instrumentId', 'workshop');
		await page.goto(`${origin()}/en/staff/impact`);
		samples.set(
			'id=uuid',
			(await page.locator('a[href*="/staff/impact/sessions/"]').first().getAttribute('href'))?.split('/').at(-1) ?? ''
		);
		await page.goto(`${origin()}/en/staff/outbox`);
		samples.set('id=outboxId', (await page.locator('tbody a').first().getAttribute('href'))?.split('/').at(-1) ?? '');
		// A request and a session that the facilitator does not facilitate: they may use the sessions
		// area (the guard allows it) but get 404 for this one (the service's scope).
		await sendRequest(origin(), 'Authorisation Walk Shelter');
		samples.set('id=sessionId', await scheduleFromInbox(page, origin(), 'Authorisation Walk Shelter', COORDINATOR.name));
		samples.set(
			'id=requestId',
			(await page.getByRole('link', { name: 'Authorisation Walk Shelter' }).getAttribute('href'))?.split('/').at(-1) ?? ''
		);
		// Its evaluation, started as a coordinator starts it, so that its CSV exists to be refused.
		await page.goto(`${origin()}/en/staff/impact/events/${samples.get('id=sessionId')}`);
		await page.waitForURL(/\/en\/staff\/impact\/sessions\/[0-9a-f-]{36}$/);
		// A dialogue and an event that the admin opened: a facilitator is not shown the dialogue (404, not 403).
		const convene = await createConveneRecords(page);
		samples.set('id=dialogueId', convene.dialogue);
		samples.set('id=eventId', convene.event);

		for (const role of ROLES) cookies.set(role, await signInByFetch(ACCOUNTS[role]));
		expect([...cookies.keys()].sort()).toEqual([...ROLES].sort());
	});

	for (const who of ['anonymous', ...ROLES] as const) {
		it(`gives ${who === 'anonymous' ? 'a signed-out reader' : `the ${who}`} exactly what the role matrix allows`, async () => {
			const role = who === 'anonymous' ? null : who;
			for (const route of routes) {
				const path = pathOf(route.id);
				const decision = decide(route.id, role);
				const checks: Array<[string, string]> = [];
				if (route.page) checks.push(['GET', path]);
				for (const action of route.actions) checks.push(['POST', action === 'default' ? path : `${path}?/${action}`]);
				for (const method of route.endpoint) checks.push([method, path]);
				for (const [method, url] of checks) {
					const response = await request(who, method, url);
					// Signing out (an allowed action) ends the session: sign in again after each post.
					if (method !== 'GET' && role) cookies.set(role, await signInByFetch(ACCOUNTS[role]));
					const where = `${who} ${method} ${url}`;
					if (decision === 'sign-in') {
						expect(response.status, where).toBe(303);
						expect(response.headers.get('location'), where).toMatch(signInLocation);
					} else if (decision === 'forbidden') {
						expect(response.status, where).toBe(403);
					} else {
						expect(response.status, where).not.toBe(403);
						expect(response.headers.get('location') ?? '', where).not.toMatch(signInLocation);
						expect(response.status, where).toBeLessThan(500);
					}
				}
			}
		});
	}

	it('never shows one staff member another one record by changing the id', async () => {
		for (const who of ['coordinator', 'facilitator'] as const) {
			for (const id of [samples.get('adminId'), samples.get('id=staffId')]) {
				const response = await request(who, 'GET', `/en/staff/users/${id}`);
				expect(response.status, `${who} reading ${id}`).toBe(403);
				expect(await response.text()).not.toContain(FIRST_ADMIN.email);
			}
		}
		expect((await request('admin', 'GET', `/en/staff/users/${samples.get('adminId')}`)).status).toBe(200);
		// A facilitator sees only the dialogues they opened: the admin's is not there for them.
		const dialogue = `/en/staff/dialogues/${samples.get('id=dialogueId')}`;
		const hidden = await request('facilitator', 'GET', dialogue);
		expect(hidden.status).toBe(404);
		expect(await hidden.text()).not.toContain('What would make our neighbourhood safer for everyone?');
		expect((await request('coordinator', 'GET', dialogue)).status).toBe(200);
	});

	it('never shows a facilitator a session they do not facilitate, by page, export or form', async () => {
		const id = samples.get('id=sessionId') ?? '';
		for (const path of [
			`/en/staff/sessions/${id}`,
			`/en/staff/sessions/${id}/registrations.csv`,
			`/en/staff/sessions/${id}/poster`,
			`/en/staff/sessions/${id}/evaluation`,
			`/en/staff/sessions/${id}/evaluation.csv`
		]) {
			const response = await request('facilitator', 'GET', path);
			expect(response.status, path).toBe(404);
			expect(await response.text(), path).not.toContain('Authorisation Walk Shelter');
			expect((await request('coordinator', 'GET', path)).status, path).toBe(200);
		}
		const checkIn = await request('facilitator', 'POST', `/en/staff/sessions/${id}?/checkin`);
		expect(checkIn.status).toBe(404);
		cookies.set('facilitator', await signInByFetch(FACILITATOR));
		const list = await request('facilitator', 'GET', '/en/staff/sessions?show=all');
		expect(list.status).toBe(200);
		expect(await list.text()).not.toContain(id);
		expect((await request('facilitator', 'GET', `/en/staff/sessions/${id}/edit`)).status).toBe(403);
		expect((await request('facilitator', 'GET', `/en/staff/requests/${samples.get('id=requestId')}`)).status).toBe(403);
	});

	it('shows a facilitator the evaluation of their own session, read-only, and none of the impact pages', async () => {
		const own = records[':session'] ?? '';
		const evaluation = `/en/staff/sessions/${own}/evaluation`;
		// Before a coordinator starts the evaluation, the page says so and there is no CSV.
		const before = await request('facilitator', 'GET', evaluation);
		expect(before.status).toBe(200);
		expect(await before.text()).toContain('The evaluation of this session has not started yet');
		expect((await request('facilitator', 'GET', `${evaluation}.csv`)).status).toBe(404);

		// A coordinator (here the admin) starts it and opens both questionnaires; one participant answers both.
		const { page } = admin;
		await page.goto(`${origin()}/en/staff/impact/events/${own}`);
		await page.waitForURL(/\/en\/staff\/impact\/sessions\/[0-9a-f-]{36}$/);
		const impact = new URL(page.url()).pathname;
		await page.getByRole('button', { name: 'Open the questionnaire before the workshop' }).click();
		await page.getByRole('button', { name: 'Open the questionnaire after the workshop' }).click();
		await page.waitForLoadState();
		const links = await Promise.all(['pre-en', 'post-en'].map((key) => page.locator(`[data-link=${key}]`).getAttribute('href')));
		for (const [link, fields] of [
			[links[0], { code: 'walk-07', 'b-adults-decide': '2' }],
			[links[1], { code: 'walk-07', 'b-adults-decide': '4', 'o-stays-with-you': 'Walked through it.' }]
		] as const) {
			const sent = await fetch(link ?? '', {
				method: 'POST',
				redirect: 'manual',
				headers: { 'content-type': 'application/x-www-form-urlencoded', origin: origin(), accept: 'text/html' },
				body: new URLSearchParams(fields)
			});
			expect(sent.status).toBe(303);
		}

		// The facilitator reads the counts and the withheld figures, with no form to change anything;
		// the raw answers of one person are not theirs to download.
		const read = await request('facilitator', 'GET', evaluation);
		expect(read.status).toBe(200);
		const html = await read.text();
		expect(html).toMatch(/data-count="pairs"[^>]*>1</);
		expect(html).toContain('Withheld: fewer than 5 people.');
		expect(html).not.toContain('Walked through it.');
		expect(html).toContain('This page is read-only');
		expect(html).toContain('The answers can be downloaded once at least 5 people have answered each questionnaire');
		expect(html).not.toMatch(/action="\?\/(open|close)"/);
		expect(html).not.toContain('walk-07');
		expect((await request('facilitator', 'GET', `${evaluation}.csv`)).status).toBe(404);
		expect((await request('coordinator', 'GET', `${evaluation}.csv`)).status).toBe(200);

		// Four more people answer: the paired change, the open answers and the CSV are theirs to read.
		for (let i = 1; i <= 4; i++) {
			for (const [link, fields] of [
				[links[0], { code: `walk-${i}`, 'b-adults-decide': '2' }],
				[links[1], { code: `walk-${i}`, 'b-adults-decide': '4', 'o-stays-with-you': `Walked it too (${i}).` }]
			] as const) {
				const sent = await fetch(link ?? '', {
					method: 'POST',
					redirect: 'manual',
					headers: { 'content-type': 'application/x-www-form-urlencoded', origin: origin(), accept: 'text/html' },
					body: new URLSearchParams(fields)
				});
				expect(sent.status).toBe(303);
			}
		}
		const full = await (await request('facilitator', 'GET', evaluation)).text();
		expect(full).toMatch(/data-count="pairs"[^>]*>5</);
		expect(full).toContain('Walked through it.');
		expect(full).toMatch(/<tr data-item="b-adults-decide">[\s\S]*?<td[^>]*>5<\/td>/);
		const csv = await request('facilitator', 'GET', `${evaluation}.csv`);
		expect(csv.status).toBe(200);
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const lines = (await csv.text())
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toMatch(/^session,phase,pairing_hash,/);
		expect(lines).toHaveLength(11);
		// The session's page links to it for the facilitator.
		expect(await (await request('facilitator', 'GET', `/en/staff/sessions/${own}`)).text()).toContain(`href="${evaluation}"`);

		// Everything else of the evaluation stays with coordinators and admins.
		for (const path of [
			'/en/staff/impact',
			impact,
			`/en/staff/impact/events/${own}`,
			'/en/staff/impact/export.csv',
			`/en/staff/impact/report?session=${impact.split('/').at(-1)}`,
			'/en/staff/impact/import',
			'/en/staff/instruments',
			'/en/staff/instruments/workshop'
		]) {
			const refused = await request('facilitator', 'GET', path);
			expect(refused.status, path).toBe(403);
			expect(await refused.text(), path).not.toContain('Walked through it.');
		}
		for (const action of [`${impact}?/open`, `${impact}?/close`, '/en/staff/impact/import', '/en/staff/instruments/workshop'])
			expect((await request('facilitator', 'POST', action)).status, action).toBe(403);
		cookies.set('facilitator', await signInByFetch(FACILITATOR));
		expect((await request('coordinator', 'GET', evaluation)).status).toBe(200);
	});

	it('guards the French paths the same way', async () => {
		const anonymous = await request('anonymous', 'GET', '/fr/personnel/utilisateurs');
		expect(anonymous.status).toBe(303);
		expect(anonymous.headers.get('location')).toBe(
			`/fr/personnel/connexion?next=${encodeURIComponent('/fr/personnel/utilisateurs')}`
		);
		expect((await request('facilitator', 'GET', '/fr/personnel/utilisateurs')).status).toBe(403);
		expect((await request('facilitator', 'POST', '/fr/personnel/utilisateurs?/invite')).status).toBe(403);
		expect((await request('admin', 'GET', '/fr/personnel/utilisateurs')).status).toBe(200);
	});

	it('sets no cookie on public pages, even for a signed-in staff member', async () => {
		for (const path of ['/en', '/fr/apprendre', '/en/learn/quiz']) {
			const response = await request('admin', 'GET', path);
			expect(response.status, path).toBe(200);
			expect(response.headers.get('set-cookie'), path).toBeNull();
		}
	});
});
