import type { FileProblem, RowProblem } from '@unconflate/evaluation/csv';
import { m } from '../paraglide/messages.js';

/** A questionnaire's status in the reader's language. */
export function statusName(status: string): string {
	switch (status) {
		case 'open':
			return m.eval_status_open();
		case 'closed':
			return m.eval_status_closed();
		default:
			return m.eval_status_not_open();
	}
}

/** Why an imported row was refused, in the reader's language (codes from packages/evaluation). */
export function rowProblemText(problem: RowProblem): string {
	switch (problem.code) {
		case 'missing-session':
			return m.eval_row_missing_session();
		case 'unknown-phase':
			return m.eval_row_unknown_phase({ value: problem.value });
		case 'missing-pairing':
			return m.eval_row_missing_pairing();
		case 'bad-pairing':
			return m.eval_row_bad_pairing();
		case 'unknown-item':
			return m.eval_row_unknown_item({ item: problem.item });
		case 'not-in-phase':
			return m.eval_row_not_in_phase({ item: problem.item, phase: problem.phase });
		case 'out-of-range':
			return m.eval_row_out_of_range({ item: problem.item, value: problem.value });
		case 'incomplete-pair':
			return m.eval_row_incomplete_pair({ item: problem.item });
		case 'too-long':
			return m.eval_row_too_long({ item: problem.item, max: problem.maxLength });
		case 'duplicate':
			return m.eval_row_duplicate({ line: problem.firstLine });
		case 'column-count':
			return m.eval_row_column_count({ expected: problem.expected, found: problem.found });
		case 'malformed':
			return m.eval_row_malformed({ detail: problem.detail });
		case 'salt-required':
			return m.eval_row_salt_required();
	}
}

/** A problem with an imported file as a whole. */
export function fileProblemText(problem: FileProblem): string {
	switch (problem.code) {
		case 'empty':
			return m.eval_file_empty();
		case 'malformed-header':
			return m.eval_file_malformed_header();
		case 'missing-column':
			return m.eval_file_missing_column({ column: problem.column });
		case 'duplicate-column':
			return m.eval_file_duplicate_column({ column: problem.column });
		case 'unknown-columns':
			return m.eval_file_unknown_columns({ columns: problem.columns.join(', ') });
		case 'salt-required':
			return m.eval_row_salt_required();
	}
}
