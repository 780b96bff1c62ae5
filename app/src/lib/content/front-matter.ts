import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** Front-matter of a Learn page or a fixed page (see docs/content-format.md). */
export const frontMatterSchema = z.strictObject({
	title: z.string().trim().min(3).max(120),
	description: z.string().trim().min(20).max(200),
	slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case (a-z, 0-9, hyphens)'),
	order: z.number().int().min(1).max(1000),
	level: z.enum(['intro', 'deeper']),
	readingMinutes: z.number().int().min(1).max(60),
	audience: z.array(z.enum(['public', 'students', 'staff', 'journalists', 'policy'])).min(1),
	updated: z.iso.date().or(z.date().transform((d) => d.toISOString().slice(0, 10)))
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Split a Markdown file into validated front-matter and body; throws a message naming the field. */
export function parseFrontMatter(source: string): { data: FrontMatter; body: string } {
	const match = FENCE.exec(source);
	if (!match) throw new Error('missing front-matter: the file must start with a "---" block');
	let raw: unknown;
	try {
		raw = parseYaml(match[1] ?? '');
	} catch (error) {
		throw new Error(`front-matter is not valid YAML: ${(error as Error).message}`, { cause: error });
	}
	const result = frontMatterSchema.safeParse(raw);
	if (!result.success) {
		const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
		throw new Error(`invalid front-matter: ${problems.join('; ')}`);
	}
	return { data: result.data, body: source.slice(match[0].length) };
}
