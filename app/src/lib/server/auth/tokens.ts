import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Secret tokens for links sent by email or handed out (invitations, password resets, the setup
 * link, capability links). 32 random bytes (256 bits) from the operating system's CSPRNG, so a
 * token cannot be guessed; only its SHA-256 hash is stored, so a copy of the database opens
 * nothing. A fast hash is enough for values this random (OWASP Forgot Password Cheat Sheet:
 * https://cheatsheetseries.owasp.org/cheatsheets/Forgot_Password_Cheat_Sheet.html).
 */
export const TOKEN_BYTES = 32;

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** A new URL-safe token (base64url, 43 characters). */
export function newToken(): string {
	return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** True for a string shaped like a token from newToken(); anything else is refused before a look-up. */
export function isTokenShaped(value: unknown): value is string {
	return typeof value === 'string' && TOKEN_SHAPE.test(value);
}

/** What the database keeps of a token. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * A keyed hash (HMAC-SHA-256 under the server's secret) for values that must be matched but never
 * stored in clear, such as a client's address for login throttling: without the secret, the
 * small space of IPv4 addresses cannot be searched to undo it.
 */
export function keyedHash(secret: string, value: string): string {
	return createHmac('sha256', secret).update(value, 'utf8').digest('hex');
}
