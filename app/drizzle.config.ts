import { defineConfig } from 'drizzle-kit';

// Only `db:generate` uses this file: migrations are applied by the app itself on start and by
// `npm run db:migrate` (scripts/migrate.ts), which honours the PGlite lock.
export default defineConfig({
	schema: './src/lib/server/db/schema.ts',
	out: './drizzle',
	dialect: 'postgresql',
	strict: true
});
