import { defineEnvVars } from '@sveltejs/kit/env';
import { API_DEFAULTS, parseBytes, parseCount, parseOrigins, parseRate } from './lib/server/api/config.ts';
import { parseRetentionMonths } from './lib/train/retention.ts';

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
	// The HTTP API (/api/v1); parsed by src/lib/server/api/config.ts, described in the README.
	API_MAX_TEXT_BYTES: {
		description: 'Largest text the API checks, in UTF-8 bytes (default 1M).',
		schema: (value) => parseBytes('API_MAX_TEXT_BYTES', value, API_DEFAULTS.maxTextBytes)
	},
	API_MAX_FILE_BYTES: {
		description: 'Largest file the API reads, in bytes (default 10M).',
		schema: (value) => parseBytes('API_MAX_FILE_BYTES', value, API_DEFAULTS.maxFileBytes)
	},
	API_TIME_BUDGET_MS: {
		description: 'Time budget of one API request’s analysis, in milliseconds (default 5000); past it the answer is 503.',
		schema: (value) => parseCount('API_TIME_BUDGET_MS', value, API_DEFAULTS.timeBudgetMs)
	},
	API_RATE_LIMIT: {
		description: 'API checks per minute per client address (token bucket; default 60; 0 or off: no limit).',
		schema: (value) => parseRate('API_RATE_LIMIT', value, API_DEFAULTS.ratePerMinute)
	},
	API_RATE_BURST: {
		description: 'Checks a client may send at once before the per-minute rate applies (default 30).',
		schema: (value) => parseCount('API_RATE_BURST', value, API_DEFAULTS.rateBurst)
	},
	API_CORS_ORIGINS: {
		description: 'Origins whose pages may call the API from a browser, comma-separated, or * (default: none).',
		schema: (value) => parseOrigins('API_CORS_ORIGINS', value)
	},
	REGISTRATION_RETENTION_MONTHS: {
		description:
			'Months after a session or event ends before its registrations (names, emails, needs) are deleted (default 6; off keeps them until deleted by hand).',
		schema: parseRetentionMonths
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
