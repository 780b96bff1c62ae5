import type { Locale } from './locales.ts';

/**
 * Areas whose URLs are not in the content's path table (it feeds the sitemap, and these areas
 * must stay out of it) and which have dynamic segments: each known segment is translated, other
 * segments (record ids) are kept. `/staff/users/abc` is `/en/staff/users/abc` and
 * `/fr/personnel/utilisateurs/abc`.
 */
/** Each section's table has an entry for its own first segment (`staff`). */
const SECTIONS: Record<string, Record<string, Record<Locale, string>>> = {
	staff: {
		staff: { en: 'staff', fr: 'personnel' },
		'sign-in': { en: 'sign-in', fr: 'connexion' },
		'sign-out': { en: 'sign-out', fr: 'deconnexion' },
		'forgot-password': { en: 'forgot-password', fr: 'mot-de-passe-oublie' },
		'reset-password': { en: 'reset-password', fr: 'nouveau-mot-de-passe' },
		invitation: { en: 'invitation', fr: 'invitation' },
		account: { en: 'account', fr: 'compte' },
		users: { en: 'users', fr: 'utilisateurs' },
		outbox: { en: 'outbox', fr: 'courriels' },
		audit: { en: 'audit', fr: 'journal' },
		requests: { en: 'requests', fr: 'demandes' },
		schedule: { en: 'schedule', fr: 'planifier' },
		sessions: { en: 'sessions', fr: 'seances' },
		edit: { en: 'edit', fr: 'modifier' },
		poster: { en: 'poster', fr: 'affiche' },
		'registrations.csv': { en: 'registrations.csv', fr: 'inscriptions.csv' },
		impact: { en: 'impact', fr: 'impact' },
		events: { en: 'events', fr: 'evenements' },
		report: { en: 'report', fr: 'rapport' },
		import: { en: 'import', fr: 'importer' },
		'export.csv': { en: 'export.csv', fr: 'export.csv' },
		instruments: { en: 'instruments', fr: 'questionnaires' },
		dialogues: { en: 'dialogues', fr: 'dialogues' },
		new: { en: 'new', fr: 'nouveau' },
		results: { en: 'results', fr: 'resultats' },
		actions: { en: 'actions', fr: 'actions' },
		'actions.csv': { en: 'actions.csv', fr: 'actions.csv' },
		print: { en: 'print', fr: 'imprimer' },
		registrations: { en: 'registrations', fr: 'inscriptions' }
	}
};

/** `/staff/users/abc` → `/personnel/utilisateurs/abc` in French; null for paths outside a section. */
export function localizeSection(canonical: string, locale: Locale): string | null {
	const segments = canonical.split('/').slice(1);
	const table = SECTIONS[segments[0] ?? ''];
	if (!table) return null;
	return '/' + segments.map((segment) => table[segment]?.[locale] ?? segment).join('/');
}

/** `/personnel/utilisateurs/abc` in French → `/staff/users/abc`; null for paths outside a section. */
export function delocalizeSection(localized: string, locale: Locale): string | null {
	const segments = localized.split('/').slice(1);
	for (const [root, table] of Object.entries(SECTIONS)) {
		if (table[root]?.[locale] !== segments[0]) continue;
		const reverse = new Map(Object.entries(table).map(([canonical, names]) => [names[locale], canonical]));
		return '/' + segments.map((segment) => reverse.get(segment) ?? segment).join('/');
	}
	return null;
}
