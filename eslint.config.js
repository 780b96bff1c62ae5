import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import unicorn from 'eslint-plugin-unicorn';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
	{
		ignores: [
			'**/node_modules/',
			'**/build/',
			'**/.e2e-build/',
			'**/.bench-build/',
			'**/.bench-survey-build/',
			'bench/.run-*/',
			'**/.svelte-kit/',
			'app/src/lib/paraglide/',
			'data/',
			'**/*.d.ts'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs['flat/recommended'],
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } }
	},
	{
		// Promise discipline: type-aware rules on TypeScript sources.
		files: ['**/*.ts'],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/await-thenable': 'error'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser } },
		rules: {
			// Content HTML is rendered by our own Markdown pipeline at build time, raw HTML escaped.
			'svelte/no-at-html-tags': 'off',
			// Links go through href() which localizes them; resolve() does not know the language prefix.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		// One naming case per kind of file: kebab-case modules, PascalCase components.
		plugins: { unicorn },
		files: ['**/*.ts', '**/*.js'],
		ignores: ['app/src/routes/**'],
		rules: { 'unicorn/filename-case': ['error', { case: 'kebabCase', checkDirectories: false }] }
	},
	{
		plugins: { unicorn },
		files: ['**/*.svelte'],
		ignores: ['app/src/routes/**'],
		rules: { 'unicorn/filename-case': ['error', { case: 'pascalCase', checkDirectories: false }] }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	}
);
