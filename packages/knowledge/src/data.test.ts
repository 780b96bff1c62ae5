import { describe, it, expect } from 'vitest';
import { coreSources } from './bibliography/core.ts';
import { terms } from './terms.ts';
import { services } from './services.ts';
import { iloForcedLabour2022 } from './figures.ts';
import type { Locale, Localized, Source, Term } from './types.ts';

const locales: readonly Locale[] = ['en', 'fr'];
const sources: readonly Source[] = coreSources;
const allTerms: readonly Term[] = terms;
const sourceIds = new Set(sources.map((source) => source.id));
const httpUrl = /^https?:\/\/[^\s/]+\.[^\s]+$/;
const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids that occur more than once, so a failure names them. */
function duplicates(ids: readonly string[]): string[] {
	return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/** Whole-word, case-insensitive match that treats accented letters as letters (é is part of a word). */
function containsPhrase(text: string, phrase: string): boolean {
	const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

function isFilled(text: Localized): boolean {
	return locales.every((locale) => text[locale].trim().length > 0);
}

describe('core bibliography', () => {
	it('gives every source a unique kebab-case id', () => {
		const ids = sources.map((source) => source.id);
		expect(duplicates(ids)).toEqual([]);
		expect(ids.filter((id) => !kebabCase.test(id))).toEqual([]);
	});

	it('gives every source an http(s) URL', () => {
		expect(sources.filter((source) => !httpUrl.test(source.url)).map((source) => source.id)).toEqual([]);
	});

	it('gives every source a four-digit year no later than the year of the last check', () => {
		const bad = sources.filter((source) => !Number.isInteger(source.year) || source.year < 1000 || source.year > 2026);
		expect(bad.map((source) => source.id)).toEqual([]);
	});

	it('gives every source a title and a publisher', () => {
		const bad = sources.filter((source) => !source.title.trim() || !source.publisher.trim());
		expect(bad.map((source) => source.id)).toEqual([]);
	});

	it('writes every note in both English and French', () => {
		const bad = sources.filter((source) => source.note !== undefined && !isFilled(source.note));
		expect(bad.map((source) => source.id)).toEqual([]);
	});
});

describe('respectful-language terms', () => {
	it('gives every term a unique kebab-case id', () => {
		const ids = allTerms.map((term) => term.id);
		expect(duplicates(ids)).toEqual([]);
		expect(ids.filter((id) => !kebabCase.test(id))).toEqual([]);
	});

	it('fills avoid, alternatives and why in English and French', () => {
		const bad = allTerms.filter(
			(term) =>
				!isFilled(term.why) ||
				locales.some(
					(locale) =>
						term.avoid[locale].length === 0 ||
						term.alternatives[locale].length === 0 ||
						[...term.avoid[locale], ...term.alternatives[locale]].some((phrase) => !phrase.trim())
				)
		);
		expect(bad.map((term) => term.id)).toEqual([]);
	});

	it('writes exceptions in both languages whenever a term has them', () => {
		const bad = allTerms.filter((term) => term.exceptions !== undefined && !isFilled(term.exceptions));
		expect(bad.map((term) => term.id)).toEqual([]);
	});

	it('keeps avoid phrases in lower case, as the checker matches them', () => {
		const bad = allTerms.flatMap((term) =>
			locales.flatMap((locale) =>
				term.avoid[locale]
					.filter((phrase) => phrase !== phrase.toLocaleLowerCase(locale))
					.map((phrase) => `${term.id} (${locale}): ${phrase}`)
			)
		);
		expect(bad).toEqual([]);
	});

	it('never suggests an alternative that another term would flag', () => {
		const conflicts = allTerms.flatMap((term) =>
			locales.flatMap((locale) =>
				term.alternatives[locale].flatMap((alternative) =>
					allTerms.flatMap((other) =>
						other.avoid[locale]
							.filter((phrase) => containsPhrase(alternative, phrase))
							.map((phrase) => `${term.id} (${locale}) "${alternative}" contains "${phrase}" from ${other.id}`)
					)
				)
			)
		);
		expect(conflicts).toEqual([]);
	});

	it('points terms about minors to child sexual exploitation, never to sex work', () => {
		const minorTerms = allTerms.filter((term) => term.minors === true);
		expect(minorTerms.length).toBeGreaterThan(0);
		const sexWork = /sex[\s-]*work|travail\S*\s+du\s+sexe/iu;
		const bad = minorTerms.flatMap((term) =>
			locales.flatMap((locale) =>
				term.alternatives[locale]
					.filter((alternative) => sexWork.test(alternative))
					.map((alternative) => `${term.id} (${locale}): ${alternative}`)
			)
		);
		expect(bad).toEqual([]);
	});

	it('never marks a contested framing term as an error', () => {
		const bad = allTerms.filter((term) => term.contested === true && term.severity === 'error');
		expect(bad.map((term) => term.id)).toEqual([]);
	});

	it('cites at least one source for every term, and only sources in the core bibliography', () => {
		const bad = allTerms.flatMap((term) =>
			term.sources.length === 0
				? [`${term.id}: no source`]
				: term.sources.filter((id) => !sourceIds.has(id)).map((id) => `${term.id}: ${id}`)
		);
		expect(bad).toEqual([]);
	});
});

describe('ILO forced-labour figure', () => {
	it('cites a source that is in the core bibliography', () => {
		expect(sourceIds.has(iloForcedLabour2022.source)).toBe(true);
	});

	it('has parts that add up to the published total within rounding', () => {
		const sum = iloForcedLabour2022.parts.reduce((total, part) => total + part.value, 0);
		expect(Math.abs(sum - iloForcedLabour2022.total)).toBeLessThanOrEqual(0.2);
	});

	it('gives every part a unique key and a label in both languages', () => {
		const keys = iloForcedLabour2022.parts.map((part) => part.key);
		expect(duplicates(keys)).toEqual([]);
		expect(iloForcedLabour2022.parts.every((part) => isFilled(part.label))).toBe(true);
		expect(isFilled(iloForcedLabour2022.title) && isFilled(iloForcedLabour2022.caption)).toBe(true);
	});
});

describe('support services', () => {
	it('gives every service a unique kebab-case id', () => {
		const ids = services.map((service) => service.id);
		expect(duplicates(ids)).toEqual([]);
		expect(ids.filter((id) => !kebabCase.test(id))).toEqual([]);
	});

	it('records a valid ISO date for when each service was confirmed', () => {
		const bad = services.filter((service) => {
			const date = new Date(`${service.confirmed}T00:00:00Z`);
			return (
				!/^\d{4}-\d{2}-\d{2}$/.test(service.confirmed) ||
				Number.isNaN(date.getTime()) ||
				date.toISOString().slice(0, 10) !== service.confirmed
			);
		});
		expect(bad.map((service) => service.id)).toEqual([]);
	});

	it('links every service and its confirming source with http(s) URLs', () => {
		const bad = services.filter((service) => !httpUrl.test(service.url) || !httpUrl.test(service.sourceUrl));
		expect(bad.map((service) => service.id)).toEqual([]);
	});

	it('names and describes every service in English and French', () => {
		const bad = services.filter((service) => !isFilled(service.name) || !isFilled(service.description));
		expect(bad.map((service) => service.id)).toEqual([]);
	});

	it('places every service in a province or territory code, or nationally', () => {
		const regions = new Set(['national', 'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT']);
		expect(services.filter((service) => !regions.has(service.region)).map((s) => s.id)).toEqual([]);
	});
});
