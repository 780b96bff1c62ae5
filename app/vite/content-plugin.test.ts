import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from './content-plugin.ts';

describe('the shipped content', () => {
	const { collection, questions } = loadContent(fileURLToPath(new URL('../content', import.meta.url)));

	it('passes validation in both languages', () => {
		const learn = collection.pages.filter((p) => p.section === 'learn');
		expect(learn.filter((p) => p.locale === 'en').map((p) => p.id)).toEqual(
			learn.filter((p) => p.locale === 'fr').map((p) => p.id)
		);
		expect(learn.length).toBeGreaterThanOrEqual(16);
	});

	it('cites a source on every Learn page', () => {
		for (const page of collection.pages.filter((p) => p.section === 'learn' && p.id !== 'support')) {
			expect(page.citations.length, `${page.locale}/${page.id}`).toBeGreaterThan(0);
		}
	});

	it('has at least 12 quiz questions', () => {
		expect(questions.length).toBeGreaterThanOrEqual(12);
	});
});
