import { readFileSync } from 'node:fs';
import { text as plain } from 'alex';
const t0 = readFileSync(process.argv[2], 'utf8');
const t = performance.now();
const r = plain(t0);
console.log(((performance.now() - t) / 1000).toFixed(2), 's', r.messages.length);
