/**
 * CSV as RFC 4180 describes it (https://www.rfc-editor.org/rfc/rfc4180): fields quoted when they
 * hold a comma, quote or line break, CRLF between records. A field that a spreadsheet would run as
 * a formula (=, +, -, @, tab, carriage return) is prefixed with an apostrophe, as OWASP advises for
 * CSV injection (https://owasp.org/www-community/attacks/CSV_Injection).
 */
export function csvField(value: string | number | boolean | null | undefined): string {
	let text = value === null || value === undefined ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header row and the records, as one CSV text (with a byte-order mark so spreadsheets read UTF-8). */
export function toCsv(
	header: readonly string[],
	rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>
): string {
	return '\uFEFF' + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
