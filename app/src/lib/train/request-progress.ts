/**
 * Where a workshop request's workflow stands from the facts, so that coordinators need not move it
 * by hand: once every live session has ended, the workshop was *delivered*; once one of them has
 * answers to its questionnaire after the workshop (and no session is still to come), it is
 * *evaluated*. A post answer proves the workshop happened even before its planned end, so it may
 * skip straight past `delivered`. Only `scheduled` and `delivered` requests move by themselves:
 * `new`, `declined` and `evaluated` are a coordinator's decisions or final.
 */

export type RequestStatus = 'new' | 'scheduled' | 'delivered' | 'evaluated' | 'declined';

export interface RequestFacts {
	status: RequestStatus;
	/** The request's sessions that are not cancelled. */
	sessions: ReadonlyArray<{ startsAt: Date; endsAt: Date }>;
	/** Whether any of those sessions has an answer to its questionnaire after the workshop. */
	postAnswers: boolean;
}

export function progressOf(facts: RequestFacts, now: Date): RequestStatus {
	const { status, sessions } = facts;
	if ((status !== 'scheduled' && status !== 'delivered') || sessions.length === 0) return status;
	const allStarted = sessions.every((s) => s.startsAt <= now);
	const allEnded = sessions.every((s) => s.endsAt <= now);
	if (facts.postAnswers && allStarted) return 'evaluated';
	if (allEnded) return 'delivered';
	return status;
}
