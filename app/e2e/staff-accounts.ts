/** The staff accounts the end-to-end tests create (e2e/staff.test.ts), shared with the global setup. */
export const FIRST_ADMIN = { email: 'ada@example.org', name: 'Ada Admin', password: 'correct horse battery staple' } as const;
