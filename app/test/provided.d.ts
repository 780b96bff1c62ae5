// Values the Vitest global setups hand to tests (test/db-setup.ts, e2e/global-setup.ts).
declare module 'vitest' {
	export interface ProvidedContext {
		testDatabaseUrl: string | null;
		origin: string;
	}
}

export {};
