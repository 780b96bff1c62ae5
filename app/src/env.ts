import { defineEnvVars } from '@sveltejs/kit/env';

const optional = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

export const variables = defineEnvVars({
	DATABASE_URL: {
		description: 'PostgreSQL connection string. When unset, the embedded PGlite database in DATA_DIR is used.',
		schema: optional
	},
	DATA_DIR: {
		description: 'Folder of the embedded database (default: data/ at the repository root).',
		schema: optional
	},
	QUICK_EXIT_URL: {
		description: 'Where the quick-exit control leads: a neutral site (default https://www.google.com/search?q=weather).',
		schema: (value) => {
			const url = optional(value) ?? 'https://www.google.com/search?q=weather';
			if (!/^https?:\/\//.test(url)) throw new Error(`QUICK_EXIT_URL must be an http(s) URL (got "${url}")`);
			return url;
		}
	},
	LOG_LEVEL: {
		description: 'pino log level: fatal, error, warn, info, debug, trace or silent (default info).',
		schema: (value) => optional(value) ?? 'info'
	},
	AUTH_SECRET: {
		description:
			'Secret that signs staff session cookies and keys hashed client addresses (32+ characters). When unset, one is generated and kept in the database.',
		schema: optional
	},
	SMTP_URL: {
		description:
			'SMTP server for staff emails, e.g. smtps://user:password@mail.example.org:465. When unset, emails go to the outbox admins read in the app.',
		schema: optional
	},
	MAIL_FROM: {
		description: 'From address of staff emails (default: Unconflate <no-reply@ORIGIN host>).',
		schema: optional
	}
});
