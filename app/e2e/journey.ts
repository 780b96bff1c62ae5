// A server of its own for a user journey (dialogue.test.ts, events.test.ts): a fresh embedded
// database whose first admin the journey creates from the setup link, so that the journey never
// depends on the order in which files run, nor uses up the shared server's setup link that
// staff.test.ts follows. The build is the same; it believes it lives at the shared server's origin
// (adapter-node fixes ORIGIN at build time), so absolute links it writes (join links, emails) are
// moved onto this server with `here()`.
import type { Browser } from 'playwright-core';
import { openPage } from './browser.ts';
import { E2E_PORT, startServer, type RunningServer } from './global-setup.ts';

/** The origin the build was made for: absolute links in pages and emails start with it. */
export const BUILT_ORIGIN = `http://127.0.0.1:${E2E_PORT}`;

export interface StaffAccount {
	email: string;
	name: string;
	password: string;
	role: 'admin' | 'coordinator' | 'facilitator';
}

export interface Journey {
	server: RunningServer;
	/** This server's origin. */
	base: string;
	/** An absolute link written by the server, moved onto this server. */
	here(link: string): string;
	/** A signed-in staff member's session cookie (`name=value`). */
	signIn(account: StaffAccount): Promise<string>;
	/** Create a staff account (the first admin from the setup link, others by invitation) and sign it in. */
	account(account: StaffAccount): Promise<string>;
	/** A browser page signed in with a session cookie (or signed out without one). */
	page(browser: Browser, options?: { cookie?: string; javaScript?: boolean }): ReturnType<typeof openPage>;
	/** The body of the newest outbox email to an address whose subject contains `subject`, read as the admin. */
	email(to: string, subject: string): Promise<{ subject: string; body: string; locale: string }>;
	stop(): Promise<void>;
}

const decode = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

export async function startJourney(portOffset: number): Promise<Journey> {
	const server = await startServer(E2E_PORT + portOffset, {});
	const base = server.origin;
	const setupLink = /"setupLink":"([^"]+)"/.exec(server.output())?.[1];
	if (!setupLink) throw new Error(`The journey server printed no setup link:\n${server.output()}`);
	const here = (link: string) => (link.startsWith(BUILT_ORIGIN) ? base + link.slice(BUILT_ORIGIN.length) : link);
	let adminCookie = '';

	const post = (path: string, fields: Record<string, string>, cookie = '') =>
		fetch(`${base}${path}`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: BUILT_ORIGIN, accept: 'text/html', cookie },
			body: new URLSearchParams(fields)
		});
	const get = async (path: string, cookie: string) => {
		const response = await fetch(`${base}${path}`, { headers: { cookie, accept: 'text/html' } });
		if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
		return response.text();
	};

	async function signIn(account: StaffAccount): Promise<string> {
		const response = await post('/en/staff/sign-in', { email: account.email, password: account.password });
		const cookie = response.headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ');
		if (response.status !== 303 || !cookie) throw new Error(`sign-in as ${account.email} failed (${response.status})`);
		return cookie;
	}

	async function email(to: string, subject: string) {
		const list = await get('/en/staff/outbox', adminCookie);
		const rows = [...list.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1] ?? '');
		const row = rows.find((r) => r.includes(`>${to}<`) && decode(r).includes(subject));
		const path = row && /href="(\/en\/staff\/outbox\/\d+)"/.exec(row)?.[1];
		if (!path) throw new Error(`No email to ${to} about "${subject}" in the outbox`);
		const page = await get(path, adminCookie);
		const body = /<div class="mail-body[^"]*" lang="(\w+)">([\s\S]*?)<\/div>/.exec(page);
		const title = /<a href="\/en\/staff\/outbox\/\d+"[^>]*>([\s\S]*?)<\/a>/.exec(row);
		return { subject: decode(title?.[1] ?? '').trim(), body: decode(body?.[2] ?? ''), locale: body?.[1] ?? '' };
	}

	async function account(account: StaffAccount): Promise<string> {
		if (account.role === 'admin' && !adminCookie) {
			const token = new URL(setupLink ?? '').searchParams.get('token') ?? '';
			const accepted = await post('/en/staff/invitation', { token, ...account });
			if (accepted.status !== 303) throw new Error(`setup link refused (${accepted.status})`);
			adminCookie = await signIn(account);
			return adminCookie;
		}
		if (!adminCookie) throw new Error('Create the admin first');
		const invited = await post(
			'/en/staff/users?/invite',
			{ email: account.email, name: account.name, role: account.role, locale: 'en' },
			adminCookie
		);
		if (invited.status !== 200) throw new Error(`invitation of ${account.email} failed (${invited.status})`);
		const { body } = await email(account.email, 'invitation');
		const link = /https?:\/\/\S+\/staff\/invitation\?token=[\w-]+/.exec(body)?.[0];
		if (!link) throw new Error(`no invitation link in the email to ${account.email}`);
		const token = new URL(link).searchParams.get('token') ?? '';
		const accepted = await post('/en/staff/invitation', { token, name: account.name, password: account.password });
		if (accepted.status !== 303) throw new Error(`invitation of ${account.email} refused (${accepted.status})`);
		return signIn(account);
	}

	async function page(browser: Browser, options: { cookie?: string; javaScript?: boolean } = {}) {
		const opened = await openPage(browser, { javaScript: options.javaScript ?? true, origin: base });
		opened.page.setDefaultTimeout(20_000);
		if (options.cookie) {
			await opened.context.addCookies(
				options.cookie.split('; ').map((pair) => {
					const at = pair.indexOf('=');
					return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
				})
			);
		}
		return opened;
	}

	return { server, base, here, signIn, account, page, email, stop: server.stop };
}
