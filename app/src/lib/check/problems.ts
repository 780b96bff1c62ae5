import type { DocumentErrorCode } from '@unconflate/documents';
import type { Locale } from '#lib/i18n/locales.ts';
import { m } from '#lib/paraglide/messages.js';
import { MAX_TEXT_BYTES, utf8Length } from './limits.ts';

/** Why a text or file could not be checked: stable codes, translated for readers by `problemMessage`. */
export type Problem =
	| 'empty'
	| 'text-too-large'
	| 'file-too-large'
	| 'binary'
	| 'invalid-utf8'
	| 'unsupported'
	| 'encrypted-pdf'
	| 'unreadable-pdf'
	| 'no-text-layer'
	| 'encrypted-docx'
	| 'damaged-docx'
	| 'zip-bomb'
	| 'stale'
	| 'timeout'
	| 'busy'
	| 'failed';

/** The page's problem for a document that could not be read. */
export function problemOfDocument(code: DocumentErrorCode): Problem {
	switch (code) {
		case 'too-large':
			return 'file-too-large';
		case 'not-pdf':
			return 'unreadable-pdf';
		case 'not-docx':
			return 'damaged-docx';
		case 'binary':
		case 'invalid-utf8':
		case 'empty':
		case 'zip-bomb':
		case 'encrypted-pdf':
		case 'unreadable-pdf':
		case 'no-text-layer':
		case 'encrypted-docx':
		case 'damaged-docx':
		case 'unsupported':
			return code;
	}
}

/** Refuse text that cannot be checked: nothing but spaces, over 1 MB, or binary data (a NUL). */
export function textProblem(text: string): Problem | null {
	if (text.trim() === '') return 'empty';
	if (utf8Length(text) > MAX_TEXT_BYTES) return 'text-too-large';
	if (text.includes('\u0000')) return 'binary';
	return null;
}

/** "1.5 MB" / "1,5 Mo": a size for readers. */
export function formatBytes(bytes: number, locale: Locale): string {
	const units = locale === 'fr' ? ['octets', 'Ko', 'Mo', 'Go'] : ['bytes', 'KB', 'MB', 'GB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 }).format(value);
	return `${number} ${units[unit]}`;
}

/** What went wrong and what to do, in the reader's language. `size` is the byte count, for size problems. */
export function problemMessage(problem: Problem, locale: Locale, size = 0): string {
	const options = { locale };
	switch (problem) {
		case 'empty':
			return m.check_problem_empty({}, options);
		case 'text-too-large':
			return m.check_problem_text_too_large({ size: formatBytes(size, locale) }, options);
		case 'file-too-large':
			return m.check_problem_file_too_large({}, options);
		case 'binary':
			return m.check_problem_binary({}, options);
		case 'invalid-utf8':
			return m.check_problem_invalid_utf8({}, options);
		case 'unsupported':
			return m.check_problem_unsupported({}, options);
		case 'encrypted-pdf':
			return m.check_problem_encrypted_pdf({}, options);
		case 'unreadable-pdf':
			return m.check_problem_unreadable_pdf({}, options);
		case 'no-text-layer':
			return m.check_problem_no_text_layer({}, options);
		case 'encrypted-docx':
			return m.check_problem_encrypted_docx({}, options);
		case 'damaged-docx':
			return m.check_problem_damaged_docx({}, options);
		case 'zip-bomb':
			return m.check_problem_zip_bomb({}, options);
		case 'stale':
			return m.check_problem_stale({}, options);
		case 'timeout':
			return m.check_problem_timeout({}, options);
		case 'busy':
			return m.check_problem_busy({}, options);
		case 'failed':
			return m.check_problem_failed({}, options);
	}
}
