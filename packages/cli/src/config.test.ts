import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '@unconflate/analyzer';
import { afterEach, describe, expect, test } from 'vitest';
import { workspace } from '../test/helpers.ts';
import { ConfigError, disabledBy, findConfig, loadConfig } from './config.ts';

let cleanup = () => {};
afterEach(() => cleanup());

function configFile(content: unknown): string {
	const ws = workspace({ '.unconflaterc.json': typeof content === 'string' ? content : JSON.stringify(content) });
	cleanup = ws.cleanup;
	return ws.path('.unconflaterc.json');
}

function errorOf(path: string): string {
	try {
		loadConfig(path);
	} catch (error) {
		if (error instanceof ConfigError) return error.message;
		throw error;
	}
	return 'no error';
}

describe('loadConfig', () => {
	test('accepts rules and categories set off or on', () => {
		const config = loadConfig(
			configFile({ rules: { 'no-one-chooses': 'off' }, categories: { 'stigma-terms': 'off', numbers: 'on' } })
		);
		expect(config.rules).toEqual({ 'no-one-chooses': 'off' });
	});

	test('names unknown rule ids and categories', () => {
		const message = errorOf(configFile({ rules: { 'no-such-rule': 'off' }, categories: { nonsense: 'off' } }));
		expect(message).toMatch(/unknown rule "no-such-rule"/);
		expect(message).toMatch(/unknown category "nonsense"/);
	});

	test('refuses values other than off and on, and unknown keys', () => {
		expect(errorOf(configFile({ rules: { 'no-one-chooses': 'warn' } }))).toMatch(/rules\.no-one-chooses/);
		expect(errorOf(configFile({ ignore: ['x'] }))).toMatch(/ignore/);
	});

	test('refuses malformed JSON and a missing file', () => {
		expect(errorOf(configFile('{ "rules": '))).toMatch(/malformed JSON/);
		expect(errorOf('/no/such/dir/.unconflaterc.json')).toMatch(/no such file/);
	});
});

describe('findConfig', () => {
	test('finds the nearest config from a subfolder upward', () => {
		const ws = workspace({ '.unconflaterc.json': '{}', 'a/b/file.txt': 'x' });
		cleanup = ws.cleanup;
		expect(findConfig(ws.path('a/b'))).toBe(ws.path('.unconflaterc.json'));
		writeFileSync(join(ws.path('a'), '.unconflaterc.json'), '{}');
		expect(findConfig(ws.path('a/b'))).toBe(ws.path('a/.unconflaterc.json'));
	});
});

describe('disabledBy', () => {
	test('turns off rules and categories set off', () => {
		expect(
			disabledBy({ rules: { 'no-one-chooses': 'off', 'so-called-sex-work': 'on' }, categories: { numbers: 'off' } }).sort()
		).toEqual(['no-one-chooses', 'numbers'].sort());
	});

	test('keeps a rule set on inside a category set off', () => {
		const inStigma = rules.filter((r) => r.category === 'stigma-terms').map((r) => r.id);
		const kept = inStigma[0] as string;
		const disabled = disabledBy({ categories: { 'stigma-terms': 'off' }, rules: { [kept]: 'on' } });
		expect(disabled).not.toContain('stigma-terms');
		expect(disabled).not.toContain(kept);
		expect(disabled.sort()).toEqual(inStigma.filter((id) => id !== kept).sort());
	});
});
