import { docxText } from './docx.ts';
import { DocumentError } from './errors.ts';
import { pdfText } from './pdf.ts';
import { formatSize } from './size.ts';
import { decodeText } from './text.ts';

export { centralDirectory, docxText, MAX_RATIO, paragraphs } from './docx.ts';
export { DocumentError, type DocumentErrorCode } from './errors.ts';
export { pdfText } from './pdf.ts';
export { formatSize } from './size.ts';
export { decodeText, invalidUtf8At, lineAt } from './text.ts';

/** What a document is: the analyzer's three syntaxes, and two formats read to plain text. */
export type DocumentKind = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';
export type Syntax = 'text' | 'markdown' | 'html';

const BY_EXTENSION: Record<string, DocumentKind> = {
	txt: 'text',
	text: 'text',
	md: 'markdown',
	markdown: 'markdown',
	html: 'html',
	htm: 'html',
	pdf: 'pdf',
	docx: 'docx'
};

const BY_MEDIA_TYPE: Record<string, DocumentKind> = {
	'text/plain': 'text',
	'text/markdown': 'markdown',
	'text/x-markdown': 'markdown',
	'text/html': 'html',
	'application/xhtml+xml': 'html',
	'application/pdf': 'pdf',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx'
};

/** Extensions of the documents that can be read, for file pickers and messages. */
export const EXTENSIONS = Object.keys(BY_EXTENSION);

/**
 * What a file is, from its name's extension, else its media type; null when neither is one we
 * read. The extension wins because browsers often send `application/octet-stream` for .md files.
 */
export function kindOfFile(name: string, mediaType = ''): DocumentKind | null {
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	if (extension && BY_EXTENSION[extension]) return BY_EXTENSION[extension];
	return BY_MEDIA_TYPE[mediaType.split(';')[0]?.trim().toLowerCase() ?? ''] ?? null;
}

/**
 * Read a document to the text the analyzer checks, and the syntax to check it in. Refuses, with
 * a DocumentError naming the reason, a document over `maxSize` bytes (a .docx that would unpack
 * to more, too), binary data, invalid UTF-8, empty text, and unreadable, encrypted or image-only
 * files.
 */
export async function readDocument(
	bytes: Uint8Array,
	kind: DocumentKind,
	options: { maxSize: number }
): Promise<{ text: string; syntax: Syntax }> {
	if (bytes.length > options.maxSize) {
		throw new DocumentError(
			`the document is ${formatSize(bytes.length)}, over the ${formatSize(options.maxSize)} limit`,
			null,
			'too-large'
		);
	}
	if (kind === 'pdf') return { text: await pdfText(bytes), syntax: 'text' };
	if (kind === 'docx') return { text: docxText(bytes, options.maxSize), syntax: 'text' };
	return { text: decodeText(bytes), syntax: kind };
}
