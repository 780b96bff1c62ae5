import { describe, expect, it } from 'vitest';
import { createPathTable, delocalizePath, isUnprefixedOnly, localizePath, rulePathEntries } from './paths.ts';

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
		expect(localizePath(table, '/check/api', 'fr')).toBe('/fr/verifier/api');
		expect(delocalizePath(table, '/fr/verifier/api')).toEqual({ locale: 'fr', canonical: '/check/api' });
	});

	it('maps a public path back to its route and language', () => {
		expect(delocalizePath(table, '/fr/apprendre/travail-du-sexe')).toEqual({
			locale: 'fr',
			canonical: '/learn/what-is-sex-work'
		});
		expect(delocalizePath(table, '/en/')).toEqual({ locale: 'en', canonical: '/home' });
		expect(delocalizePath(table, '/fr/sortie-rapide')).toEqual({ locale: 'fr', canonical: '/quick-exit' });
	});

	it('keeps the API and the robots’ files out of the language prefixes', () => {
		for (const path of ['/api', '/api/v1/check', '/api/v1/openapi.json', '/healthz', '/sitemap.xml', '/robots.txt']) {
			expect(isUnprefixedOnly(path), path).toBe(true);
		}
		for (const path of ['/check/api', '/apis', '/learn/api', '/healthz/more', '/home']) {
			expect(isUnprefixedOnly(path), path).toBe(false);
		}
	});

	it('gives paths below a page that page’s localized prefix, both ways', () => {
		expect(localizePath(table, '/events/forum-2027', 'fr')).toBe('/fr/evenements/forum-2027');
		expect(localizePath(table, '/events/forum-2027/calendar.ics', 'en')).toBe('/en/events/forum-2027/calendar.ics');
		expect(delocalizePath(table, '/fr/evenements/forum-2027')).toEqual({ locale: 'fr', canonical: '/events/forum-2027' });
		expect(delocalizePath(table, '/fr/evenementsx')).toEqual({ locale: 'fr', canonical: '/evenementsx' });
	});

	it('serves the checker at /en/check and /fr/verifier', () => {
		expect(localizePath(table, '/check', 'fr')).toBe('/fr/verifier');
		expect(delocalizePath(table, '/fr/verifier')).toEqual({ locale: 'fr', canonical: '/check' });
		expect(delocalizePath(table, '/en/check')).toEqual({ locale: 'en', canonical: '/check' });
	});

	it('leaves unknown pages under their language so the 404 speaks it', () => {
		expect(delocalizePath(table, '/fr/nowhere')).toEqual({ locale: 'fr', canonical: '/nowhere' });
	});

	it('does not treat other languages or unprefixed paths as localized', () => {
		expect(delocalizePath(table, '/de/learn')).toBeNull();
		expect(delocalizePath(table, '/learn')).toBeNull();
		expect(delocalizePath(table, '/')).toBeNull();
	});

	it('gives the rule pages French slugs and keeps rule ids as they are', () => {
		const withRules = new Map([...table, ...rulePathEntries(['child-pornography'])]);
		expect(localizePath(withRules, '/check/rules', 'fr')).toBe('/fr/verifier/regles');
		expect(localizePath(withRules, '/check/rules/child-pornography', 'fr')).toBe('/fr/verifier/regles/child-pornography');
		expect(localizePath(withRules, '/check/rules/child-pornography', 'en')).toBe('/en/check/rules/child-pornography');
		expect(delocalizePath(withRules, '/fr/verifier/regles/child-pornography')).toEqual({
			locale: 'fr',
			canonical: '/check/rules/child-pornography'
		});
		expect(delocalizePath(withRules, '/fr/verifier/regles')).toEqual({ locale: 'fr', canonical: '/check/rules' });
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
