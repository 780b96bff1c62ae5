import { extractText, getDocumentProxy } from 'unpdf';
import { DocumentError } from './errors.ts';

/**
 * The text layer of a PDF, page after page (a blank line between pages), with PDF.js as unpdf
 * bundles it: no network, no canvas. Encrypted, damaged and scanned (image-only) PDFs are refused.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
	if (!startsWithPdfHeader(bytes)) throw new DocumentError('not a PDF file (no %PDF header)', null, 'not-pdf');
	let document;
	try {
		// A copy: PDF.js transfers the buffer it is given.
		document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, disableFontFace: true, useSystemFonts: false });
	} catch (error) {
		throw pdfFailure(error);
	}
	try {
		const { text } = await extractText(document, { mergePages: false });
		const joined = text.map((page) => page.trim()).join('\n\n');
		if (joined.trim() === '')
			throw new DocumentError('no text layer (a scanned PDF?): run OCR on it first', null, 'no-text-layer');
		return joined;
	} catch (error) {
		throw pdfFailure(error);
	} finally {
		await document.loadingTask.destroy();
	}
}

function pdfFailure(error: unknown): DocumentError {
	if (error instanceof DocumentError) return error;
	const name = error instanceof Error ? error.name : '';
	if (name === 'PasswordException')
		return new DocumentError('encrypted PDF (password-protected): remove the password first', null, 'encrypted-pdf');
	const message = error instanceof Error ? error.message : String(error);
	return new DocumentError(`unreadable PDF: ${message}`, null, 'unreadable-pdf');
}

function startsWithPdfHeader(bytes: Uint8Array): boolean {
	// The header may follow a few bytes of junk (ISO 32000-1, annex H.3): look in the first 1024.
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
	return head.includes('%PDF-');
}
