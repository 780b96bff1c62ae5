import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../staff/limits.ts';

/**
 * Password hashing: Argon2id with 19 MiB of memory, 2 iterations and 1 lane, the first
 * configuration OWASP's Password Storage Cheat Sheet recommends
 * (https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id).
 * The hash string carries its parameters and salt, so they can be raised later and old hashes
 * still verify.
 */
export const ARGON2ID: Options = {
	algorithm: 2 as Algorithm, // Algorithm.Argon2id (an ambient const enum, not importable as a value)
	memoryCost: 19 * 1024,
	timeCost: 2,
	parallelism: 1
};

export { PASSWORD_MAX, PASSWORD_MIN };

export type PasswordProblem = 'too-short' | 'too-long';

export function passwordProblem(password: string): PasswordProblem | null {
	const length = [...password].length;
	if (length < PASSWORD_MIN) return 'too-short';
	if (length > PASSWORD_MAX) return 'too-long';
	return null;
}

export function hashPassword(password: string): Promise<string> {
	return hash(password.normalize('NFKC'), ARGON2ID);
}

/** False for a wrong password and for a malformed stored hash alike. */
export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
	try {
		return await verify(stored, password.normalize('NFKC'));
	} catch {
		return false;
	}
}
