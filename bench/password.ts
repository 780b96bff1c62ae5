// bench/password: the cost of one password hash, as the server pays it at every sign-in, for the
// Argon2id parameters in use (app/src/lib/server/auth/password.ts) and for the scrypt alternative
// OWASP lists (N=2^17, r=8, p=1, node:crypto). Median and p90 over 20 hashes, and the process's
// peak resident memory. Prints figures; asserts nothing.
//   npm run bench:password
import { scrypt } from 'node:crypto';
import { resourceUsage } from 'node:process';
import { promisify } from 'node:util';
import { hashPassword, verifyPassword } from '../app/src/lib/server/auth/password.ts';

const RUNS = 20;
const scryptAsync = promisify(scrypt) as (password: string, salt: string, length: number, options: object) => Promise<Buffer>;

async function measure(name: string, run: () => Promise<unknown>) {
	await run(); // warm-up
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		await run();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
	console.log(`${name.padEnd(44)} median ${at(0.5).padStart(6)} ms   p90 ${at(0.9).padStart(6)} ms`);
}

const password = 'correct horse battery staple';
const stored = await hashPassword(password);
await measure('Argon2id m=19 MiB t=2 p=1 (hash)', () => hashPassword(password));
await measure('Argon2id m=19 MiB t=2 p=1 (verify)', () => verifyPassword({ hash: stored, password }));
await measure('scrypt N=2^17 r=8 p=1 (node:crypto)', () =>
	scryptAsync(password, 'sixteen-byte-salt', 64, { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 })
);
console.log(`peak resident memory of this process: ${(resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
