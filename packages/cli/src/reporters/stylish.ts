import { styleText } from 'node:util';
import type { Finding, Severity } from '@unconflate/analyzer';
import { placeOf, type Reporter, type ReporterOptions } from './reporter.ts';

type Style = Parameters<typeof styleText>[0];

/**
 * For people, after ESLint's stylish: a block per text that conflates or has findings (position,
 * severity, message, rule; suggestions below), then one summary line. Clear texts without findings
 * print nothing but are counted.
 */
export function stylishReporter(options: Pick<ReporterOptions, 'color' | 'quiet'>): Reporter {
	const paint = (style: Style, text: string) => (options.color ? styleText(style, text, { validateStream: false }) : text);
	const severities: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
	const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

	return {
		start: () => '',
		result(event) {
			const { result } = event;
			for (const finding of result.findings) severities[finding.severity]++;
			const shown = options.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
			if (result.verdict === 'clear' && shown.length === 0) return '';

			const verdict =
				result.verdict === 'conflates'
					? paint('red', `✖ conflates (score ${result.score})`)
					: paint('green', `✔ clear (score ${result.score})`);
			const lines = [paint('underline', placeOf(event)), `  ${verdict}`];
			const positions = shown.map((f) => `${f.line}:${f.column}`);
			const width = Math.max(0, ...positions.map((p) => p.length));
			shown.forEach((finding: Finding, i) => {
				const position = paint('dim', (positions[i] ?? '').padEnd(width));
				const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(7));
				lines.push(`  ${position}  ${severity}  ${finding.message}  ${paint('dim', finding.rule)}`);
				if (finding.suggestions.length > 0) {
					lines.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  ${paint('dim', `try: ${finding.suggestions.join(' · ')}`)}`);
				}
			});
			return `${lines.join('\n')}\n\n`;
		},
		error: () => '',
		end(summary) {
			const texts = `${summary.records} ${summary.records === 1 ? 'text' : 'texts'}`;
			const parts: string[] = [];
			if (summary.conflates > 0)
				parts.push(paint('red', `✖ ${summary.conflates} of ${texts} ${summary.conflates === 1 ? 'conflates' : 'conflate'}`));
			else if (summary.records > 0) parts.push(paint('green', `✔ ${texts} checked, none conflates`));
			else parts.push('No text checked');
			if (summary.findings > 0) {
				const counts = (['error', 'warning', 'info'] as const)
					.filter((s) => severities[s] > 0)
					.map((s) => `${severities[s]} ${s === 'info' ? 'info' : `${s}${severities[s] === 1 ? '' : 's'}`}`);
				parts.push(
					`${summary.findings} ${summary.findings === 1 ? 'finding' : 'findings'} (${counts.join(', ')}${options.quiet ? '; only errors shown' : ''})`
				);
			}
			if (summary.errors > 0)
				parts.push(paint('red', `${summary.errors} input ${summary.errors === 1 ? 'error' : 'errors'} (see above)`));
			return `${parts.join(' · ')}\n`;
		}
	};
}
