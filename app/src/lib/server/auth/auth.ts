import { betterAuth } from 'better-auth/minimal';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { staffAccounts, staffSessions, staffUsers, staffVerifications } from '../db/schema.ts';
import { log } from '../log.ts';
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN, verifyPassword } from './password.ts';

/** Sessions last 12 hours and are extended by use, at most once an hour. */
export const SESSION_SECONDS = 12 * 3600;

export interface StaffAuthOptions {
	db: Database;
	/** The server's secret (secrets.ts): signs the session cookie. */
	secret: string;
	/** The public origin; an https origin makes the cookie Secure (and `__Secure-` prefixed). */
	origin: string;
}

/**
 * better-auth for the staff area: email and password, sessions in the database (Drizzle
 * adapter), nothing mounted over HTTP. Routes call its server API from SvelteKit form actions
 * (accounts.service.ts), so every form works without JavaScript and there is no sign-up endpoint
 * at all: accounts come from invitations. Its own rate limiter (which keys on raw addresses) is
 * off in favour of throttle.ts; telemetry is off; sessions keep no address or user agent.
 */
export function createStaffAuth({ db, secret, origin }: StaffAuthOptions) {
	return betterAuth({
		appName: 'Unconflate',
		baseURL: origin,
		secret,
		database: drizzleAdapter(db, {
			provider: 'pg',
			schema: { user: staffUsers, session: staffSessions, account: staffAccounts, verification: staffVerifications }
		}),
		emailAndPassword: {
			enabled: true,
			disableSignUp: true,
			minPasswordLength: PASSWORD_MIN,
			maxPasswordLength: PASSWORD_MAX * 4, // characters may take up to 4 UTF-16 units; password.ts counts code points
			password: { hash: hashPassword, verify: verifyPassword }
		},
		user: {
			additionalFields: {
				role: { type: 'string', required: true, input: false },
				locale: { type: 'string', required: false, defaultValue: 'en', input: false },
				deactivatedAt: { type: 'date', required: false, input: false }
			}
		},
		session: { expiresIn: SESSION_SECONDS, updateAge: 3600, cookieCache: { enabled: false } },
		rateLimit: { enabled: false },
		telemetry: { enabled: false },
		logger: {
			level: 'error',
			// Its messages only (never arguments, which may hold request details).
			log: (level, message) =>
				log[level === 'debug' ? 'debug' : level === 'info' ? 'info' : level === 'warn' ? 'warn' : 'error'](
					{ auth: true },
					message
				)
		},
		advanced: {
			cookiePrefix: 'unconflate',
			useSecureCookies: origin.startsWith('https:'),
			defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
			ipAddress: { disableIpTracking: true }
		},
		databaseHooks: {
			session: {
				create: {
					before: async (session) => {
						// A deactivated account gets no session, whatever its password.
						const [user] = await db
							.select({ deactivatedAt: staffUsers.deactivatedAt })
							.from(staffUsers)
							.where(eq(staffUsers.id, session.userId));
						if (!user || user.deactivatedAt) return false;
						return { data: { ...session, ipAddress: null, userAgent: null } };
					}
				}
			}
		}
	});
}

export type StaffAuth = ReturnType<typeof createStaffAuth>;
