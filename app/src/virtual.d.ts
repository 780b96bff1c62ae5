declare module 'virtual:unconflate/content' {
	import type { Page } from '#lib/content/collection.ts';
	import type { Question } from '#lib/quiz/questions.ts';
	export const pages: Page[];
	export const questions: Question[];
}

declare module 'virtual:unconflate/paths' {
	import type { Locale } from '#lib/i18n/locales.ts';
	export const pathEntries: Array<[string, Record<Locale, string>]>;
}

declare module 'virtual:unconflate/check-worker' {
	/** File URL of the check worker (vite/check-worker-plugin.ts). */
	const url: string;
	export default url;
}
