/** Why a document cannot be read: a stable code for programs and translations, a sentence for people. */
export type DocumentErrorCode =
	| 'binary'
	| 'invalid-utf8'
	| 'empty'
	| 'too-large'
	| 'zip-bomb'
	| 'not-pdf'
	| 'encrypted-pdf'
	| 'unreadable-pdf'
	| 'no-text-layer'
	| 'not-docx'
	| 'encrypted-docx'
	| 'damaged-docx'
	| 'unsupported';

/** A document that cannot be read, with the reason (and, for text, the 1-based line where it goes wrong). */
export class DocumentError extends Error {
	readonly code: DocumentErrorCode;
	readonly line: number | null;
	constructor(message: string, line: number | null = null, code: DocumentErrorCode = 'unsupported') {
		super(message);
		this.name = 'DocumentError';
		this.code = code;
		this.line = line;
	}
}
