import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportResponsesCsv, importResponsesCsv } from './csv.ts';
import { defaultInstrument } from './default-instrument.ts';
import { itemsFor, type Phase } from './instrument.ts';
import { pairingKey } from './pairing.ts';
import { validateResponse, type Answer, type EvaluationResponse } from './responses.ts';

const key = (n: number) => n.toString(16).padStart(64, '0');
const h = [0, 1, 2, 3, 4, 5, 6, 7].map(key);

describe('exportResponsesCsv', () => {
	const responses: EvaluationResponse[] = [
		{ session: 's2', phase: 'pre', pairing: h[1]!, answers: { 'k-movement': 'city' } },
		{
			session: 's1',
			phase: 'post',
			pairing: h[2]!,
			answers: { 'b-raids-help': 1, 'r-tell-apart': { before: 2, now: 4 }, 'o-stays-with-you': '=HYPERLINK("http://x")' }
		},
		{ session: 's1', phase: 'pre', pairing: h[2]!, answers: { 'b-raids-help': 4 } }
	];
	const csv = exportResponsesCsv(defaultInstrument, responses);
	const lines = csv.replace(/^\uFEFF/, '').split('\r\n');

	it('writes UTF-8 with a byte-order mark and CRLF line ends, one row per questionnaire', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(lines.filter((line) => line !== '')).toHaveLength(4);
	});

	it('names the fixed columns, then every item, with two columns per retrospective item', () => {
		const header = lines[0]!.split(',');
		expect(header.slice(0, 3)).toEqual(['session', 'phase', 'pairing_hash']);
		expect(header).toContain('k-movement');
		expect(header).toContain('r-tell-apart.before');
		expect(header).toContain('r-tell-apart.now');
		expect(header).not.toContain('r-tell-apart');
		expect(header).toHaveLength(
			3 + defaultInstrument.items.length + defaultInstrument.items.filter((i) => i.kind === 'retrospective').length
		);
	});

	it('sorts rows by session, phase and key, so their order says nothing about who answered first', () => {
		expect(lines.slice(1, 4).map((line) => line.split(',').slice(0, 2).join(' '))).toEqual(['s1 pre', 's1 post', 's2 pre']);
	});

	it('keeps a spreadsheet from running an answer as a formula', () => {
		expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
	});
});

