/** A file is read up to 10 MB (PDF, Word, text, Markdown, HTML). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Text pasted or typed is checked up to 1 MB (UTF-8). */
export const MAX_TEXT_BYTES = 1024 * 1024;

/** Longer texts are checked in a Web Worker so that the page keeps responding. */
export const WORKER_THRESHOLD = 100 * 1024;

/** The file types the page reads, for the file picker's `accept`. */
export const ACCEPT =
	'.txt,.text,.md,.markdown,.html,.htm,.pdf,.docx,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Bytes of a string in UTF-8, without encoding it. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			// A surrogate pair is one code point of four bytes.
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}
