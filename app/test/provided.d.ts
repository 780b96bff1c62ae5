// Values the Vitest global setups hand to tests (test/db-setup.ts, e2e/global-setup.ts).
declare module 'vitest' {
	export interface ProvidedContext {
		testDatabaseUrl: string | null;
		origin: string;
		/** The first admin's setup link printed by the e2e server (empty on PostgreSQL, where none is printed). */
		staffSetupLink: string;
	}
}

export {};
