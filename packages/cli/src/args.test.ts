import { describe, expect, test } from 'vitest';
import { DEFAULT_MAX_SIZE, parseCommand, UsageError } from './args.ts';

const usage = (argv: string[]): string => {
	try {
		parseCommand(argv);
	} catch (error) {
		if (error instanceof UsageError) return error.message;
		throw error;
	}
	return 'no error';
};

describe('parseCommand', () => {
	test('gives check its defaults', () => {
		expect(parseCommand(['check', 'a.md'])).toEqual({
			command: 'check',
			inputs: ['a.md'],
			syntax: undefined,
			locale: 'en',
			format: 'stylish',
			failOn: 'conflates',
			quiet: false,
			maxSize: DEFAULT_MAX_SIZE,
			textField: 'text',
			idField: 'id',
			config: undefined
		});
	});

	test('reads every option of check', () => {
		const command = parseCommand([
			'check',
			'-',
			'--syntax=html',
			'--locale',
			'fr',
			'-f',
			'sarif',
			'--fail-on',
			'never',
			'-q',
			'--max-size',
			'10mb',
			'--text-field',
			'body',
			'--id-field',
			'url',
			'--config',
			'x.json'
		]);
		expect(command).toMatchObject({
			inputs: ['-'],
			syntax: 'html',
			locale: 'fr',
			format: 'sarif',
			failOn: 'never',
			quiet: true,
			maxSize: 10 * 1024 ** 2
		});
		expect(command).toMatchObject({ textField: 'body', idField: 'url', config: 'x.json' });
	});

	test('reads help, version and rules', () => {
		expect(parseCommand(['--help'])).toEqual({ command: 'help', topic: 'main' });
		expect(parseCommand(['check', '--help'])).toEqual({ command: 'help', topic: 'check' });
		expect(parseCommand(['--version'])).toEqual({ command: 'version' });
		expect(parseCommand(['rules', '--format', 'json'])).toEqual({ command: 'rules', format: 'json' });
	});

	test.each([
		[[], /no command/],
		[['lint', 'a.md'], /unknown command "lint"/],
		[['check'], /no input/],
		[['check', 'a.md', '--bogus'], /Unknown option '--bogus'/],
		[['check', 'a.md', '--format', 'xml'], /--format "xml" is not one of stylish, json, sarif/],
		[['check', 'a.md', '--syntax', 'rtf'], /--syntax "rtf"/],
		[['check', 'a.md', '--locale', 'de'], /--locale "de"/],
		[['check', 'a.md', '--fail-on', 'sometimes'], /--fail-on "sometimes"/],
		[['check', 'a.md', '--max-size', 'huge'], /--max-size "huge" is not a size/],
		[['check', 'a.md', '--text-field', ''], /--text-field needs a name/],
		[['rules', '--format', 'sarif'], /--format "sarif"/],
		[['rules', '--syntax', 'html'], /--syntax is an option of `unconflate check`/]
	])('refuses %j', (argv, message) => {
		expect(usage(argv)).toMatch(message);
	});
});
