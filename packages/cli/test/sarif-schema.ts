import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// The official SARIF 2.1.0 schema (OASIS Standard with errata 01), copied from the OASIS SARIF TC's
// repository https://github.com/oasis-tcs/sarif-spec, file Schemata/sarif-schema-2.1.0.json at commit
// 0a8091f7d4057e57b6d8d9b56129e5f918747b34, reformatted by Prettier (whitespace only). Its "$schema" is
// JSON Schema draft-04, which Ajv 8 validates through ajv-draft-04.
const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
// Both are CommonJS modules whose `exports.default` is the class (or plugin) itself.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

/** Schema errors of a SARIF log (none when valid), for readable test failures. */
export function sarifErrors(log: unknown): unknown[] {
	return validate(log) ? [] : (validate.errors ?? []);
}
