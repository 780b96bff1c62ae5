// Prints the rules table of README.md (between the markers) from the rule data:
//   node packages/analyzer/scripts/rules-table.ts --write   rewrites the README in place
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rules } from '../src/index.ts';

export function rulesTable(): string {
	const rows = rules.map((r) => `| \`${r.id}\` | ${r.category} | ${r.severity} | ${r.since} |`);
	return ['| rule | category | severity | since |', '|---|---|---|---|', ...rows].join('\n');
}

const readme = fileURLToPath(new URL('../README.md', import.meta.url));
const START = '<!-- rules-table:start -->';
const END = '<!-- rules-table:end -->';

export function withTable(text: string): string {
	const a = text.indexOf(START);
	const b = text.indexOf(END);
	if (a < 0 || b < a) throw new Error(`README.md needs the markers ${START} … ${END}`);
	return `${text.slice(0, a + START.length)}\n${rulesTable()}\n${text.slice(b)}`;
}

if (process.argv.includes('--write')) writeFileSync(readme, withTable(readFileSync(readme, 'utf8')));
else if (import.meta.url === `file://${process.argv[1]}`) console.log(rulesTable());
