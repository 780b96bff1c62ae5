// `npm run admin:create -- --email ada@example.org --name "Ada Lovelace"`: create an admin account.
// In a terminal it asks for the password (twice, not shown); otherwise, or with --link, it prints a
// one-time link (valid 24 hours) where that admin sets their own password. --password-stdin reads
// the password from standard input, for automation. Works on DATABASE_URL's server or the embedded
// database (DATA_DIR/pglite), which must not be held by a running server.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { AccountsError, createAdmin, createAdminInvitation, staffLink } from '../src/lib/server/auth/accounts.service.ts';
import { createStaffAuth } from '../src/lib/server/auth/auth.ts';
import { passwordProblem } from '../src/lib/server/auth/password.ts';
import { serverSecret } from '../src/lib/server/auth/secrets.ts';
import { openDb } from '../src/lib/server/db/client.ts';
import { DatabaseLockedError } from '../src/lib/server/db/lock.ts';

const USAGE = `Usage: npm run admin:create -- --email EMAIL --name NAME [--locale en|fr] [--link | --password-stdin]`;

const REASONS: Record<string, string> = {
	'invalid-email': 'That is not a valid email address.',
	'invalid-name': 'The name must be 1 to 100 characters.',
	'email-taken': 'An account already uses this email.',
	'too-short': 'The password is too short: use at least 15 characters.',
	'too-long': 'The password is too long: use at most 256 characters.'
};

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const OPTIONS = {
	email: { type: 'string' },
	name: { type: 'string' },
	locale: { type: 'string', default: 'en' },
	link: { type: 'boolean', default: false },
	'password-stdin': { type: 'boolean', default: false },
	help: { type: 'boolean', default: false }
} as const;

function parse() {
	try {
		return parseArgs({ options: OPTIONS }).values;
	} catch (error) {
		return fail(`${(error as Error).message}\n${USAGE}`);
	}
}

const args = parse();
if (args.help) {
	console.log(USAGE);
	process.exit(0);
}
if (!args.email || !args.name) fail(USAGE);
if (args.locale !== 'en' && args.locale !== 'fr') fail('--locale must be en or fr');
const locale = args.locale;

/** Read a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
	return new Promise((resolvePromise, reject) => {
		const stdin = process.stdin;
		process.stdout.write(question);
		stdin.setRawMode(true);
		stdin.resume();
		stdin.setEncoding('utf8');
		let value = '';
		const onData = (chunk: string) => {
			for (const char of chunk) {
				if (char === '\r' || char === '\n') {
					stdin.off('data', onData);
					stdin.setRawMode(false);
					stdin.pause();
					process.stdout.write('\n');
					resolvePromise(value);
					return;
				}
				if (char === '\u0003') {
					stdin.setRawMode(false);
					reject(new Error('cancelled'));
					return;
				}
				if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
				else value += char;
			}
		};
		stdin.on('data', onData);
	});
}

async function readStdin(): Promise<string> {
	let text = '';
	for await (const chunk of process.stdin) text += chunk;
	return text.replace(/\r?\n$/, '');
}

async function passwordFromUser(): Promise<string | null> {
	if (args['password-stdin']) return readStdin();
	if (args.link || !process.stdin.isTTY) return null;
	const first = await askHidden('Password (at least 15 characters; not shown): ');
	const second = await askHidden('Same password again: ');
	if (first !== second) fail('The two passwords differ. Nothing was created.');
	return first;
}

const appDir = fileURLToPath(new URL('..', import.meta.url));
const databaseUrl = process.env['DATABASE_URL'] || undefined;
const pgliteDir = resolve(process.env['DATA_DIR'] || resolve(appDir, '..', 'data'), 'pglite');
const origin = process.env['ORIGIN'] || `http://localhost:${process.env['PORT'] || 3000}`;

const password = await passwordFromUser();
if (password !== null) {
	const problem = passwordProblem(password);
	if (problem) fail(REASONS[problem] ?? problem);
}
try {
	const handle = await openDb(databaseUrl ? { databaseUrl } : { pgliteDir });
	try {
		await handle.migrate(resolve(appDir, 'drizzle'));
		const db = handle.db;
		if (password === null) {
			const { link, expiresAt } = await createAdminInvitation({ db, origin }, { email: args.email, name: args.name, locale });
			console.log(
				`Admin invitation for ${args.email.trim().toLowerCase()}: open this link to set the password (one use, until ${expiresAt.toISOString()}):\n${link}`
			);
		} else {
			const secret = await serverSecret(db, process.env['AUTH_SECRET']);
			const auth = createStaffAuth({ db, secret, origin });
			const staff = await createAdmin({ db, auth }, { email: args.email, name: args.name, password, locale });
			console.log(`Admin account created for ${staff.email}. Sign in at ${staffLink(origin, '/staff/sign-in', locale)}`);
		}
	} finally {
		await handle.close();
	}
} catch (error) {
	if (error instanceof DatabaseLockedError) fail(error.message);
	if (error instanceof AccountsError) fail(REASONS[error.code] ?? error.code);
	throw error;
}
