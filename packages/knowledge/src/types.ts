/** A language the platform is written in. */
export type Locale = 'en' | 'fr';

/** Text given in every locale the platform supports. */
export type Localized<T = string> = Record<Locale, T>;

/**
 * One entry of the shared bibliography. Every factual claim on a Learn page and every
 * checker explanation cites entries by `id`.
 */
export interface Source {
	/** Stable kebab-case id, never renamed (content and rules cite it). */
	id: string;
	/** Title of the work or page, in its original language. */
	title: string;
	/** Authors as usually cited ("Platt, L. et al."); omit for institutional works. */
	authors?: string;
	/** Publisher, journal or organisation. */
	publisher: string;
	/** Year of publication (or of the page's last revision when undated). */
	year: number;
	/** Where the work can be read. Prefer the primary source. */
	url: string;
	/** What kind of work it is; shown next to the citation. */
	kind: 'law' | 'treaty' | 'statistics' | 'research' | 'report' | 'guide' | 'news' | 'organisation';
	/** Why this URL and not the primary one, when it is a secondary copy; or any caveat. */
	note?: Localized;
}

/** Severity of a language term, shared with the checker's rules. */
export type TermSeverity = 'error' | 'warning' | 'info';

/**
 * A term to avoid and what to write instead. The Learn page "Respectful language" renders
 * this list, and the checker's stigma-term rules reuse it.
 */
export interface Term {
	/** Stable kebab-case id, never renamed. */
	id: string;
	/** Words or phrases to avoid, per language (lower case; the first is shown as the heading). */
	avoid: Localized<string[]>;
	/** Better wording, per language, most recommended first. */
	alternatives: Localized<string[]>;
	/** Why, in one or two sentences, our own words. */
	why: Localized;
	/** When the term is fine (quotation, statute title, self-identification), if anything. */
	exceptions?: Localized;
	/** error = wrong in nearly every use; warning = usually wrong; info = contested framing to explain, not correct. */
	severity: TermSeverity;
	/** True when sources disagree (e.g. "prostituted women"): explain as framing, never call it an error. */
	contested?: boolean;
	/** Applies to minors: the alternative is child sexual exploitation, never "sex work". */
	minors?: boolean;
	/** Bibliography ids supporting the guidance. */
	sources: string[];
}

/** A support or contact service listed on the Learn "Support and contacts" page. */
export interface Service {
	id: string;
	name: Localized;
	/**
	 * Who runs it: led by sex workers; a support organisation serving sex workers (not led by
	 * them); anti-trafficking; legal; health; emergency.
	 */
	kind: 'sex-worker-led' | 'support' | 'anti-trafficking' | 'legal' | 'health' | 'emergency';
	/** Where it serves: a province code ("BC", "ON", …) or "national". */
	region: string;
	/** What it offers, one sentence, our own words. */
	description: Localized;
	/** The service's own page. */
	url: string;
	/** Phone number as the service publishes it, if it publishes one. */
	phone?: string;
	/** The primary source that confirms the details above (usually the service's own page). */
	sourceUrl: string;
	/** ISO date on which the details were last confirmed against `sourceUrl`. */
	confirmed: string;
}
