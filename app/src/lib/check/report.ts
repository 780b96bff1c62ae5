import { CATEGORIES } from '@unconflate/analyzer';
import { formatDate } from '#lib/format.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { m } from '#lib/paraglide/messages.js';
import { categoryLabel, severityLabel, strengthLabel, syntaxLabel } from './labels.ts';
import type { Checked } from './types.ts';

/** The words a finding points at, with some of the text on either side (cut at word boundaries). */
export function contextOf(
	text: string,
	start: number,
	end: number,
	radius = 80
): { before: string; match: string; after: string } {
	const flat = (s: string) => s.replace(/\s+/g, ' ');
	let from = Math.max(0, start - radius);
	let to = Math.min(text.length, end + radius);
	if (from > 0) {
		const space = text.indexOf(' ', from);
		if (space !== -1 && space < start) from = space + 1;
	}
	if (to < text.length) {
		const space = text.lastIndexOf(' ', to);
		if (space >= end) to = space;
	}
	return {
		before: (from > 0 ? '…' : '') + flat(text.slice(from, start)).trimStart(),
		match: flat(text.slice(start, end)),
		after: flat(text.slice(end, to)).trimEnd() + (to < text.length ? '…' : '')
	};
}

/** `unconflate-report-2026-11-30.json` */
export function reportFileName(checkedAt: string, extension: 'json' | 'html'): string {
	return `unconflate-report-${checkedAt.slice(0, 10)}.${extension}`;
}

/**
 * The JSON report: the analyzer's result as the library, API and CLI give it (DESIGN.md), with when
 * and in which format the text was checked. The text itself is not included.
 */
export function jsonReport(checked: Checked): string {
	return JSON.stringify({ checkedAt: checked.checkedAt, syntax: checked.syntax, ...checked.result }, null, 2) + '\n';
}

const escapeHtml = (s: string) =>
	s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/** Only http(s) links go into the report. */
const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : '');

const STYLE = `
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;color:#1b1b1f;line-height:1.5;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1,h2,h3{color:#3b2a6b;line-height:1.25}h3{font-size:1.05rem;margin:0 0 .25rem}
.verdict{font-size:1.2rem;font-weight:700}.meta,.footer{color:#4a4a55;font-size:.9rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d8d4e3;padding:.3rem .5rem;text-align:left}td{text-align:right}
ol.findings>li{margin:0 0 1.25rem;padding:.75rem 1rem;border:1px solid #d8d4e3;border-radius:6px;break-inside:avoid}
blockquote{margin:.5rem 0;padding:.25rem .75rem;border-left:4px solid #d8d4e3}
mark{background:#fff1b8;color:inherit;border-bottom:2px solid #6b4a00;font-weight:600}
a{color:#2746a0}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;word-break:break-all}}
`.trim();

/**
 * A printable HTML report: a standalone document (its own small stylesheet, no script, no request)
 * with the date, the summary and every finding in its context, its explanation, wording and sources.
 * Everything from the text is escaped.
 */
export function htmlReport(checked: Checked, locale: Locale): string {
	const o = { locale };
	const { result } = checked;
	const verdict = result.verdict === 'conflates' ? m.check_verdict_conflates({}, o) : m.check_verdict_clear({}, o);
	const categoryRows = CATEGORIES.map(
		(c) => `<tr><th scope="row">${escapeHtml(categoryLabel(c, locale))}</th><td>${result.categories[c]}</td></tr>`
	).join('');
	const strengths = [...new Set(result.strengths.map((s) => s.kind))];
	const findings = result.findings
		.map((finding, i) => {
			const context = contextOf(checked.text, finding.start, finding.end);
			const wording = checked.wording[finding.rule];
			const suggestions = wording
				? `<p><strong>${escapeHtml(m.check_wording_heading({}, o))}:</strong> <span lang="en">${wording.map((w) => `“${escapeHtml(w)}”`).join(', ')}</span></p>`
				: finding.suggestions.length > 0
					? `<p><strong>${escapeHtml(m.check_advice_heading({}, o))}:</strong></p><ul>${finding.suggestions.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`
					: '';
			const sources = finding.sources
				.map((id) => {
					const source = checked.sources[id];
					if (!source) return `<li>${escapeHtml(id)}</li>`;
					const url = safeUrl(source.url);
					const title = url
						? `<a href="${escapeHtml(url)}"><cite>${escapeHtml(source.title)}</cite></a>`
						: `<cite>${escapeHtml(source.title)}</cite>`;
					return `<li>${source.authors ? `${escapeHtml(source.authors)} (${source.year}). ` : ''}${title}. ${escapeHtml(source.publisher)}${source.authors ? '' : `, ${source.year}`}.</li>`;
				})
				.join('');
			const where = m.check_finding_at({ line: finding.line, column: finding.column }, o);
			return `<li>
<h3>${escapeHtml(m.check_finding_title({ number: i + 1, message: finding.message }, o))}</h3>
<p class="meta">${escapeHtml(severityLabel(finding.severity, locale))} · ${escapeHtml(categoryLabel(finding.category, locale))} · ${escapeHtml(where)} · ${escapeHtml(m.check_report_rule({ rule: finding.rule }, o))}</p>
${finding.scope === 'document' ? `<p>${escapeHtml(m.check_finding_document({}, o))}</p>` : ''}
<blockquote lang="en" aria-label="${escapeHtml(m.check_report_in_context({}, o))}">${escapeHtml(context.before)}<mark>${escapeHtml(context.match)}</mark>${escapeHtml(context.after)}</blockquote>
<p>${escapeHtml(finding.explanation)}</p>
${suggestions}
${sources ? `<p><strong>${escapeHtml(m.check_sources_heading({}, o))}:</strong></p><ul>${sources}</ul>` : ''}
</li>`;
		})
		.join('\n');

	return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(m.check_report_title({}, o))} · Unconflate</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(m.check_report_title({}, o))}</h1>
<p class="meta">${escapeHtml(m.check_report_checked_on({ date: formatDate(checked.checkedAt.slice(0, 10), locale) }, o))} ${escapeHtml(m.check_report_format({ syntax: syntaxLabel(checked.syntax, locale) }, o))}</p>
<h2>${escapeHtml(m.check_report_summary({}, o))}</h2>
<p class="verdict">${escapeHtml(verdict)}</p>
<p>${escapeHtml(m.check_score({ score: result.score }, o))}. ${escapeHtml(m.check_findings_count({ count: result.findings.length }, o))}.</p>
<p class="meta">${escapeHtml(m.check_score_hint({}, o))}</p>
${strengths.length > 0 ? `<h3>${escapeHtml(m.check_strengths_heading({}, o))}</h3><ul>${strengths.map((k) => `<li>${escapeHtml(strengthLabel(k, locale))}</li>`).join('')}</ul>` : ''}
<table>
<caption>${escapeHtml(m.check_chart_title({}, o))}</caption>
<thead><tr><th scope="col">${escapeHtml(m.chart_category({}, o))}</th><th scope="col">${escapeHtml(m.check_chart_value({}, o))}</th></tr></thead>
<tbody>${categoryRows}</tbody>
</table>
<h2>${escapeHtml(m.check_findings_heading({}, o))}</h2>
${result.findings.length > 0 ? `<ol class="findings">\n${findings}\n</ol>` : `<p>${escapeHtml(m.check_no_findings({}, o))}</p>`}
<p class="footer">${escapeHtml(m.check_report_footer({}, o))}</p>
</main>
</body>
</html>
`;
}
