import pino from 'pino';

/**
 * JSON-lines logger. Never log personal data: no IP address, user agent, query string, form
 * field or checked text; a path and a status are enough to operate the service.
 */
export const log = pino({
	level: process.env['LOG_LEVEL'] || 'info',
	base: { service: 'unconflate' },
	redact: { paths: ['req.headers', 'ip', 'remoteAddress'], remove: true }
});
