// The API's checks: parse and validate the request, spend the client's tokens, run the analysis in
// the worker pool under the time budget, and answer with the analyzer's result as it is. Texts,
// excerpts and file names stay in memory for the length of the request: nothing here logs or
// stores them.
import type { RequestEvent } from '@sveltejs/kit';
import { rules, ruleMessages } from '@unconflate/analyzer';
import { formatSize, kindOfFile, EXTENSIONS } from '@unconflate/documents';
import { checkDocumentJson, checkTextJson } from '../check/pool.ts';
import { mediaType, parseJson, readBody } from './body.ts';
import { rateLimit } from './endpoint.ts';
import { ApiProblem, invalidRequest } from './problem.ts';
import { BatchRequestSchema, CheckFormSchema, CheckRequestSchema, type RuleSchema } from './schemas.ts';
import { bodyLimit, settings } from './settings.ts';
import type * as z from 'zod';

/** Checks cost one token; a batch costs one per ten texts. */
const BATCH_ITEMS_PER_TOKEN = 10;

const JSON_TYPES = new Set(['application/json']);

/** The headers of a successful JSON answer. */
export const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } as const;

function json(body: string, headers: Record<string, string> = {}): Response {
	return new Response(body, { headers: { ...JSON_HEADERS, ...headers } });
}

/**
 * Run the request's analysis under its budget: the server's time budget, and the client leaving
 * (its request's signal). A timer cleared at the end rather than AbortSignal.timeout, so that
 * nothing of a finished request (its text included) stays referenced until the budget runs out.
 */
async function withBudget<T>(left: AbortSignal, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
	const controller = new AbortController();
	const timer = setTimeout(
		() => controller.abort(new DOMException('the time budget ran out', 'TimeoutError')),
		settings.timeBudgetMs
	);
	const leave = () => controller.abort(left.reason);
	if (left.aborted) leave();
	else left.addEventListener('abort', leave, { once: true });
	try {
		return await run(controller.signal);
	} catch (error) {
		// One text of a batch failed: the others are stopped rather than left running for nothing.
		controller.abort(error);
		throw error;
	} finally {
		clearTimeout(timer);
		left.removeEventListener('abort', leave);
	}
}

/** A text over the limit is 413; a NUL character means binary data, not text (422). */
function checkTextSize(text: string, where: string): void {
	const bytes = Buffer.byteLength(text, 'utf8');
	if (bytes > settings.maxTextBytes) {
		throw new ApiProblem(
			'too-large',
			`${where} is ${formatSize(bytes)} of UTF-8, over the ${formatSize(settings.maxTextBytes)} limit of this server; split it, or send it as a file (up to ${formatSize(settings.maxFileBytes)}).`,
			{ extensions: { limit: settings.maxTextBytes } }
		);
	}
	if (text.includes('\u0000')) {
		throw new ApiProblem('unreadable-document', `${where} contains a NUL character: binary data, not text.`, {
			extensions: { reason: 'binary' }
		});
	}
}

function unsupportedType(type: string, accepted: string): ApiProblem {
	return new ApiProblem(
		'unsupported-media-type',
		`${type ? `The media type ${type} is` : 'A request without Content-Type is'} not accepted here; send ${accepted}.`,
		{ headers: { 'accept-post': accepted.replaceAll(' or ', ', ') } }
	);
}

function parse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
	const result = schema.safeParse(value);
	if (!result.success) throw invalidRequest(result.error.issues, what);
	return result.data;
}

/** POST /api/v1/check: a JSON text, or a file uploaded as multipart/form-data. */
export async function postCheck(event: RequestEvent): Promise<Response> {
	const type = mediaType(event.request);
	if (!JSON_TYPES.has(type) && type !== 'multipart/form-data') {
		throw unsupportedType(type, 'application/json or multipart/form-data');
	}
	const limits = rateLimit(event);
	const body = await readBody(event.request, bodyLimit);
	if (type === 'multipart/form-data') return json(await checkUpload(event, body), limits);

	return json(await checkJsonBody(body, event.request.signal), limits);
}

/**
 * The analysis of a JSON check request's body, as JSON: validated, within the text limit and the
 * time budget. `left` aborts when the client goes away. Shared by the route above and by the
 * production server's direct route (direct-check.ts).
 */
