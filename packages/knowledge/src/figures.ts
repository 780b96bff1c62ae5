import type { Localized } from './types.ts';

/** One slice of a figure: a category and its value in the figure's unit. */
export interface FigurePart {
	/** Stable kebab-case key, used for colours and test ids. */
	key: string;
	value: number;
	label: Localized;
}

/**
 * A sourced set of numbers that one chart draws (a bar or a stack). The chart component renders it on
 * the server and in the browser, so it holds plain data only.
 */
export interface FigureSeries {
	/** Stable kebab-case id. */
	id: string;
	/** Bibliography id of the source every number comes from. */
	source: string;
	/** Unit of `total` and of every part's `value`, as the chart's axis names it. */
	unit: Localized;
	/** Year the data describe (not the publication year, which the bibliography holds). */
	year: number;
	/** Total as the source publishes it; the parts may not add up exactly because of rounding. */
	total: number;
	title: Localized;
	/** The sentence shown under the chart: what the numbers mean, in our words. */
	caption: Localized;
	parts: readonly FigurePart[];
}

/**
 * People in forced labour worldwide in 2021, by kind of forced labour (ILO, Walk Free and IOM,
 * Global Estimates of Modern Slavery, 2022). The teaching point: most forced labour is not sexual
 * exploitation (6.3 of 27.6 million, about 23%).
 */
export const iloForcedLabour2022 = {
	id: 'ilo-forced-labour-2022',
	source: 'ilo-2022-global-estimates',
	unit: { en: 'million people', fr: 'millions de personnes' },
	year: 2021,
	total: 27.6,
	title: {
		en: 'People in forced labour worldwide, 2021 (millions)',
		fr: 'Personnes en situation de travail forcé dans le monde, 2021 (millions)'
	},
	caption: {
		en: 'Of the 27.6 million people in forced labour in 2021, 6.3 million (about 23%) were in forced commercial sexual exploitation: most forced labour happens in other parts of the private economy or is imposed by states. The parts add up to 27.5 because the source rounds each figure.',
		fr: 'Sur les 27,6 millions de personnes en situation de travail forcé en 2021, 6,3 millions (environ 23 %) subissaient une exploitation sexuelle forcée à des fins commerciales : la plus grande part du travail forcé se trouve ailleurs dans l’économie privée ou est imposée par des États. Les parts totalisent 27,5, car la source arrondit chaque chiffre.'
	},
	parts: [
		{
			key: 'private-economy',
			value: 17.3,
			label: {
				en: 'Forced labour in the private economy (other than commercial sexual exploitation)',
				fr: 'Travail forcé dans l’économie privée (hors exploitation sexuelle à des fins commerciales)'
			}
		},
		{
			key: 'commercial-sexual-exploitation',
			value: 6.3,
			label: {
				en: 'Forced commercial sexual exploitation',
				fr: 'Exploitation sexuelle forcée à des fins commerciales'
			}
		},
		{
			key: 'state-imposed',
			value: 3.9,
			label: {
				en: 'State-imposed forced labour',
				fr: 'Travail forcé imposé par l’État'
			}
		}
	]
} as const satisfies FigureSeries;
