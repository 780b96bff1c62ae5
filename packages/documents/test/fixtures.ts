// Documents made on the spot for tests (CLI, API, browser): nothing binary is kept in the repository.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A minimal Word document (ECMA-376 WordprocessingML): one `w:p` per paragraph. */
export function docx(paragraphs: string[], extra: Zippable = {}): Uint8Array {
	const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join('');
	const document =
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
		'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
		`<w:body>${body}</w:body></w:document>`;
	const contentTypes =
		'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
		'<Default Extension="xml" ContentType="application/xml"/>' +
		'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
	return zipSync({ '[Content_Types].xml': strToU8(contentTypes), 'word/document.xml': strToU8(document), ...extra });
}

/** A zip bomb dressed as a .docx: megabytes of zeros that deflate to a few kilobytes. */
export function docxBomb(megabytes = 20): Uint8Array {
	return zipSync({ 'word/document.xml': new Uint8Array(megabytes * 1024 * 1024) }, { level: 9 });
}

/** A PDF with a text layer: one page per entry, one line per string. */
export async function pdf(pages: string[][]): Promise<Uint8Array> {
	const document = await PDFDocument.create();
	const font = await document.embedFont(StandardFonts.Helvetica);
	for (const lines of pages) {
		const page = document.addPage();
		lines.forEach((line, i) => page.drawText(line, { x: 50, y: 750 - i * 20, size: 11, font }));
	}
	return document.save();
}

/**
 * A PDF encrypted with the standard security handler (ISO 32000-1, 7.6.3) whose user password is
 * not empty: PDF.js cannot open it without one.
 */
export function encryptedPdf(): string {
	return [
		'%PDF-1.4',
		'1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
		'2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
		`3 0 obj << /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >> endobj`,
		`trailer << /Root 1 0 R /Encrypt 3 0 R /ID [<${'33'.repeat(16)}><${'33'.repeat(16)}>] >>`,
		'%%EOF',
		''
	].join('\n');
}
