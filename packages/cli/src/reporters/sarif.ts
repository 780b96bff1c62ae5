import { createHash } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules, type Finding, type Severity } from '@unconflate/analyzer';
import type { InputError, ResultEvent } from '../types.ts';
import { CATEGORY_SUMMARIES } from './categories.ts';
import type { Reporter, ReporterOptions } from './reporter.ts';

/** SARIF 2.1.0 (OASIS Standard, errata 01): https://docs.oasis-open.org/sarif/sarif/v2.1.0/ */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
/** At most this many input errors become notifications: a corpus can have a bad line in every record. */
const MAX_NOTIFICATIONS = 1000;

/**
 * One run whose `tool.driver.rules` lists every rule, then a result per finding, written as
 * results come. Documents point at their lines and columns (UTF-16 code units, `columnKind`);
 * a corpus record points at its line in the corpus, with the record id as a logical location
 * and the position inside the record's text in `properties.record`.
 */
export function sarifReporter(options: Pick<ReporterOptions, 'version'>): Reporter {
	const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
	const notifications: object[] = [];
	let dropped = 0;
	let first = true;

	return {
		start() {
			const driver = {
				name: 'unconflate',
				version: options.version,
				semanticVersion: options.version,
				rules: rules.map((rule) => ({
					id: rule.id,
					name: pascalCase(rule.id),
					shortDescription: { text: `${sentenceCase(rule.id)}: ${CATEGORY_SUMMARIES[rule.category]} (${rule.category}).` },
					defaultConfiguration: { level: LEVELS[rule.severity] },
					properties: { category: rule.category, since: rule.since }
				}))
			};
			const head = JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0' });
			return `${head.slice(0, -1)},"runs":[{"tool":${JSON.stringify({ driver })},"columnKind":"utf16CodeUnits","results":[`;
		},
		result(event) {
			const seen = new Map<string, number>();
			let out = '';
			for (const finding of event.result.findings) {
				const result = sarifResult(event, finding, ruleIndex.get(finding.rule), seen);
				out += (first ? '\n' : ',\n') + JSON.stringify(result);
				first = false;
			}
			return out;
		},
		error(error) {
			if (notifications.length >= MAX_NOTIFICATIONS) dropped++;
			else notifications.push(notification(error));
			return '';
		},
		end(summary) {
			if (dropped > 0)
				notifications.push({ level: 'note', message: { text: `${dropped} more input errors are not listed here.` } });
			const invocation = { executionSuccessful: summary.errors === 0, toolExecutionNotifications: notifications };
			return `\n],"invocations":[${JSON.stringify(invocation)}],"properties":${JSON.stringify({ summary })}}]}\n`;
		}
	};
}

function sarifResult(event: ResultEvent, finding: Finding, ruleIndex: number | undefined, seen: Map<string, number>): object {
	const { result } = event;
	const excerpt = event.text.slice(finding.start, finding.end).toLowerCase().replace(/\s+/g, ' ').trim();
	const key = `${finding.rule}\0${excerpt}`;
	const occurrence = (seen.get(key) ?? 0) + 1;
	seen.set(key, occurrence);
	const fingerprint = createHash('sha256')
		.update(`${key}\0${String(result.id)}\0${occurrence}`)
		.digest('hex')
		.slice(0, 32);

	const inRecord = event.recordLine !== null;
	const region = inRecord
		? { startLine: event.recordLine }
		: {
				startLine: finding.line,
				startColumn: finding.column,
				endLine: finding.endLine,
				endColumn: finding.endColumn,
				charOffset: finding.start,
				charLength: finding.end - finding.start
			};
	const location: Record<string, unknown> = { physicalLocation: { artifactLocation: { uri: uriOf(result.source) }, region } };
	if (inRecord && result.id !== null) location['logicalLocations'] = [{ name: String(result.id), kind: 'object' }];

	const properties: Record<string, unknown> = {
		category: finding.category,
		scope: finding.scope,
		suggestions: finding.suggestions,
		sources: finding.sources
	};
	if (inRecord) {
		properties['record'] = {
			id: result.id,
			line: finding.line,
			column: finding.column,
			endLine: finding.endLine,
			endColumn: finding.endColumn
		};
	}
	if (event.sourceKind === 'pdf' || event.sourceKind === 'docx') properties['textExtractedFrom'] = event.sourceKind;

	return {
		ruleId: finding.rule,
		...(ruleIndex === undefined ? {} : { ruleIndex }),
		level: LEVELS[finding.severity],
		message: { text: finding.message },
		locations: [location],
		partialFingerprints: { 'unconflateFinding/v1': fingerprint },
		properties
	};
}

function notification(error: InputError): object {
	const region = error.line === null ? {} : { region: { startLine: error.line } };
	return {
		level: 'error',
		message: { text: error.reason },
		locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(error.source) }, ...region } }]
	};
}

/** A URI reference for a path: relative paths stay relative (to the folder the command ran in). */
export function uriOf(path: string): string {
	if (path === '-') return 'stdin';
	if (isAbsolute(path)) return pathToFileURL(path).href;
	return path.split('/').map(encodeURIComponent).join('/');
}

function pascalCase(id: string): string {
	return id
		.split('-')
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join('');
}

function sentenceCase(id: string): string {
	const words = id.replaceAll('-', ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}
