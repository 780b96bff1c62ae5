import { describe, expect, it } from 'vitest';
import { createPathTable, delocalizePath, localizePath } from './paths.ts';

const table = createPathTable(
	[{ id: 'what-is-sex-work', slugs: { en: 'what-is-sex-work', fr: 'travail-du-sexe' } }],
	[{ id: 'quick-exit', slugs: { en: 'quick-exit', fr: 'sortie-rapide' } }]
);

describe('localized paths', () => {
	it('gives each page its path in each language, keeping anchors', () => {
		expect(localizePath(table, '/learn/what-is-sex-work#forms', 'fr')).toBe('/fr/apprendre/travail-du-sexe#forms');
		expect(localizePath(table, '/learn/what-is-sex-work', 'en')).toBe('/en/learn/what-is-sex-work');
		expect(localizePath(table, '/home', 'fr')).toBe('/fr');
		expect(localizePath(table, '/quick-exit', 'fr')).toBe('/fr/sortie-rapide');
	});

	it('maps a public path back to its route and language', () => {
		expect(delocalizePath(table, '/fr/apprendre/travail-du-sexe')).toEqual({
			locale: 'fr',
			canonical: '/learn/what-is-sex-work'
		});
		expect(delocalizePath(table, '/en/')).toEqual({ locale: 'en', canonical: '/home' });
		expect(delocalizePath(table, '/fr/sortie-rapide')).toEqual({ locale: 'fr', canonical: '/quick-exit' });
	});

	it('leaves unknown pages under their language so the 404 speaks it', () => {
		expect(delocalizePath(table, '/fr/nowhere')).toEqual({ locale: 'fr', canonical: '/nowhere' });
	});

	it('does not treat other languages or unprefixed paths as localized', () => {
		expect(delocalizePath(table, '/de/learn')).toBeNull();
		expect(delocalizePath(table, '/learn')).toBeNull();
		expect(delocalizePath(table, '/')).toBeNull();
	});
});

describe('sections with translated segments (the staff area)', () => {
	it('translates known segments and keeps ids, both ways', () => {
		expect(localizePath(table, '/staff/users/a1B2', 'fr')).toBe('/fr/personnel/utilisateurs/a1B2');
		expect(localizePath(table, '/staff/users/a1B2', 'en')).toBe('/en/staff/users/a1B2');
		expect(localizePath(table, '/staff', 'fr')).toBe('/fr/personnel');
		expect(delocalizePath(table, '/fr/personnel/utilisateurs/a1B2')).toEqual({ locale: 'fr', canonical: '/staff/users/a1B2' });
		expect(delocalizePath(table, '/fr/personnel/mot-de-passe-oublie')).toEqual({
			locale: 'fr',
			canonical: '/staff/forgot-password'
		});
		expect(delocalizePath(table, '/en/staff/sign-in')).toEqual({ locale: 'en', canonical: '/staff/sign-in' });
	});

	it('keeps section pages out of the table, so they never reach the sitemap', () => {
		expect([...table.keys()].some((path) => path.startsWith('/staff'))).toBe(false);
	});
});
