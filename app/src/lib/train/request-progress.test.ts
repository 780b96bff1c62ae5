import { describe, expect, it } from 'vitest';
import { progressOf, type RequestFacts } from './request-progress.ts';

const now = new Date('2026-11-29T12:00:00Z');
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
const session = (start: number, end: number) => ({ startsAt: hours(start), endsAt: hours(end) });
const facts = (over: Partial<RequestFacts>): RequestFacts => ({ status: 'scheduled', sessions: [], postAnswers: false, ...over });

describe('a request’s progress', () => {
	it('stays scheduled while a session is still to come or under way without answers', () => {
		expect(progressOf(facts({ sessions: [session(24, 28)] }), now)).toBe('scheduled');
		expect(progressOf(facts({ sessions: [session(-1, 3)] }), now)).toBe('scheduled');
	});

	it('is delivered once every live session has ended', () => {
		expect(progressOf(facts({ sessions: [session(-30, -26), session(-5, -1)] }), now)).toBe('delivered');
		expect(progressOf(facts({ sessions: [session(-30, -26), session(5, 9)] }), now)).toBe('scheduled');
	});

	it('is evaluated by answers after the workshop once no session is still to come, even before the planned end', () => {
		expect(progressOf(facts({ sessions: [session(-3, 1)], postAnswers: true }), now)).toBe('evaluated');
		expect(progressOf(facts({ status: 'delivered', sessions: [session(-30, -26)], postAnswers: true }), now)).toBe('evaluated');
		expect(progressOf(facts({ sessions: [session(-30, -26), session(24, 28)], postAnswers: true }), now)).toBe('scheduled');
	});

	it('never moves a new, declined or evaluated request, nor one without a live session', () => {
		for (const status of ['new', 'declined', 'evaluated'] as const)
			expect(progressOf(facts({ status, sessions: [session(-5, -1)], postAnswers: true }), now)).toBe(status);
		expect(progressOf(facts({ sessions: [], postAnswers: true }), now)).toBe('scheduled');
	});
});
