/**
 * Searching what people typed, the way people search it: a name typed without its accents
 * ("Helene", on a phone at the door) still finds "Hélène", and case never matters.
 */

/** Lower-cased, accents removed (Unicode compatibility decomposition): "Écoute" → "ecoute". */
export function foldForSearch(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

/** Whether `text` contains `search`, accents and case ignored; an empty search finds everything. */
export function includesFolded(text: string, search: string): boolean {
	return foldForSearch(text).includes(foldForSearch(search));
}