describe('importResponsesCsv', () => {
	const columns =
		'session,phase,pairing_hash,k-movement,b-raids-help,r-tell-apart.before,r-tell-apart.now,o-stays-with-you,extra';
	const rows = [
		/* 1 */ columns,
		/* 2 */ `s1,pre,${h[1]},not-required,2,,,,`,
		/* 3 */ `s1,post,${h[1]},not-required,1,2,4,"Two`,
		/* 4 */ `lines, and a ""quote""",`,
		/* 5 */ ``,
		/* 6 */ `s1,pre,${h[2]},maybe,2,,,,`,
		/* 7 */ `s1,pre,,border,3,,,,`,
		/* 8 */ `s1,pre,${h[1]},border,3,,,,`,
		/* 9 */ `s1,pre,${h[3]},border,3,,,,surprise`,
		/* 10 */ `s1,post,${h[3]},border,7,1,,,`,
		/* 11 */ `s1,pre,${h[4]},border`,
		/* 12 */ `s1,during,${h[5]},border,3,,,,`,
		/* 13 */ `s1,pre,${h[6]},,,,,Too early,`,
		/* 14 */ ` s1 , PRE , ${h[7]!.toUpperCase()} , city , 5 ,,, ,`
	];

	for (const [name, text] of [
		['LF', rows.join('\n')],
		['CRLF and a byte-order mark', '\uFEFF' + rows.join('\r\n') + '\r\n']
	] as const) {
		it(`accepts the valid rows and names every rejected row’s line and reasons (${name})`, async () => {
			const report = await importResponsesCsv(defaultInstrument, text);
			expect(report.fileProblems).toEqual([{ code: 'unknown-columns', columns: ['extra'] }]);
			expect(report.acceptedLines).toEqual([2, 3, 14]);
			expect(report.accepted[1]).toEqual({
				session: 's1',
				phase: 'post',
				pairing: h[1],
				answers: {
					'k-movement': 'not-required',
					'b-raids-help': 1,
					'r-tell-apart': { before: 2, now: 4 },
					'o-stays-with-you': 'Two\nlines, and a "quote"'.replace('\n', name === 'LF' ? '\n' : '\r\n')
				}
			});
			expect(report.accepted[2]).toEqual({
				session: 's1',
				phase: 'pre',
				pairing: h[7],
				answers: { 'k-movement': 'city', 'b-raids-help': 5 }
			});
			expect(report.rejected).toEqual([
				{ line: 6, problems: [{ code: 'out-of-range', item: 'k-movement', value: 'maybe' }] },
				{ line: 7, problems: [{ code: 'missing-pairing' }] },
				{ line: 8, problems: [{ code: 'duplicate', firstLine: 2 }] },
				{ line: 9, problems: [{ code: 'unknown-item', item: 'extra' }] },
				{
					line: 10,
					problems: [
						{ code: 'out-of-range', item: 'b-raids-help', value: '7' },
						{ code: 'incomplete-pair', item: 'r-tell-apart' }
					]
				},
				{ line: 11, problems: [{ code: 'column-count', expected: 9, found: 4 }] },
				{ line: 12, problems: [{ code: 'unknown-phase', value: 'during' }] },
				{ line: 13, problems: [{ code: 'not-in-phase', item: 'o-stays-with-you', phase: 'pre' }] }
			]);
		});
	}

	it('keeps the rows before a malformed one, and names its line', async () => {
		const text = [
			'session,phase,pairing_hash,k-movement',
			`s1,pre,${h[1]},city`,
			`s1,pre,${h[2]},ci"ty`,
			`s1,pre,${h[3]},border`
		].join('\n');
		const report = await importResponsesCsv(defaultInstrument, text);
		expect(report.acceptedLines).toEqual([2, 4]);
		expect(report.rejected).toEqual([{ line: 3, problems: [{ code: 'malformed', detail: 'INVALID_OPENING_QUOTE' }] }]);
	});

	it('names an unclosed quote that swallows the rest of the file', async () => {
		const text = [
			'session,phase,pairing_hash,k-movement',
			`s1,pre,${h[1]},city`,
			`s1,pre,${h[2]},"city`,
			`s1,pre,${h[3]},border`
		].join('\n');
		const report = await importResponsesCsv(defaultInstrument, text);
		expect(report.acceptedLines).toEqual([2]);
		expect(report.rejected).toEqual([{ line: 3, problems: [{ code: 'malformed', detail: 'CSV_QUOTE_NOT_CLOSED' }] }]);
	});

	it('refuses a file without its required columns, or without any line', async () => {
		const missing = await importResponsesCsv(defaultInstrument, `session,pairing_hash\ns1,${h[1]}`);
		expect(missing).toMatchObject({ accepted: [], rejected: [], fileProblems: [{ code: 'missing-column', column: 'phase' }] });
		expect((await importResponsesCsv(defaultInstrument, '\uFEFF\r\n \r\n')).fileProblems).toEqual([{ code: 'empty' }]);
		const twice = await importResponsesCsv(
			defaultInstrument,
			`session,phase,pairing_hash,k-movement,k-movement\ns1,pre,${h[1]},city,city`
		);
		expect(twice.fileProblems).toEqual([{ code: 'duplicate-column', column: 'k-movement' }]);
		const badHeader = await importResponsesCsv(defaultInstrument, `session,"phase\ns1,pre`);
		expect(badHeader.fileProblems).toEqual([{ code: 'malformed-header' }]);
		// A malformed header followed by good rows: the first good row must not be taken for the header.
		const skippedHeader = await importResponsesCsv(
			defaultInstrument,
			`ses"sion,phase,pairing_hash\nsession,phase,pairing_hash\ns1,pre,${h[1]}`
		);
		expect(skippedHeader).toMatchObject({ accepted: [], fileProblems: [{ code: 'malformed-header' }] });
	});

	it('hashes participants’ codes with the session’s salt and never keeps them', async () => {
		const text = [
			'session,phase,pairing_code,b-raids-help',
			's1,pre, Marie07 ,4',
			's1,post,MARIE07,2',
			's2,pre,marie07,3',
			's2,post,,3'
		].join('\n');
		const salts: Record<string, string> = { s1: 'salt-of-s1', s2: 'salt-of-s2' };
		const report = await importResponsesCsv(defaultInstrument, text, { salt: (session) => salts[session]! });
		const s1 = await pairingKey('marie07', 'salt-of-s1');
		expect(report.accepted.map((r) => [r.session, r.phase, r.pairing])).toEqual([
			['s1', 'pre', s1],
			['s1', 'post', s1],
			['s2', 'pre', await pairingKey('marie07', 'salt-of-s2')]
		]);
		expect(report.rejected).toEqual([{ line: 5, problems: [{ code: 'missing-pairing' }] }]);
		expect(exportResponsesCsv(defaultInstrument, report.accepted).toLowerCase()).not.toContain('marie');
	});

	it('asks for a salt when the file has codes, and for each session the salt function does not know', async () => {
		const text = 'session,phase,pairing_code\ns1,pre,abc\ns9,pre,abc';
		expect((await importResponsesCsv(defaultInstrument, text)).fileProblems).toEqual([{ code: 'salt-required' }]);
		const report = await importResponsesCsv(defaultInstrument, text, { salt: (session) => (session === 's1' ? 'salt' : '') });
		expect(report.acceptedLines).toEqual([2]);
		expect(report.rejected).toEqual([{ line: 3, problems: [{ code: 'salt-required' }] }]);
	});
});

