/** Months registration details are kept after their session ends, unless REGISTRATION_RETENTION_MONTHS says otherwise. */
export const DEFAULT_RETENTION_MONTHS = 6;

/**
 * Read REGISTRATION_RETENTION_MONTHS: a whole number of months from 1 to 120; empty for the
 * default; `off` (or 0) keeps registrations until someone deletes them. Anything else stops the
 * server at start with a message naming the variable, rather than keeping data longer than meant.
 */
export function parseRetentionMonths(value: string | undefined): number | null {
	const text = (value ?? '').trim().toLowerCase();
	if (text === '') return DEFAULT_RETENTION_MONTHS;
	if (text === 'off' || text === '0') return null;
	if (!/^\d{1,3}$/.test(text) || Number(text) > 120) {
		throw new Error(`REGISTRATION_RETENTION_MONTHS must be a number of months from 1 to 120, or off (got "${value}")`);
	}
	return Number(text);
}
