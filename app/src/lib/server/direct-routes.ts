// The production server (server/index.ts) hands a few hot requests to the app before SvelteKit
// sees them: a route answered on Node's own request and response skips the web Request, the
// Response and the request event that SvelteKit builds for every request, which is most of the
// main thread's cost for an API check (bench/api). The app offers its direct routes when it starts
// (hooks.server.ts); the server asks for them after importing the build. The handover goes through
// a global because the server and the build are separate module graphs: this file is loaded once
// in each, and both must meet on the same function.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Answers the request and returns true, or returns false and leaves it to SvelteKit. */
export type DirectRoute = (req: IncomingMessage, res: ServerResponse) => boolean;

const KEY = Symbol.for('unconflate.direct-route');

type WithRoute = typeof globalThis & { [KEY]?: DirectRoute };

/** Called by the app when it starts. */
export function offerDirectRoute(route: DirectRoute): void {
	(globalThis as WithRoute)[KEY] = route;
}

/** Called by the production server: the app's direct route, if it offered one. */
export function directRoute(): DirectRoute | undefined {
	return (globalThis as WithRoute)[KEY];
}
