declare global {
	/** The origins form posts may come from (set at build time in vite.config.ts). */
	const __ALLOWED_ORIGINS__: readonly string[];
}

export {};
