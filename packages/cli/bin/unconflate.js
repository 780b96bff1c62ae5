#!/usr/bin/env node
// The command's entry: the code is TypeScript that Node 24 runs by type stripping, so say so
// clearly on an older Node rather than failing on the first type annotation.
const [major] = process.versions.node.split('.').map(Number);
if (major === undefined || major < 24) {
	process.stderr.write(`unconflate: needs Node 24 or later (this is Node ${process.versions.node})\n`);
	process.exit(2);
}
// Node caches compiled code (type stripping included) in the system's temporary folder: starts
// go from about 0.9 s to 0.3 s here. Best effort: a read-only temporary folder only loses the cache.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
