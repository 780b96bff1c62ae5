import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	createDeviceToken,
	createSalt,
	findDuplicates,
	isPairingKey,
	normalizeCode,
	pairingKey,
	pairResponses
} from './pairing.ts';
import type { EvaluationResponse } from './responses.ts';

describe('normalizeCode', () => {
	it('trims, case-folds and applies NFKC', () => {
		expect(normalizeCode('  MaRie-07 ')).toBe('marie-07');
		expect(normalizeCode('ＭＡＲＩＥ０７')).toBe('marie07'); // full-width forms
		expect(normalizeCode('ﬁlou')).toBe('filou'); // ligature
		expect(normalizeCode('Straße')).toBe(normalizeCode('STRASSE')); // ß folds to ss
		expect(normalizeCode('ΟΔΟΣ')).toBe(normalizeCode('οδος')); // final sigma
	});

	it('treats composed and decomposed accents alike, but keeps accents', () => {
		expect(normalizeCode('Ame\u0301lie')).toBe(normalizeCode('Amélie'));
		expect(normalizeCode('amélie')).not.toBe(normalizeCode('amelie'));
	});

	it('makes inner runs of white space one space', () => {
		expect(normalizeCode('ab \t\u00a0 12')).toBe('ab 12');
	});

	it('is idempotent', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (code) => {
				expect(normalizeCode(normalizeCode(code))).toBe(normalizeCode(code));
			})
		);
	});
});

describe('pairingKey', () => {
	it('is HMAC-SHA-256 keyed by the salt (RFC 4231, test case 2)', async () => {
		// Key "Jefe", data "what do ya want for nothing?" (already in normal form).
		expect(await pairingKey('what do ya want for nothing?', 'Jefe')).toBe(
			'5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
		);
	});

	it('gives the same key for codes that differ only in case, width or surrounding space', async () => {
		const salt = createSalt();
		const key = await pairingKey('Marie07', salt);
		expect(isPairingKey(key)).toBe(true);
		expect(await pairingKey(' MARIE07 ', salt)).toBe(key);
		expect(await pairingKey('ｍａｒｉｅ０７', salt)).toBe(key);
	});

	it('gives different keys for different codes and for different salts', async () => {
		const salt = createSalt();
		expect(await pairingKey('marie07', salt)).not.toBe(await pairingKey('marie08', salt));
		expect(await pairingKey('marie07', salt)).not.toBe(await pairingKey('marie07', createSalt()));
	});

	it('refuses an empty code or salt', async () => {
		await expect(pairingKey('   ', 'salt')).rejects.toThrow(RangeError);
		await expect(pairingKey('code', '')).rejects.toThrow(RangeError);
	});

	it('makes random salts and device tokens of 128 bits', () => {
		const salts = new Set(Array.from({ length: 100 }, createSalt));
		expect(salts.size).toBe(100);
		for (const salt of salts) expect(salt).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(createDeviceToken()).toMatch(/^[A-Za-z0-9_-]{22}$/);
	});
});

const key = (n: number) => n.toString(16).padStart(64, '0');
const response = (session: string, phase: 'pre' | 'post', pairing: string): EvaluationResponse => ({
	session,
	phase,
	pairing,
	answers: {}
});

describe('pairResponses', () => {
	it('pairs by session and key, never across sessions', () => {
		const responses = [
			response('a', 'pre', key(1)),
			response('a', 'post', key(1)),
			response('a', 'pre', key(2)),
			response('b', 'post', key(2)),
			response('b', 'post', key(3))
		];
		const result = pairResponses(responses);
		expect(result.pairs.map((pair) => [pair.session, pair.pairing])).toEqual([['a', key(1)]]);
		expect(result.unpaired.pre.map((r) => [r.session, r.pairing])).toEqual([['a', key(2)]]);
		expect(result.unpaired.post.map((r) => [r.session, r.pairing])).toEqual([
			['b', key(2)],
			['b', key(3)]
		]);
		expect(result.duplicates).toEqual([]);
	});

	it('reports a key used twice in a session’s phase and leaves those questionnaires out', () => {
		const responses = [
			response('a', 'pre', key(1)),
			response('a', 'pre', key(1)),
			response('a', 'post', key(1)),
			response('a', 'pre', key(2)),
			response('a', 'post', key(2))
		];
		const result = pairResponses(responses);
		expect(result.duplicates).toEqual([{ session: 'a', phase: 'pre', pairing: key(1), count: 2 }]);
		expect(result.pairs.map((pair) => pair.pairing)).toEqual([key(2)]);
		// The lone post questionnaire with the ambiguous key is unique in its phase, but has no partner.
		expect(result.unpaired.post.map((r) => r.pairing)).toEqual([key(1)]);
		expect(result.unique).toHaveLength(3);
	});

	it('finds duplicates only within the same session and phase', () => {
		expect(findDuplicates([response('a', 'pre', key(1)), response('b', 'pre', key(1)), response('a', 'post', key(1))])).toEqual(
			[]
		);
	});

	it('accounts for every questionnaire exactly once', () => {
		const arbitraryResponse = fc.record({
			session: fc.constantFrom('a', 'b'),
			phase: fc.constantFrom('pre' as const, 'post' as const),
			pairing: fc.integer({ min: 0, max: 6 }).map(key),
			answers: fc.constant({})
		});
		fc.assert(
			fc.property(fc.array(arbitraryResponse, { maxLength: 40 }), (responses) => {
				const result = pairResponses(responses);
				const duplicated = result.duplicates.reduce((sum, group) => sum + group.count, 0);
				expect(2 * result.pairs.length + result.unpaired.pre.length + result.unpaired.post.length + duplicated).toBe(
					responses.length
				);
				for (const pair of result.pairs)
					expect([pair.pre.session, pair.pre.pairing]).toEqual([pair.post.session, pair.post.pairing]);
			})
		);
	});
});
