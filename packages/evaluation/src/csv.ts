import { parse, type CsvError } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { phases, type Instrument, type Item } from './instrument.ts';
import { pairingKey } from './pairing.ts';
import { validateResponse, type Answer, type EvaluationResponse, type ResponseProblem } from './responses.ts';

/**
 * Anonymised raw data as CSV, and past evaluations read back from CSV.
 *
 * One row per questionnaire: `session`, `phase` (pre or post), `pairing_hash`, then one column per
 * item in the instrument's order. A knowledge answer is its option id, a belief answer its rating
 * (1–5, as answered), an open answer its text; a retrospective item has two columns,
 * `<id>.before` and `<id>.now`. An empty cell is no answer. No name, email, time or address is
 * ever part of it, and rows are sorted (session, phase, key) so their order says nothing about
 * who answered first.
 *
 * Kept apart from the package's main entry (`@unconflate/evaluation/csv`) because csv-parse and
 * csv-stringify use Node's `Buffer`: the server imports this, browsers need not.
 */

/** The columns before the items. */
export const fixedColumns = ['session', 'phase', 'pairing_hash'] as const;
/** The alternative to `pairing_hash` in an imported file: participants' codes, hashed on import and never kept. */
export const codeColumn = 'pairing_code';

// A cell a spreadsheet could take for a formula, possibly behind apostrophes; and its inverse.
const escapeFormula = (value: string) => (/^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value);
const unescapeFormula = (value: string) => (/^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

/** The CSV column(s) of an item. */
export function itemColumns(item: Item): string[] {
	return item.kind === 'retrospective' ? [`${item.id}.before`, `${item.id}.now`] : [item.id];
}

function cells(item: Item, answer: Answer | undefined): string[] {
	if (item.kind === 'retrospective') {
		const pair = answer as { before: number; now: number } | undefined;
		return pair ? [String(pair.before), String(pair.now)] : ['', ''];
	}
	return [answer === undefined ? '' : String(answer)];
}

/**
 * The responses as CSV (UTF-8 with a byte-order mark, so that spreadsheets read accents; CRLF line
 * ends as RFC 4180 says). A cell that starts with =, +, -, @, tab or carriage return (after any
 * apostrophes) gets one more apostrophe in front, so that a spreadsheet never runs an answer as a
 * formula (OWASP, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection);
 * `importResponsesCsv` removes exactly that apostrophe, so export then import gives back every
 * answer unchanged (csv-stringify's own `escape_formulas` would not: it leaves "'=x" alone, which
 * would then read back as "=x").
 */
export function exportResponsesCsv(instrument: Instrument, responses: readonly EvaluationResponse[]): string {
	const header = [...fixedColumns, ...instrument.items.flatMap(itemColumns)];
	const phaseOrder = (phase: string) => phases.indexOf(phase as (typeof phases)[number]);
	const sorted = [...responses].sort(
		(a, b) =>
			a.session.localeCompare(b.session, 'en') ||
			phaseOrder(a.phase) - phaseOrder(b.phase) ||
			(a.pairing < b.pairing ? -1 : a.pairing > b.pairing ? 1 : 0)
	);
	const rows = sorted.map((response) => [
		response.session,
		response.phase,
		response.pairing,
		...instrument.items.flatMap((item) => cells(item, response.answers[item.id]))
	]);
	return stringify([header, ...rows.map((row) => row.map(escapeFormula))], { bom: true, record_delimiter: 'windows' });
}

/**
 * A problem with the file as a whole. All but `unknown-columns` are fatal: no row is read (a
 * malformed header would otherwise let the first row stand in for it).
 */
export type FileProblem =
	| { code: 'empty' }
	| { code: 'malformed-header' }
	| { code: 'missing-column'; column: string }
	| { code: 'duplicate-column'; column: string }
	| { code: 'unknown-columns'; columns: string[] }
	| { code: 'salt-required' };

/** Why a row was refused: a response problem, or one only a file can have. */
export type RowProblem =
	| ResponseProblem
	| { code: 'duplicate'; firstLine: number }
	| { code: 'column-count'; expected: number; found: number }
	| { code: 'malformed'; detail: string }
	| { code: 'salt-required' };

/** A refused row: its line in the file (1-based, where the row starts) and every reason. */
export interface RejectedRow {
	line: number;
	problems: RowProblem[];
}

/** The outcome of an import: the rows accepted, and every row refused with its line and reasons. */
export interface ImportReport {
	accepted: EvaluationResponse[];
	/** The line of each accepted response, in the same order. */
	acceptedLines: number[];
	rejected: RejectedRow[];
	/** Problems with the file as a whole; any but `unknown-columns` means no row was read. */
	fileProblems: FileProblem[];
}

/** Options of `importResponsesCsv`. */
export interface ImportOptions {
	/**
	 * The salt for a `pairing_code` column (a string, or a function of the session code for
	 * per-session salts). Not needed when the file has `pairing_hash`.
	 */
	salt?: string | ((session: string) => string);
}

/** Byte offsets of line ends (the last byte of each \n, \r\n or lone \r), to turn parser offsets into lines. */
function lineEnds(bytes: Uint8Array): number[] {
	const ends: number[] = [];
	for (let i = 0; i < bytes.length; i++) {
		if (bytes[i] === 0x0a) ends.push(i);
		else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) ends.push(i);
	}
	return ends;
}

