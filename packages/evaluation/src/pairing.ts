import type { Phase } from './instrument.ts';
import type { EvaluationResponse } from './responses.ts';

/**
 * Pairing a participant's pre and post questionnaires without knowing who they are.
 *
 * The participant makes up a code (or the device keeps a random token); the platform keeps only
 * `pairingKey(code, salt)`, an HMAC-SHA-256 of the normalised code keyed by a salt that is secret
 * and different for every session. Two questionnaires are paired when their keys are equal; the
 * code itself is never stored, and without the salt a key cannot be tested against guessed codes.
 * Because the salt differs between sessions, the same code used at two workshops gives two
 * unrelated keys: sessions cannot be linked.
 *
 * HMAC (RFC 2104) rather than SHA-256(salt ‖ code): concatenation is ambiguous ("ab" + "c" and
 * "a" + "bc" hash alike), and HMAC is the standard construction for a keyed hash. Web Crypto's
 * SHA-256 does the hashing, in browsers and on the server alike.
 */

const encoder = new TextEncoder();

/**
 * The form in which codes are compared: Unicode NFKC (full-width and compatibility characters fold
 * to their plain forms, "ﬁ" to "fi"), case-folded (upper- then lower-casing, which folds "ß" to
 * "ss" and final "ς" to "σ" as Unicode case folding does), trimmed, with inner runs of white space
 * made one space. Accents are kept: "é" and "e" are different codes.
 */
export function normalizeCode(code: string): string {
	return code.normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

const toHex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The pairing key of a participant's code (or device token) in a session: the hex HMAC-SHA-256 of
 * `normalizeCode(code)` keyed by `salt`. Throws a RangeError for an empty code or salt.
 */
export async function pairingKey(code: string, salt: string): Promise<string> {
	const normalized = normalizeCode(code);
	if (normalized === '') throw new RangeError('The pairing code is empty.');
	if (salt === '') throw new RangeError('The salt is empty.');
	const key = await crypto.subtle.importKey('raw', encoder.encode(salt), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
	return toHex(await crypto.subtle.sign('HMAC', key, encoder.encode(normalized)));
}

/** Whether a string has the form of a pairing key (64 lower-case hexadecimal digits). */
export function isPairingKey(value: string): boolean {
	return /^[0-9a-f]{64}$/.test(value);
}

const base64url = (bytes: Uint8Array) =>
	btoa(String.fromCharCode(...bytes))
		.replaceAll('+', '-')
		.replaceAll('/', '_')
		.replace(/=+$/, '');

/** A new random salt for a session (128 bits, base64url). Keep it with the session, server-side only. */
export function createSalt(): string {
	return base64url(crypto.getRandomValues(new Uint8Array(16)));
}

/**
 * A new random device token (128 bits, base64url), for participants who would rather not make up a
 * code: the device keeps it between the two questionnaires and it is paired like a code.
 */
export function createDeviceToken(): string {
	return base64url(crypto.getRandomValues(new Uint8Array(16)));
}

/** Questionnaires of one session and phase that share a pairing key. */
export interface DuplicateGroup {
	session: string;
	phase: Phase;
	pairing: string;
	count: number;
}

/** A participant's two questionnaires. */
export interface Pair {
	session: string;
	pairing: string;
	pre: EvaluationResponse;
	post: EvaluationResponse;
}

/** The outcome of `pairResponses`. */
export interface Pairing {
	pairs: Pair[];
	/** Questionnaires whose key occurs once in their phase and has no partner in the other phase. */
	unpaired: { pre: EvaluationResponse[]; post: EvaluationResponse[] };
	/** Keys used more than once in a session's phase. */
	duplicates: DuplicateGroup[];
	/** Every questionnaire whose key occurs exactly once in its session and phase. */
	unique: EvaluationResponse[];
}

const slot = (r: { session: string; phase: Phase; pairing: string }) => JSON.stringify([r.session, r.phase, r.pairing]);

/** Keys that occur more than once in the same session and phase. */
export function findDuplicates(responses: readonly EvaluationResponse[]): DuplicateGroup[] {
	const counts = new Map<string, DuplicateGroup>();
	for (const response of responses) {
		const key = slot(response);
		const group = counts.get(key);
		if (group) group.count++;
		else counts.set(key, { session: response.session, phase: response.phase, pairing: response.pairing, count: 1 });
	}
	return [...counts.values()].filter((group) => group.count > 1);
}

/**
 * Pairs pre and post questionnaires by session and pairing key. A key used more than once in a
 * session's phase (two people chose the same code, or someone answered twice) is ambiguous: those
 * questionnaires are reported as duplicates and left out of every figure, rather than guessed at.
 */
export function pairResponses(responses: readonly EvaluationResponse[]): Pairing {
	const duplicates = findDuplicates(responses);
	const ambiguous = new Set(duplicates.map(slot));
	const unique = responses.filter((response) => !ambiguous.has(slot(response)));
	const posts = new Map(unique.filter((r) => r.phase === 'post').map((r) => [JSON.stringify([r.session, r.pairing]), r]));
	const pairs: Pair[] = [];
	const unpairedPre: EvaluationResponse[] = [];
	const matched = new Set<EvaluationResponse>();
	for (const pre of unique.filter((r) => r.phase === 'pre')) {
		const post = posts.get(JSON.stringify([pre.session, pre.pairing]));
		if (post) {
			pairs.push({ session: pre.session, pairing: pre.pairing, pre, post });
			matched.add(post);
		} else unpairedPre.push(pre);
	}
	const unpairedPost = [...posts.values()].filter((post) => !matched.has(post));
	return { pairs, unpaired: { pre: unpairedPre, post: unpairedPost }, duplicates, unique };
}