// Answers as a participant could give them: any option, any rating, and open texts with the
// characters CSV and spreadsheets treat specially.
const tricky = fc.oneof(
	fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
	fc.constantFrom(
		'=1+1',
		"'=x",
		"''+y",
		'-5',
		'@sum',
		'a,b',
		'say "no"',
		'line\nbreak',
		'crlf\r\nbreak',
		"l'été",
		'🌱 ok',
		' padded '
	)
);

function arbitraryAnswers(phase: Phase) {
	const entries = itemsFor(defaultInstrument, phase).map((item): [string, fc.Arbitrary<Answer>] => {
		switch (item.kind) {
			case 'knowledge':
				return [item.id, fc.constantFrom(...item.options.map((o) => o.id))];
			case 'belief':
				return [item.id, fc.integer({ min: 1, max: 5 })];
			case 'retrospective':
				return [item.id, fc.record({ before: fc.integer({ min: 1, max: 5 }), now: fc.integer({ min: 1, max: 5 }) })];
			case 'open':
				return [item.id, tricky];
		}
	});
	return fc.record(Object.fromEntries(entries), { requiredKeys: [] });
}

const arbitraryResponse = fc
	.record({
		session: fc.oneof(fc.constantFrom('s1', '2026-vancouver-03', '+s', 'Séance 4'), fc.string({ minLength: 1, maxLength: 12 })),
		phase: fc.constantFrom('pre' as const, 'post' as const),
		pairing: fc.integer({ min: 0, max: 1_000_000 }).map(key)
	})
	.chain((base) => arbitraryAnswers(base.phase).map((answers) => ({ ...base, answers })))
	.map((input) => validateResponse(defaultInstrument, input))
	.filter((result) => result.ok)
	.map((result) => (result as { ok: true; response: EvaluationResponse }).response);

describe('export then import', () => {
	it('gives back every response unchanged', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.uniqueArray(arbitraryResponse, { selector: (r) => [r.session, r.phase, r.pairing].join('|'), maxLength: 15 }),
				async (responses) => {
					const report = await importResponsesCsv(defaultInstrument, exportResponsesCsv(defaultInstrument, responses));
					expect(report.rejected).toEqual([]);
					expect(report.fileProblems).toEqual([]);
					const order = (r: EvaluationResponse) => [r.session, r.phase, r.pairing].join('|');
					const sort = (list: EvaluationResponse[]) => [...list].sort((a, b) => (order(a) < order(b) ? -1 : 1));
					expect(sort(report.accepted)).toEqual(sort(responses));
				}
			),
			{ numRuns: 150 }
		);
	});

	it('reports the line where each exported row starts, even after answers that span lines', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.uniqueArray(arbitraryResponse, {
					selector: (r) => [r.session, r.phase, r.pairing].join('|'),
					minLength: 1,
					maxLength: 10
				}),
				async (responses) => {
					const csv = exportResponsesCsv(defaultInstrument, responses);
					const report = await importResponsesCsv(defaultInstrument, csv);
					// Read one record from the start of the reported line (lines counted as an editor counts
					// them: CRLF, LF or a lone CR is one break): it must be that response's row.
					const lines = csv.split(/(?<=\r\n|\r(?!\n)|\n)/);
					report.accepted.forEach((response, i) => {
						const rest = lines.slice(report.acceptedLines[i]! - 1).join('');
						const [row] = parse(rest, { to: 1, relax_column_count: true }) as string[][];
						expect(row?.[2]).toBe(response.pairing);
						expect(row?.[1]).toBe(response.phase);
					});
					expect(new Set(report.acceptedLines).size).toBe(responses.length);
					expect(report.acceptedLines[0]).toBe(2);
				}
			),
			{ numRuns: 100 }
		);
	});
});