/** The 1-based line holding byte `offset`. */
function lineAt(ends: readonly number[], offset: number): number {
	let low = 0;
	let high = ends.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (ends[mid]! < offset) low = mid + 1;
		else high = mid;
	}
	return low + 1;
}

const breaksIn = (text: string) => (text.match(/\r\n|\r|\n/g) ?? []).length;

interface ParsedRecord {
	record: string[];
	info: { bytes: number };
}

/**
 * Reads past evaluations from CSV (the format `exportResponsesCsv` writes; `pairing_code` may stand
 * in for `pairing_hash`, with a salt). Every row is checked against the instrument; a row with any
 * problem (unknown item, value out of range, missing pairing code, duplicate of an earlier row's
 * session, phase and key, malformed CSV) is refused and reported with its line and every reason,
 * and the valid rows are accepted. A byte-order mark, CRLF or LF line ends, blank lines and
 * surrounding spaces in cells are all accepted.
 */
export async function importResponsesCsv(
	instrument: Instrument,
	text: string,
	options: ImportOptions = {}
): Promise<ImportReport> {
	const report: ImportReport = { accepted: [], acceptedLines: [], rejected: [], fileProblems: [] };
	const bytes = new TextEncoder().encode(text);
	const ends = lineEnds(bytes);
	const malformed: RejectedRow[] = [];
	const records = parse(text, {
		bom: true,
		info: true,
		relax_column_count: true,
		skip_empty_lines: true,
		skip_records_with_error: true,
		on_skip: (error: CsvError | undefined) => {
			if (error)
				malformed.push({
					line: lineAt(ends, Math.max(0, Number(error.bytes ?? 1) - 1)),
					problems: [{ code: 'malformed', detail: error.code }]
				});
		}
	}) as unknown as ParsedRecord[];
	// A record's line is where it starts: the line of its last byte (before its own line end), less
	// the line breaks inside its cells.
	const startLine = (entry: ParsedRecord) => {
		let last = entry.info.bytes - 1;
		if (bytes[last] === 0x0a) last--;
		if (bytes[last] === 0x0d) last--;
		return lineAt(ends, Math.max(0, last)) - entry.record.reduce((sum, cell) => sum + breaksIn(cell), 0);
	};

	const blank = (record: string[]) => record.every((cell) => cell.trim() === '');
	const rows = records.filter((entry) => !blank(entry.record));
	const headerEntry = rows.shift();
	if (!headerEntry) {
		report.fileProblems.push({ code: malformed.length > 0 ? 'malformed-header' : 'empty' });
		return report;
	}
	const header = headerEntry.record.map((cell) => cell.trim());
	const headerLine = startLine(headerEntry);
	if (malformed.some((row) => row.line <= headerLine)) {
		// The first line that could be read is not the header: reading on would take a row for it.
		report.fileProblems.push({ code: 'malformed-header' });
		return report;
	}

	// Columns: the fixed ones, then items (a retrospective item's two columns may come in any order).
	const seen = new Set<string>();
	for (const column of header) {
		if (seen.has(column) && column !== '') report.fileProblems.push({ code: 'duplicate-column', column });
		seen.add(column);
	}
	const usesCodes = !seen.has('pairing_hash') && seen.has(codeColumn);
	const required = ['session', 'phase', usesCodes ? codeColumn : 'pairing_hash'];
	for (const column of required) if (!seen.has(column)) report.fileProblems.push({ code: 'missing-column', column });
	if (usesCodes && options.salt === undefined) report.fileProblems.push({ code: 'salt-required' });
	const columnItem = new Map<string, { item: Item; part?: 'before' | 'now' }>();
	for (const item of instrument.items) {
		if (item.kind === 'retrospective') {
			columnItem.set(`${item.id}.before`, { item, part: 'before' });
			columnItem.set(`${item.id}.now`, { item, part: 'now' });
		} else columnItem.set(item.id, { item });
	}
	const known = new Set<string>([...fixedColumns, codeColumn]);
	const unknown = header.filter((column) => column !== '' && !known.has(column) && !columnItem.has(column));
	if (unknown.length > 0) report.fileProblems.push({ code: 'unknown-columns', columns: unknown });
	if (report.fileProblems.some((p) => p.code === 'missing-column' || p.code === 'salt-required' || p.code === 'duplicate-column'))
		return report;

	const firstLineOf = new Map<string, number>();
	const checked: RejectedRow[] = [...malformed];
	for (const entry of rows) {
		const line = startLine(entry);
		const problems: RowProblem[] = [];
		if (entry.record.length !== header.length) {
			checked.push({ line, problems: [{ code: 'column-count', expected: header.length, found: entry.record.length }] });
			continue;
		}
		const cell = (column: string) => {
			const index = header.indexOf(column);
			return index < 0 ? '' : unescapeFormula(entry.record[index]!.trim());
		};
		const answers: { [item: string]: unknown } = {};
		header.forEach((column, index) => {
			const value = unescapeFormula(entry.record[index]!.trim());
			if (known.has(column) || value === '') return;
			const target = columnItem.get(column);
			if (!target) {
				problems.push({ code: 'unknown-item', item: column });
				return;
			}
			const { item, part } = target;
			if (item.kind === 'knowledge' || item.kind === 'open') answers[item.id] = value;
			else {
				const number = /^[+-]?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
				if (Number.isNaN(number)) problems.push({ code: 'out-of-range', item: item.id, value });
				else if (part) answers[item.id] = { ...(answers[item.id] as object | undefined), [part]: number };
				else answers[item.id] = number;
			}
		});
		const session = cell('session');
		let pairing = cell('pairing_hash');
		if (usesCodes) {
			const code = cell(codeColumn);
			const salt = typeof options.salt === 'function' ? options.salt(session) : options.salt;
			if (code === '') pairing = '';
			else if (!salt) {
				checked.push({ line, problems: [...problems, { code: 'salt-required' }] });
				continue;
			} else pairing = await pairingKey(code, salt).catch(() => '');
		}
		const result = validateResponse(instrument, { session, phase: cell('phase'), pairing, answers });
		if (!result.ok) problems.push(...result.problems);
		if (problems.length > 0 || !result.ok) {
			checked.push({ line, problems });
			continue;
		}
		const slot = JSON.stringify([result.response.session, result.response.phase, result.response.pairing]);
		const first = firstLineOf.get(slot);
		if (first !== undefined) {
			checked.push({ line, problems: [{ code: 'duplicate', firstLine: first }] });
			continue;
		}
		firstLineOf.set(slot, line);
		report.accepted.push(result.response);
		report.acceptedLines.push(line);
	}
	report.rejected = checked.sort((a, b) => a.line - b.line);
	return report;
}
