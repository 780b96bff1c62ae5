import { building } from '$app/env';
import { AUTH_SECRET, DATABASE_URL, DATA_DIR, MAIL_FROM, REGISTRATION_RETENTION_MONTHS, SMTP_URL } from '$app/env/private';
import { redirect } from '@sveltejs/kit';
import { sequence, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit/hooks';
import '#lib/i18n/strategy.ts';
import { href } from '#lib/i18n/routes.ts';
import { localeOfPath } from '#lib/i18n/strategy.ts';
import { extractLocaleFromHeader, getTextDirection } from '#lib/paraglide/runtime.js';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import { handleStaff } from '#lib/server/auth/handle.ts';
import { startAccounts } from '#lib/server/auth/index.ts';
import { isCrossSiteFormPost } from '#lib/server/csrf.ts';
import { directCheck } from '#lib/server/api/direct-check.ts';
import { closeDb, migrationsFolder, startDb } from '#lib/server/db/index.ts';
import { offerDirectRoute } from '#lib/server/direct-routes.ts';
import { log } from '#lib/server/log.ts';
import { startTrainJobs } from '#lib/server/train-jobs.ts';

export const init: ServerInit = async () => {
	if (building) return;
	const db = await startDb({ databaseUrl: DATABASE_URL, dataDir: DATA_DIR, migrations: migrationsFolder() });
	log.info({ database: db.kind }, 'database ready');
	const accounts = await startAccounts({
		db: db.db,
		secret: AUTH_SECRET,
		smtpUrl: SMTP_URL,
		mailFrom: MAIL_FROM,
		origin: __ALLOWED_ORIGINS__[0] ?? 'http://localhost:3000',
		embedded: db.kind === 'pglite'
	});
	// Reminders before workshops and the registration retention setting (README, Train).
	const stopTrainJobs = startTrainJobs(
		{ db: db.db, mailer: accounts.mailer, origin: accounts.origin },
		{ retentionMonths: REGISTRATION_RETENTION_MONTHS }
	);
	// JSON checks answered on Node's request and response by the production server (bench/api).
	// ADDRESS_HEADER and XFF_DEPTH are adapter-node's, read as it reads them.
	offerDirectRoute(
		directCheck({
			origin: __ALLOWED_ORIGINS__[0] ?? 'http://localhost:3000',
			addressHeader: process.env['ADDRESS_HEADER'],
			xffDepth: Number(process.env['XFF_DEPTH'] || 1)
		})
	);
	process.once('sveltekit:shutdown', () => {
		stopTrainJobs();
		void closeDb();
	});
};

/**
 * Pages that are the same for every reader: marked public so that the server's page cache
 * (server/page-cache.ts) and any reverse proxy may keep them. The bilingual landing is left out:
 * its `<html lang>` follows the reader's Accept-Language.
 */
const PUBLIC_PAGES = new Set([
	'/home',
	'/learn',
	'/learn/[page=learnPage]',
	'/learn/sources',
	'/learn/quiz',
	'/quick-exit',
	'/check/rules',
	'/check/rules/[rule=ruleId]',
	'/check/api'
]);

/** Routes served without a language prefix; every other page lives under /en or /fr. */
const UNLOCALIZED = new Set(['/', '/sitemap.xml', '/robots.txt', '/healthz']);

const handleLocale: Handle = ({ event, resolve }) => {
	// The API answers in the language its request names (src/lib/server/api/): it needs neither
	// Paraglide's per-request context nor the copy of the request that the middleware makes.
	if (event.route.id?.startsWith('/api/')) return resolve(event);
	return paraglideMiddleware(event.request, ({ locale }) => {
		const routeId = event.route.id;
		if (routeId && !UNLOCALIZED.has(routeId) && !routeId.startsWith('/api/') && !localeOfPath(event.url.pathname)) {
			// A page reached without its language (e.g. /learn): send the reader to their language.
			const preferred = extractLocaleFromHeader(event.request) === 'fr' ? 'fr' : 'en';
			redirect(308, href(event.url.pathname, preferred) + event.url.search);
		}
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', locale).replace('%dir%', getTextDirection(locale))
		}).then((response) => {
			if (event.request.method === 'GET' && response.status === 200 && routeId && PUBLIC_PAGES.has(routeId)) {
				response.headers.set('cache-control', 'public, max-age=300');
			}
			return response;
		});
	});
};

const handleCsrf: Handle = ({ event, resolve }) => {
	// The API (/api/…) is stateless and makes its own, narrower check (src/lib/server/api/endpoint.ts).
	if (!event.route.id?.startsWith('/api/') && isCrossSiteFormPost(event.request, __ALLOWED_ORIGINS__)) {
		return new Response('Forms can only be sent from this site. / Les formulaires ne peuvent être envoyés que depuis ce site.', {
			status: 403,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	return resolve(event);
};

export const handle: Handle = sequence(handleCsrf, handleLocale, handleStaff);

export const handleError: HandleServerError = ({ kind, error, event }) => {
	// Unknown errors are bugs: log them (route id only, never the URL's query or any form field).
	if (kind === 'unknown') log.error({ err: error, route: event.route.id }, 'unhandled error');
};
