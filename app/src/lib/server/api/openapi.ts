// The OpenAPI 3.1 document of /api/v1: component schemas generated from the Zod schemas the server
// validates with (schemas.ts, z.toJSONSchema: JSON Schema 2020-12, the dialect of OpenAPI 3.1),
// paths written by hand. https://spec.openapis.org/oas/v3.1.1
import * as z from 'zod';
import { MAX_BATCH_ITEMS, type ApiConfig } from './config.ts';
import { PROBLEMS, problemType, type ProblemCode } from './problem.ts';
import { apiRegistry, BatchRequestSchema, CheckRequestSchema } from './schemas.ts';

type JsonObject = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Component schemas: requests as they are read (defaults optional), responses as they are sent. */
function componentSchemas(): Record<string, JsonObject> {
	const generate = (io: 'input' | 'output') =>
		z.toJSONSchema(apiRegistry, { io, target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` }).schemas as Record<
			string,
			JsonObject
		>;
	const input = generate('input');
	const output = generate('output');
	const schemas: Record<string, JsonObject> = {};
	for (const [id, schema] of Object.entries({ ...output, ...pick(input, ['CheckRequest', 'BatchRequest', 'BatchItem']) })) {
		// `$id` and `$schema` belong to standalone schemas; components are named by their key.
		const { $schema: _dialect, $id: _uri, id: _id, ...rest } = schema;
		schemas[id] = rest;
	}
	return schemas;
}

function pick<T>(record: Record<string, T>, keys: string[]): Record<string, T> {
	return Object.fromEntries(keys.filter((k) => k in record).map((k) => [k, record[k] as T]));
}

function problemResponse(description: string, codes: ProblemCode[], origin: string, extraHeaders: JsonObject = {}): JsonObject {
	return {
		description: `${description} Codes: ${codes.join(', ')}.`,
		headers: extraHeaders,
		content: {
			'application/problem+json': {
				schema: ref('Problem'),
				examples: Object.fromEntries(
					codes.map((code) => [
						code,
						{
							value: {
								type: problemType(code, origin),
								title: PROBLEMS[code].title,
								status: PROBLEMS[code].status,
								detail: '…',
								code
							}
						}
					])
				)
			}
		}
	};
}

/** The document, for this server's origin and limits. */
export function openApiDocument(
	origin: string,
	config: Pick<ApiConfig, 'maxTextBytes' | 'maxFileBytes' | 'timeBudgetMs'>
): JsonObject {
	const mib = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
	const corsAndLimits = {
		'413': problemResponse('A text or file over this server’s limits.', ['too-large'], origin),
		'429': problemResponse('The client’s rate limit is spent.', ['rate-limited'], origin, {
			'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer', minimum: 1 } }
		}),
		'503': problemResponse(
			`The analysis outlived the ${config.timeBudgetMs} ms time budget, or too many checks are waiting.`,
			['time-budget-exceeded', 'busy'],
			origin
		)
	};
	const common = {
		'400': problemResponse(
			'Malformed JSON or form data, or a request that does not match the schema (`errors` lists the issues).',
			['invalid-json', 'invalid-request', 'invalid-form'],
			origin
		),
		'405': problemResponse('Wrong method; the Allow header lists the right ones.', ['method-not-allowed'], origin),
		'415': problemResponse('A media type or file type this endpoint does not read.', ['unsupported-media-type'], origin)
	};
	return {
		openapi: '3.1.1',
		info: {
			title: 'Unconflate checker API',
			version: '1.0.0',
			summary:
				'Finds where a text conflates sex work and human trafficking, explains why with sources, and proposes better wording.',
			description:
				`Texts are analysed in memory and never stored or logged. Limits of this server: texts up to ${mib(config.maxTextBytes)} of UTF-8, ` +
				`files up to ${mib(config.maxFileBytes)}, ${MAX_BATCH_ITEMS} texts per batch, ${config.timeBudgetMs} ms of analysis per request. ` +
				`Guide with examples: ${origin}/en/check/api (français : ${origin}/fr/verifier/api).`,
			license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' }
		},
		servers: [{ url: `${origin}/api/v1` }],
		paths: {
			'/check': {
				post: {
					operationId: 'check',
					summary: 'Check one text or one file',
					description:
						'Send JSON (`text`, optional `syntax` and `locale`), or upload a file as multipart/form-data (field `file`: .txt, .md, .html, .pdf or .docx; optional fields `syntax` and `locale`). The answer is the analyzer’s result.',
					requestBody: {
						required: true,
						content: {
							'application/json': {
								schema: ref('CheckRequest'),
								examples: examplesOf(CheckRequestSchema)
							},
							'multipart/form-data': {
								schema: {
									type: 'object',
									required: ['file'],
									properties: {
										file: { type: 'string', contentMediaType: 'application/octet-stream', description: 'The document.' },
										syntax: {
											...ref('Syntax'),
											description: 'Overrides the syntax guessed from the file name (text files only).'
										},
										locale: ref('Locale')
									}
								},
								encoding: {
									file: {
										contentType:
											'text/plain, text/markdown, text/html, application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document'
									}
								}
							}
						}
					},
					responses: {
						'200': { description: 'The result.', content: { 'application/json': { schema: ref('CheckResult') } } },
						...common,
						...corsAndLimits,
						'422': problemResponse(
							'A document that cannot be read (`reason` names why: encrypted-pdf, zip-bomb, invalid-utf8, binary, …).',
							['unreadable-document'],
							origin
						)
					}
				}
			},
			'/check/batch': {
				post: {
					operationId: 'checkBatch',
					summary: `Check up to ${MAX_BATCH_ITEMS} texts`,
					description:
						'One result per item, in the order sent, each with the id you gave it. A batch spends one rate-limit token per ten texts.',
					requestBody: {
						required: true,
						content: { 'application/json': { schema: ref('BatchRequest'), examples: examplesOf(BatchRequestSchema) } }
					},
					responses: {
						'200': { description: 'The results.', content: { 'application/json': { schema: ref('BatchResponse') } } },
						...common,
						...corsAndLimits,
						'422': problemResponse('A text that contains binary data.', ['unreadable-document'], origin)
					}
				}
			},
			'/rules': {
				get: {
					operationId: 'listRules',
					summary: 'List the rules',
					responses: {
						'200': {
							description: 'Every rule, in English and French.',
							content: { 'application/json': { schema: ref('RulesResponse') } }
						}
					}
				}
			},
			'/openapi.json': {
				get: {
					operationId: 'openApiDocument',
					summary: 'This document',
					responses: { '200': { description: 'The OpenAPI 3.1 document.', content: { 'application/json': {} } } }
				}
			}
		},
		components: { schemas: componentSchemas() }
	};
}

function examplesOf(schema: z.ZodType): JsonObject {
	const listed: unknown = z.globalRegistry.get(schema)?.examples;
	const examples = Array.isArray(listed) ? (listed as unknown[]) : [];
	return Object.fromEntries(examples.map((value, i) => [`example-${i + 1}`, { value }]));
}
