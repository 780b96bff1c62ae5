import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CATEGORIES, rules } from '@unconflate/analyzer';
import { z } from 'zod';

/** The config file's name, looked up from the current folder upward. */
export const CONFIG_NAME = '.unconflaterc.json';

const toggle = z.enum(['off', 'on']);

/** `.unconflaterc.json`: rules and categories turned off (or back on). */
export const configSchema = z.strictObject({
	$schema: z.string().optional(),
	/** Rule id → "off" | "on". */
	rules: z.record(z.string(), toggle).optional(),
	/** Category → "off" | "on". A rule set "on" stays on inside a category set "off". */
	categories: z.record(z.string(), toggle).optional()
});

export type Config = z.infer<typeof configSchema>;

/** A config file that cannot be used: a usage error (exit 2). */
export class ConfigError extends Error {
	readonly path: string;
	constructor(path: string, reason: string) {
		super(reason);
		this.name = 'ConfigError';
		this.path = path;
	}
}

/** The nearest `.unconflaterc.json` from `cwd` up to the file system's root, or null. */
export function findConfig(cwd: string): string | null {
	for (let dir = resolve(cwd); ; dir = dirname(dir)) {
		const candidate = join(dir, CONFIG_NAME);
		if (existsSync(candidate)) return candidate;
		if (dirname(dir) === dir) return null;
	}
}

/** Read and validate a config file; unknown rule ids and categories are errors that name them. */
export function loadConfig(path: string): Config {
	let raw: string;
	try {
		raw = readFileSync(path, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new ConfigError(path, code === 'ENOENT' ? 'no such file' : `cannot read: ${(error as Error).message}`);
	}
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch (error) {
		throw new ConfigError(path, `malformed JSON: ${(error as Error).message}`);
	}
	const parsed = configSchema.safeParse(value);
	if (!parsed.success) {
		const issues = parsed.error.issues.map(
			(issue) => `${issue.path.length > 0 ? issue.path.join('.') + ': ' : ''}${issue.message}`
		);
		throw new ConfigError(path, issues.join('; '));
	}
	const config = parsed.data;
	const ruleIds = new Set(rules.map((r) => r.id));
	const categories = new Set<string>(CATEGORIES);
	const unknown = [
		...Object.keys(config.rules ?? {})
			.filter((id) => !ruleIds.has(id))
			.map((id) => `unknown rule "${id}"`),
		...Object.keys(config.categories ?? {})
			.filter((c) => !categories.has(c))
			.map((c) => `unknown category "${c}" (categories: ${CATEGORIES.join(', ')})`)
	];
	if (unknown.length > 0) throw new ConfigError(path, `${unknown.join('; ')}; \`unconflate rules\` lists them`);
	return config;
}

/**
 * The analyzer's `disable` list from a config: rules and categories set "off". A category set
 * "off" that holds a rule set "on" is turned off rule by rule, so that rule stays on.
 */
export function disabledBy(config: Config): string[] {
	const off = new Set<string>();
	const on = new Set(Object.entries(config.rules ?? {}).flatMap(([id, value]) => (value === 'on' ? [id] : [])));
	for (const [category, value] of Object.entries(config.categories ?? {})) {
		if (value !== 'off') continue;
		const members = rules.filter((r) => r.category === category);
		if (members.some((r) => on.has(r.id))) {
			for (const r of members) if (!on.has(r.id)) off.add(r.id);
		} else {
			off.add(category);
		}
	}
	for (const [id, value] of Object.entries(config.rules ?? {})) if (value === 'off') off.add(id);
	return [...off];
}
