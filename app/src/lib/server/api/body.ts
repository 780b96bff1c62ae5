import { formatSize, invalidUtf8At } from '@unconflate/documents';
import { ApiProblem } from './problem.ts';

/** The media type of a request, lower-case, without parameters. */
export function mediaType(request: Request): string {
	return mediaTypeOf(request.headers.get('content-type'));
}

/** The media type of a Content-Type value, lower-case, without parameters. */
export function mediaTypeOf(contentType: string | null | undefined): string {
	return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Read a request body up to `limit` bytes. A body announced or found larger is refused (413)
 * without reading the rest; so is one the server's own body limit stopped (BODY_SIZE_LIMIT).
 */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
	const announced = Number(request.headers.get('content-length'));
	if (Number.isFinite(announced) && announced > limit) throw tooLargeBody(announced, limit);
	if (!request.body) return new Uint8Array(0);
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			// Not cancelled: cancelling the stream destroys the socket before the 413 is sent. SvelteKit
			// discards what is left once the answer is out.
			if (size > limit) throw tooLargeBody(size, limit, true);
			chunks.push(value);
		}
	} catch (error) {
		if (error instanceof ApiProblem) throw error;
		// adapter-node's BODY_SIZE_LIMIT (SvelteKitError 413) ends the stream with an error.
		if ((error as { status?: number } | null)?.status === 413) throw tooLargeBody(size, limit, true);
		throw new ApiProblem('invalid-request', 'The request body could not be read to its end.');
	}
	if (chunks.length === 1) return chunks[0] as Uint8Array;
	const body = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		body.set(chunk, at);
		at += chunk.byteLength;
	}
	return body;
}

export function tooLargeBody(size: number, limit: number, atLeast = false): ApiProblem {
	return new ApiProblem(
		'too-large',
		`The request body is ${atLeast ? 'over ' : ''}${formatSize(size)}, over the ${formatSize(limit)} this server reads.`,
		{ extensions: { limit } }
	);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** A JSON body: UTF-8 (RFC 8259), else 422 naming the byte; malformed JSON is a 400 naming the error. */
export function parseJson(body: Uint8Array): unknown {
	let text: string;
	try {
		text = decoder.decode(body);
	} catch {
		const at = invalidUtf8At(body);
		throw new ApiProblem(
			'unreadable-document',
			`The request body is not valid UTF-8 (byte ${at + 1}); JSON must be sent as UTF-8.`,
			{
				extensions: { reason: 'invalid-utf8' }
			}
		);
	}
	if (text.trim() === '')
		throw new ApiProblem('invalid-json', 'The request body is empty; send a JSON object such as {"text": "…"}.');
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new ApiProblem('invalid-json', `The request body is not valid JSON: ${(error as Error).message}.`);
	}
}
