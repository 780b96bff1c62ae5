declare global {
	/** The origins form posts may come from (set at build time in vite.config.ts). */
	const __ALLOWED_ORIGINS__: readonly string[];

	namespace App {
		interface Locals {
			/** The signed-in staff member on staff routes (src/lib/server/auth/handle.ts); null elsewhere. */
			staff: import('#lib/server/auth/accounts.service.ts').Staff | null;
			/** Set by the staff guard when the reader's role may not see this page (the staff layout answers 403). */
			forbidden: boolean;
		}
	}
}

export {};
