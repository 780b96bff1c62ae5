import { fileURLToPath } from 'node:url';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { CHECK_WORKER_SOURCE, checkWorkerPlugin } from './vite/check-worker-plugin.ts';
import { contentPlugin } from './vite/content-plugin.ts';
import { loopbackAliases, resolveOrigin } from './vite/origin.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const origin = resolveOrigin(process.env);
const self = ['self'] as const;

export default defineConfig({
	plugins: [
		sveltekit({
			compilerOptions: {
				runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
			},
			adapter: adapter({ out: process.env['BUILD_DIR'] ?? 'build', precompress: true }),
			// adapter-node 6 has no ORIGIN variable: the origin is fixed here, at build time
			// (scripts/start.ts rebuilds when it changes). See STACK-NOTES #7.
			paths: { origin, relative: false },
			// Form posts are checked in hooks.server.ts (src/lib/server/csrf.ts): SvelteKit's Origin check
			// refuses the `Origin: null` that browsers send under Referrer-Policy: no-referrer.
			csrf: { trustedOrigins: ['*'] },
			csp: {
				mode: 'auto',
				directives: {
					'default-src': [...self],
					'script-src': [...self],
					'style-src': [...self],
					'img-src': [...self, 'data:'],
					'font-src': [...self],
					'connect-src': [...self],
					'form-action': [...self],
					'frame-ancestors': ['none'],
					'base-uri': ['none'],
					'object-src': ['none'],
					'manifest-src': [...self],
					'worker-src': [...self]
				}
			}
		}),
		paraglideVitePlugin({
			project: here('./project.inlang'),
			outdir: here('./src/lib/paraglide'),
			// The language comes from the path prefix (/en, /fr); see src/lib/i18n/strategy.ts.
			// No cookie strategy: the platform sets no cookies on public pages.
			strategy: ['custom-path', 'preferredLanguage', 'baseLocale'],
			emitTsDeclarations: true
		}),
		contentPlugin(here('./content')),
		checkWorkerPlugin(CHECK_WORKER_SOURCE)
	],
	define: {
		// The origins forms may come from: the configured one and its loopback aliases.
		__ALLOWED_ORIGINS__: JSON.stringify([origin, ...loopbackAliases(origin)])
	},
	build: {
		// Small scripts must stay files: the Content-Security-Policy allows 'self', never data: URLs.
		assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined)
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'vite/**/*.test.ts', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
					globalSetup: ['./test/db-setup.ts'],
					// Limits, not expectations: opening and migrating a PGlite database, or starting a
					// process, takes well over Vitest's 10 s / 5 s on a busy 2-core machine.
					hookTimeout: 60_000,
					testTimeout: 30_000
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'db',
					environment: 'node',
					include: ['src/**/*.db.test.ts'],
					globalSetup: ['./test/db-setup.ts'],
					hookTimeout: 60_000,
					testTimeout: 30_000
				}
			},
			{
				test: {
					name: 'knowledge',
					root: here('../packages/knowledge'),
					include: ['src/**/*.test.ts']
				}
			},
			{
				test: {
					name: 'analyzer',
					root: here('../packages/analyzer'),
					include: ['src/**/*.test.ts', 'test/**/*.test.ts']
				}
			},
			{
				test: {
					name: 'documents',
					root: here('../packages/documents'),
					include: ['src/**/*.test.ts', 'test/**/*.test.ts']
				}
			},
			{
				test: {
					name: 'dialogue',
					root: here('../packages/dialogue'),
					include: ['src/**/*.test.ts']
				}
			},
			{
				test: {
					name: 'evaluation',
					root: here('../packages/evaluation'),
					include: ['src/**/*.test.ts']
				}
			},
			{
				test: {
					name: 'cli',
					root: here('../packages/cli'),
					include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
					testTimeout: 30_000
				}
			},
			{
				test: {
					name: 'e2e',
					include: ['e2e/**/*.test.ts'],
					globalSetup: ['./e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
});
