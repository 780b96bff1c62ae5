/**
 * The impact pages' filters as URL query parameters (so that a filtered report is a link that
 * works without JavaScript, and the export and the printable report take the same filters):
 * `session`, `organisation`, `sector` and `year` may repeat; `q` searches the open answers.
 */
export interface ImpactFilter {
	/** The questionnaire (programme) reported on; empty for the default. */
	instrument: string;
	sessions: string[];
	organisations: string[];
	sectors: string[];
	years: string[];
	search: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const clean = (values: string[], max = 50) =>
	[...new Set(values.map((v) => v.trim()).filter((v) => v !== '' && v.length <= 200))].slice(0, max);

/** Reads the filters from a query string; malformed values are dropped, not errors. */
export function readFilter(params: URLSearchParams): ImpactFilter {
	const instrument = (params.get('instrument') ?? '').trim();
	return {
		instrument: /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(instrument) ? instrument : '',
		sessions: clean(params.getAll('session')).filter((id) => UUID.test(id)),
		organisations: clean(params.getAll('organisation')),
		sectors: clean(params.getAll('sector')),
		years: clean(params.getAll('year')).filter((year) => /^\d{4}$/.test(year)),
		search: (params.get('q') ?? '').trim().slice(0, 200)
	};
}

/** The query string of a filter (without `?`), in a stable order; empty for no filter. */
export function filterQuery(filter: ImpactFilter, options: { search?: boolean } = {}): string {
	const params = new URLSearchParams();
	if (filter.instrument) params.set('instrument', filter.instrument);
	for (const id of filter.sessions) params.append('session', id);
	for (const o of filter.organisations) params.append('organisation', o);
	for (const s of filter.sectors) params.append('sector', s);
	for (const y of filter.years) params.append('year', y);
	if ((options.search ?? true) && filter.search) params.set('q', filter.search);
	return params.toString();
}

/** Whether any filter narrows the report. */
export function isFiltered(filter: ImpactFilter): boolean {
	return filter.sessions.length + filter.organisations.length + filter.sectors.length + filter.years.length > 0;
}
