// `npm start`: build the platform if its sources or ORIGIN changed since the last build, then
// serve it on the embedded database (or on DATABASE_URL).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStamp } from './build-stamp.ts';
import { serve } from './serve.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env['PORT'] || '3000';
if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) {
	console.error(`PORT must be a number from 1 to 65535 (got "${port}").`);
	process.exit(2);
}
const origin = (process.env['ORIGIN'] || `http://localhost:${port}`).replace(/\/$/, '');
process.env['ORIGIN'] = origin;
process.env['PORT'] = port;

const buildDir = join(root, 'app', 'build');
const stampFile = join(buildDir, '.unconflate-stamp');
const stamp = buildStamp(root, origin);
const built = existsSync(join(buildDir, 'handler.js')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;

if (!built) {
	console.log(`Building Unconflate for ${origin} …`);
	const result = spawnSync('npm', ['run', 'build', '-w', 'app'], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, BUILD_DIR: 'build' }
	});
	if (result.status !== 0) {
		console.error('The build failed: see the messages above.');
		process.exit(result.status ?? 1);
	}
	writeFileSync(stampFile, stamp);
}

serve();
