import { defineParams } from '@sveltejs/kit/params';

/** Param matchers: a malformed value never reaches a load function (it is a 404). */
export const params = defineParams({
	/** A Learn page id: kebab-case (the page's load answers 404 for ids that are not in content). */
	learnPage: (param) => (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(param) ? param : undefined),
	/** A dialogue's join code (dialogue.service.ts newJoinCode), read case-insensitively. */
	joinCode: (param) => (/^[a-hj-km-np-z2-9]{12}$/i.test(param) ? param.toLowerCase() : undefined),
	/** A staff member's id (better-auth's random ids: letters and digits). */
	staffId: (param) => (/^[A-Za-z0-9]{8,64}$/.test(param) ? param : undefined),
	/** An outbox message's number. */
	outboxId: (param) => (/^[1-9][0-9]{0,9}$/.test(param) ? param : undefined)
});
