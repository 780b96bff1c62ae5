/** One CSV field (RFC 4180), with a leading =, +, - or @ neutralised so spreadsheets never run it as a formula (OWASP "CSV injection"). */
export function csvField(value: string | number | null | undefined): string {
	let text = value === null || value === undefined ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text with CRLF line ends, as RFC 4180 says. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
	return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
