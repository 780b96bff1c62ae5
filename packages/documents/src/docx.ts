import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import { DocumentError } from './errors.ts';
import { formatSize } from './size.ts';

/** Compression ratio above which an archive is refused as a zip bomb. */
export const MAX_RATIO = 100;
const DOCUMENT = 'word/document.xml';

interface Entry {
	name: string;
	compressedSize: number;
	size: number;
}

/**
 * The paragraphs of a Word document (.docx, ECMA-376): the archive's central directory is read
 * first, and an archive that would unpack to more than the limit, or more than 100 times its
 * compressed size, is refused before anything is inflated. Paragraphs are joined by line breaks.
 */
export function docxText(bytes: Uint8Array, maxSize: number): string {
	if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
		// An OLE compound file: either an encrypted .docx or a legacy .doc.
		throw new DocumentError(
			'encrypted or legacy Word document (not a .docx zip): save it as an unprotected .docx',
			null,
			'encrypted-docx'
		);
	}
	const entries = centralDirectory(bytes);
	const total = entries.reduce((sum, e) => sum + e.size, 0);
	const compressed = entries.reduce((sum, e) => sum + e.compressedSize, 0);
	if (total > maxSize) {
		throw new DocumentError(
			`zip bomb refused: the archive would unpack to ${formatSize(total)}, over the ${formatSize(maxSize)} limit`,
			null,
			'too-large'
		);
	}
	if (total > compressed * MAX_RATIO) {
		throw new DocumentError(
			`zip bomb refused: the archive would unpack to ${Math.round(total / Math.max(compressed, 1))} times its size (limit ${MAX_RATIO})`,
			null,
			'zip-bomb'
		);
	}
	const entry = entries.find((e) => e.name === DOCUMENT);
	if (!entry) throw new DocumentError(`not a Word document: no ${DOCUMENT} in the archive`, null, 'not-docx');

	let xml: Uint8Array | undefined;
	try {
		xml = unzipSync(bytes, { filter: (file) => file.name === DOCUMENT })[DOCUMENT];
	} catch (error) {
		throw new DocumentError(`damaged .docx archive: ${(error as Error).message}`, null, 'damaged-docx');
	}
	if (!xml || xml.length !== entry.size)
		throw new DocumentError(`damaged .docx archive: ${DOCUMENT} does not match its declared size`, null, 'damaged-docx');
	let source: string;
	try {
		source = new TextDecoder('utf-8', { fatal: true }).decode(xml);
	} catch {
		throw new DocumentError(`invalid UTF-8 in ${DOCUMENT}`, null, 'damaged-docx');
	}
	const text = paragraphs(source).join('\n');
	if (text.trim() === '') throw new DocumentError('empty input: the document has no text', null, 'empty');
	return text;
}

/** Paragraphs of WordprocessingML: text runs (`w:t`), tabs and breaks within `w:p`. */
export function paragraphs(xml: string): string[] {
	const out: string[] = [];
	let current: string[] | null = null;
	let inText = 0;
	const parser = new Parser(
		{
			onopentag(name) {
				if (name === 'w:p') current = [];
				else if (name === 'w:t') inText++;
				else if (name === 'w:tab') current?.push('\t');
				else if (name === 'w:br' || name === 'w:cr') current?.push('\n');
			},
			ontext(data) {
				if (inText > 0) current?.push(data);
			},
			onclosetag(name) {
				if (name === 'w:t') inText = Math.max(0, inText - 1);
				else if (name === 'w:p' && current) {
					out.push(current.join(''));
					current = null;
				}
			}
		},
		{ xmlMode: true, decodeEntities: true }
	);
	parser.write(xml);
	parser.end();
	return out;
}

/**
 * Entries of a zip archive from its central directory (APPNOTE.TXT, sections 4.3.12 and 4.3.16),
 * without inflating anything. ZIP64 archives are refused: no Word document needs one.
 */
export function centralDirectory(bytes: Uint8Array): Entry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const notZip = () => new DocumentError('not a valid .docx file (no zip archive found)', null, 'not-docx');
	// End of central directory record: 22 bytes plus a comment of up to 65,535 bytes, at the end.
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
		if (view.getUint32(i, true) === 0x06054b50) {
			end = i;
			break;
		}
	}
	if (end === -1) throw notZip();
	const count = view.getUint16(end + 10, true);
	const size = view.getUint32(end + 12, true);
	const offset = view.getUint32(end + 16, true);
	if (count === 0xffff || offset === 0xffffffff)
		throw new DocumentError('ZIP64 archive refused: not a Word document', null, 'not-docx');
	if (offset + size > end) throw notZip();

	const entries: Entry[] = [];
	let at = offset;
	const decoder = new TextDecoder();
	for (let n = 0; n < count; n++) {
		if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) throw notZip();
		const compressedSize = view.getUint32(at + 20, true);
		const uncompressedSize = view.getUint32(at + 24, true);
		if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff)
			throw new DocumentError('ZIP64 archive refused: not a Word document', null, 'not-docx');
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
		entries.push({ name, compressedSize, size: uncompressedSize });
		at += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}
