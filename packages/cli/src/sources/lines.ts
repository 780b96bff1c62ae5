/** One line of a byte stream, without its line break. */
export interface Line {
	/** 1-based. */
	number: number;
	/** The line's bytes, or null when it was longer than the limit (its bytes are dropped as they come). */
	bytes: Uint8Array | null;
}

/**
 * Split a byte stream into lines at LF (a CR before it is dropped), holding at most `maxBytes` of
 * one line in memory, so that a corpus of any size runs in bounded memory.
 *
 * Why not node:readline: it decodes with replacement characters, so invalid UTF-8 would pass
 * unnoticed, and it holds a line of any length.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
	let parts: Uint8Array[] = [];
	let length = 0;
	let tooLong = false;
	let number = 0;
	let pending = false;

	const take = (segment: Uint8Array) => {
		pending = true;
		if (tooLong || segment.length === 0) return;
		if (length + segment.length > maxBytes + 1) {
			// +1: room for a CR that the LF will remove.
			tooLong = true;
			parts = [];
			length = 0;
			return;
		}
		parts.push(segment);
		length += segment.length;
	};
	const finish = (): Line => {
		number++;
		let bytes: Uint8Array | null = null;
		if (!tooLong) {
			bytes = parts.length === 1 ? (parts[0] as Uint8Array) : concat(parts, length);
			if (bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, -1);
			if (bytes.length > maxBytes) bytes = null;
		}
		parts = [];
		length = 0;
		tooLong = false;
		pending = false;
		return { number, bytes };
	};

	for await (const chunk of chunks) {
		let start = 0;
		for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
			take(chunk.subarray(start, nl));
			yield finish();
			start = nl + 1;
		}
		if (start < chunk.length) take(chunk.subarray(start));
	}
	if (pending) yield finish();
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
	const out = new Uint8Array(length);
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}