export async function checkJsonBody(body: Uint8Array, left: AbortSignal): Promise<string> {
	const request = parse(CheckRequestSchema, parseJson(body), 'request');
	checkTextSize(request.text, 'The text');
	return withBudget(left, (signal) => checkTextJson(request.text, { syntax: request.syntax, locale: request.locale, signal }));
}

async function checkUpload(event: RequestEvent, body: Uint8Array): Promise<string> {
	let form: FormData;
	try {
		form = await new Response(body as BodyInit, {
			headers: { 'content-type': event.request.headers.get('content-type') ?? '' }
		}).formData();
	} catch (error) {
		throw new ApiProblem('invalid-form', `The multipart/form-data body is malformed: ${(error as Error).message}.`);
	}
	const files = form.getAll('file');
	const fields: Record<string, string> = {};
	for (const [name, value] of form) {
		if (name !== 'file' && typeof value === 'string') fields[name] = value;
	}
	const file = files[0];
	if (files.length !== 1 || typeof file === 'string' || file === undefined) {
		throw invalidRequest(
			[{ path: ['file'], message: files.length > 1 ? 'send one file per request' : 'a file is required (form field "file")' }],
			'form'
		);
	}
	const options = parse(CheckFormSchema, fields, 'form');
	if (file.size > settings.maxFileBytes) {
		throw new ApiProblem(
			'too-large',
			`The file is ${formatSize(file.size)}, over the ${formatSize(settings.maxFileBytes)} limit of this server.`,
			{ extensions: { limit: settings.maxFileBytes } }
		);
	}
	const kind = kindOfFile(file.name, file.type);
	if (!kind) {
		const extension = /\.([a-z0-9]{1,10})$/i.exec(file.name)?.[1];
		throw new ApiProblem(
			'unsupported-media-type',
			`${extension ? `Files ending in .${extension.toLowerCase()}` : 'Files of this type'} cannot be checked; send one of: ${EXTENSIONS.map((e) => `.${e}`).join(', ')}.`
		);
	}
	const bytes = new Uint8Array(await file.arrayBuffer());
	return withBudget(event.request.signal, (signal) =>
		checkDocumentJson(bytes, kind, { syntax: options.syntax, locale: options.locale, maxSize: settings.maxFileBytes, signal })
	);
}

/** POST /api/v1/check/batch: up to 100 texts, results in the order sent. */
export async function postBatch(event: RequestEvent): Promise<Response> {
	const type = mediaType(event.request);
	if (!JSON_TYPES.has(type)) throw unsupportedType(type, 'application/json');
	const body = await readBody(event.request, bodyLimit);
	const request = parse(BatchRequestSchema, parseJson(body), 'batch');
	const limits = rateLimit(event, Math.ceil(request.items.length / BATCH_ITEMS_PER_TOKEN));
	request.items.forEach((item, i) => checkTextSize(item.text, `items.${i}.text`));
	const results = await withBudget(event.request.signal, (signal) =>
		Promise.all(request.items.map((item) => checkTextJson(item.text, { syntax: item.syntax, locale: request.locale, signal })))
	);
	// Each result is a JSON object: the id goes first, the result's own members follow.
	const parts = results.map((result, i) => `{"id":${JSON.stringify(request.items[i]?.id ?? null)},${result.slice(1)}`);
	return json(`{"results":[${parts.join(',')}]}`, limits);
}

let rulesBody: string | undefined;

/** GET /api/v1/rules: every rule with its message and explanation in English and French. */
export function getRules(): Response {
	rulesBody ??= JSON.stringify({
		rules: rules.map((rule): z.input<typeof RuleSchema> => ({
			id: rule.id,
			category: rule.category,
			severity: rule.severity,
			since: rule.since,
			message: { en: ruleMessages(rule.id, 'en')?.message ?? '', fr: ruleMessages(rule.id, 'fr')?.message ?? '' },
			explanation: {
				en: ruleMessages(rule.id, 'en')?.explanation ?? '',
				fr: ruleMessages(rule.id, 'fr')?.explanation ?? ''
			},
			sources: rule.sources
		}))
	});
	return json(rulesBody, { 'cache-control': 'max-age=3600' });
}
