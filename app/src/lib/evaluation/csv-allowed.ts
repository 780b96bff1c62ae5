import { DEFAULT_MINIMUM, type EvaluationResponse } from '@unconflate/evaluation';

/**
 * Whether a facilitator may download a session's raw answers: only once each questionnaire that
 * has answers has at least the small-cell minimum. A facilitator saw who was in the room, so rows
 * from two or three people could be told apart; coordinators' exports follow their own pages.
 */
export function csvAllowed(responses: readonly Pick<EvaluationResponse, 'phase'>[], minimum = DEFAULT_MINIMUM): boolean {
	const pre = responses.filter((r) => r.phase === 'pre').length;
	const post = responses.length - pre;
	return responses.length > 0 && (pre === 0 || pre >= minimum) && (post === 0 || post >= minimum);
}
