import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { analyze } from '@unconflate/analyzer';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { apiConfig } from './config.ts';
import { openApiDocument } from './openapi.ts';
import { PROBLEMS } from './problem.ts';
import { BatchItemSchema, BatchRequestSchema, CheckRequestSchema, CheckResultSchema } from './schemas.ts';

const document = openApiDocument('https://unconflate.example', apiConfig({}));
type Json = Record<string, unknown>;

/** Every `examples` found under a node: media-type examples ({name: {value}}) and JSON Schema examples ([…]). */
function examplesUnder(node: unknown): unknown[] {
	if (node === null || typeof node !== 'object') return [];
	const found: unknown[] = [];
	for (const [key, value] of Object.entries(node)) {
		if (key === 'examples' && Array.isArray(value)) found.push(...value);
		else if (key === 'examples' && value && typeof value === 'object') {
			found.push(...Object.values(value as Record<string, { value: unknown }>).map((e) => e.value));
		} else found.push(...examplesUnder(value));
	}
	return found;
}

describe('the OpenAPI document', () => {
	it('is valid OpenAPI 3.1', async () => {
		const result = await new Validator().validate(structuredClone(document));
		expect(result.errors ?? []).toEqual([]);
		expect(result.valid).toBe(true);
		expect(document['openapi']).toMatch(/^3\.1\./);
	});

	it('describes every endpoint, with component schemas generated from the Zod schemas', () => {
		expect(Object.keys(document['paths'] as Json).sort()).toEqual(['/check', '/check/batch', '/openapi.json', '/rules']);
		const schemas = (document['components'] as { schemas: Record<string, Json> }).schemas;
		for (const id of [
			'CheckRequest',
			'BatchRequest',
			'BatchItem',
			'CheckResult',
			'Finding',
			'Strength',
			'RulesResponse',
			'Problem'
		]) {
			expect(schemas[id], id).toBeDefined();
		}
		// Requests as they are read: syntax and locale have defaults, so only the text is required.
		expect(schemas['CheckRequest']?.['required']).toEqual(['text']);
		expect(schemas['BatchRequest']?.['properties']).toMatchObject({ items: { maxItems: 100, minItems: 1 } });
		// Responses as they are sent: every member is there.
		expect(schemas['CheckResult']?.['required']).toEqual(['verdict', 'score', 'categories', 'findings', 'strengths']);
		expect(JSON.stringify(document)).not.toContain('"$schema"');
		expect(JSON.stringify(document)).not.toContain('"$id"');
		expect(schemas['Finding']?.['description']).toMatch(/conflates/);
	});

	it('has request examples that pass the request schemas', () => {
		const paths = document['paths'] as Record<string, { post?: { requestBody: { content: Json } } }>;
		const cases: Array<[string, z.ZodType]> = [
			['/check', CheckRequestSchema],
			['/check/batch', BatchRequestSchema]
		];
		for (const [path, schema] of cases) {
			const examples = examplesUnder(paths[path]?.post?.requestBody.content['application/json']);
			expect(examples.length, path).toBeGreaterThan(0);
			for (const example of examples) expect(schema.safeParse(example).error, JSON.stringify(example)).toBeUndefined();
		}
		const components = (document['components'] as { schemas: Record<string, Json> }).schemas;
		const componentCases: Array<[string, z.ZodType]> = [
			['CheckRequest', CheckRequestSchema],
			['BatchRequest', BatchRequestSchema],
			['BatchItem', BatchItemSchema]
		];
		for (const [id, schema] of componentCases) {
			for (const example of examplesUnder(components[id])) expect(schema.safeParse(example).success, id).toBe(true);
		}
		expect(examplesUnder(components['CheckRequest']).length).toBeGreaterThan(0);
		expect(examplesUnder(components['BatchRequest']).length).toBeGreaterThan(0);
	});

	it('gives an example for every problem code it names', () => {
		const names = new Set<string>();
		const walk = (node: unknown) => {
			if (node === null || typeof node !== 'object') return;
			for (const [key, value] of Object.entries(node)) {
				if (key === 'application/problem+json')
					for (const name of Object.keys((value as { examples: Json }).examples)) names.add(name);
				else walk(value);
			}
		};
		walk(document['paths']);
		for (const name of names) expect(Object.keys(PROBLEMS), name).toContain(name);
		expect(names).toContain('rate-limited');
		expect(names).toContain('unreadable-document');
	});
});

/** The document's component schemas, compiled as JSON Schema 2020-12 (the dialect of OpenAPI 3.1). */
function jsonSchemaValidator(id: string) {
	// The OpenAPI schema above does not look inside Schema Objects; Ajv checks them against the
	// 2020-12 meta-schema, then validates values with them.
	const ajv = new Ajv2020({ strict: false, allErrors: true });
	ajv.addSchema({ $id: 'https://unconflate.example/openapi.json', components: document['components'] });
	const validate = ajv.getSchema(`https://unconflate.example/openapi.json#/components/schemas/${id}`);
	if (!validate) throw new Error(`no schema ${id}`);
	return validate;
}

describe('the result schema', () => {
	it('accepts what the analyzer returns, findings and strengths included, in Zod and in the generated JSON Schema', () => {
		const validate = jsonSchemaValidator('CheckResult');
		const texts: Array<[string, 'text' | 'markdown' | 'html']> = [
			['We must end sex trafficking and prostitution. No woman chooses prostitution.', 'text'],
			['# Report\n\nSex work is work; trafficking, as the ILO defines it, happens in farming and construction too.', 'markdown'],
			['<p>Police raided massage parlours to <em>rescue</em> victims.</p>', 'html']
		];
		for (const [text, syntax] of texts) {
			const result = analyze(text, { syntax, locale: 'fr' });
			expect(CheckResultSchema.safeParse(result).error).toBeUndefined();
			expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
		}
		expect(validate({ ...analyze('Sex work is work.'), score: 101 })).toBe(false);
		expect(analyze(texts[1]?.[0] ?? '', { syntax: 'markdown' }).strengths.length).toBeGreaterThan(0);
	});
});
