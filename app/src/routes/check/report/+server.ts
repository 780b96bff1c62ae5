import { error } from '@sveltejs/kit';
import { htmlReport, jsonReport, reportFileName } from '#lib/check/report.ts';
import { checkSubmission } from '#lib/server/check-page.service.ts';
import { checkContext } from '../check-context.ts';
import type { RequestHandler } from './$types';

/**
 * The report as a download, for readers without JavaScript (with it, the page builds the same
 * files in the browser). The text is checked again from the form and forgotten: nothing is kept.
 */
export const POST: RequestHandler = async ({ request }) => {
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		error(400, 'Unreadable form');
	}
	const context = checkContext(request);
	const outcome = await checkSubmission(form, context);
	if (!outcome.ok && (outcome.problem === 'timeout' || outcome.problem === 'busy')) {
		error(503, 'The server could not check the text in time: try again in a moment');
	}
	// A report of nothing: back to the page, whose form shows the problem when it is sent there.
	if (!outcome.ok) error(400, 'Nothing to report: check the text first');
	const locale = context.locale;
	const html = form.get('report') === 'html';
	const body = html ? htmlReport(outcome.checked, locale) : jsonReport(outcome.checked);
	return new Response(body, {
		headers: {
			'content-type': html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${reportFileName(outcome.checked.checkedAt, html ? 'html' : 'json')}"`,
			'cache-control': 'no-store'
		}
	});
};
