import { describe, expect, it } from 'vitest';
import { foldForSearch, includesFolded } from './search-text.ts';

describe('searching typed text', () => {
	it('folds accents and case away', () => {
		expect(foldForSearch('Écoute Hélène ÇA')).toBe('ecoute helene ca');
		expect(foldForSearch('ﬁne')).toBe('fine');
	});

	it('finds a name typed without its accents, or with accents it does not have', () => {
		expect(includesFolded('Hélène Dupré helene@example.org', 'Helene')).toBe(true);
		expect(includesFolded('Helene Dupre', 'Hélène')).toBe(true);
		expect(includesFolded('Zoë', 'ZOE')).toBe(true);
		expect(includesFolded('François', 'franc')).toBe(true);
	});

	it('finds everything with an empty search and nothing with a search that is not there', () => {
		expect(includesFolded('Ana', '')).toBe(true);
		expect(includesFolded('Ana', 'Béa')).toBe(false);
	});
});
