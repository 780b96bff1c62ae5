import { defineParams } from '@sveltejs/kit/params';

/** Param matchers: a malformed value never reaches a load function (it is a 404). */
export const params = defineParams({
	/** A Learn page id: kebab-case (the page's load answers 404 for ids that are not in content). */
	learnPage: (param) => (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(param) ? param : undefined),
	/** An event's slug: kebab-case (the page answers 404 for slugs with no published event). */
	eventSlug: (param) => (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(param) ? param : undefined),
	/** A private link's token (auth/tokens.ts newToken: base64url, 43 characters). */
	token: (param) => (/^[A-Za-z0-9_-]{43}$/.test(param) ? param : undefined),
	/** A checker rule id: kebab-case (the rule page's load answers 404 for ids that are not rules). */
	ruleId: (param) => (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(param) ? param : undefined),
	/** A dialogue's join code (dialogue.service.ts newJoinCode), read case-insensitively. */
	joinCode: (param) => (/^[a-hj-km-np-z2-9]{12}$/i.test(param) ? param.toLowerCase() : undefined),
	/** A staff member's id (better-auth's random ids: letters and digits). */
	staffId: (param) => (/^[A-Za-z0-9]{8,64}$/.test(param) ? param : undefined),
	/** A record's UUID (e.g. an evaluation session), lower-cased. */
	uuid: (param) =>
		/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(param) ? param.toLowerCase() : undefined,
	/** An evaluation instrument's id: kebab-case, as packages/evaluation requires. */
	instrumentId: (param) => (/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(param) ? param : undefined),
	/** A dialogue's id in the staff area (a UUID). */
	dialogueId: (param) => (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(param) ? param : undefined),
	/** An event's id in the staff area (a UUID). */
	eventId: (param) => (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(param) ? param : undefined),
	/** An outbox message's number. */
	outboxId: (param) => (/^[1-9][0-9]{0,9}$/.test(param) ? param : undefined),
	/** A workshop request's id (a UUID). */
	requestId: (param) => (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(param) ? param : undefined),
	/** A workshop session's id (its event's UUID). */
	sessionId: (param) => (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(param) ? param : undefined)
});
