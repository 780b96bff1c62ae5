import type { Category, Locale } from '../types.ts';
import type { CategoryMessages } from './types.ts';

/** The ten categories in each language, after ../shared/corpus/LABELING.md, in our own words. */
export const categoryMessages: Record<Locale, Record<Category, CategoryMessages>> = {
	en: {
		equates: {
			name: 'Sex work equated with trafficking or violence',
			summary: 'Says or implies that sex work is trafficking, slavery, violence or exploitation by nature.'
		},
		lumps: {
			name: 'Sex work and trafficking lumped together',
			summary: 'Joins sex work and trafficking as one problem, or uses the words interchangeably.'
		},
		indicators: {
			name: 'Ordinary work read as signs of trafficking',
			summary:
				'Presents ordinary features of adult sex work, such as cash, condoms, phones or online ads, as signs of trafficking.'
		},
		'no-agency': {
			name: 'Agency denied',
			summary: 'Denies that adult sex workers make their own decisions, or sets aside the words they use for themselves.'
		},
		'sex-only': {
			name: 'Trafficking reduced to sex',
			summary: 'Presents human trafficking as only or mostly sexual, erasing forced labour in other industries.'
		},
		numbers: {
			name: 'Figures and epidemic framing',
			summary: 'Uses inflated or unsourced figures, epidemic framing, or the size of the sex industry as a count of victims.'
		},
		migration: {
			name: 'Migration confused with trafficking',
			summary: 'Presumes migrant sex workers are trafficked, or confuses smuggling and irregular migration with trafficking.'
		},
		'raids-as-rescue': {
			name: 'Raids presented as rescues',
			summary: 'Presents raids, stings or arrests in the sex industry as rescues or as action against trafficking.'
		},
		demand: {
			name: 'Demand said to drive trafficking',
			summary:
				'Claims that demand for paid sex between adults drives trafficking, as a reason to criminalise sex work or clients.'
		},
		'stigma-terms': {
			name: 'Stigmatising words',
			summary:
				'Uses stigmatising words for sex workers or their clients, or words that hide the abuse of children. On their own they do not make a text conflate.'
		}
	},
	fr: {
		equates: {
			name: 'Travail du sexe assimilé à la traite ou à la violence',
			summary:
				'Affirme ou sous-entend que le travail du sexe est, par nature, de la traite, de l’esclavage, de la violence ou de l’exploitation.'
		},
		lumps: {
			name: 'Travail du sexe et traite amalgamés',
			summary: 'Réunit le travail du sexe et la traite en un seul problème, ou emploie un mot pour l’autre.'
		},
		indicators: {
			name: 'Travail ordinaire lu comme un signe de traite',
			summary:
				'Présente des aspects ordinaires du travail du sexe entre adultes, comme l’argent comptant, les condoms, les téléphones ou les annonces en ligne, comme des signes de traite.'
		},
		'no-agency': {
			name: 'Capacité d’agir niée',
			summary:
				'Nie que les travailleuses et travailleurs du sexe adultes prennent leurs propres décisions, ou écarte les mots qu’ils emploient pour se désigner.'
		},
		'sex-only': {
			name: 'Traite réduite au sexe',
			summary:
				'Présente la traite des personnes comme uniquement ou surtout sexuelle, en effaçant le travail forcé dans les autres secteurs.'
		},
		numbers: {
			name: 'Chiffres et discours d’épidémie',
			summary:
				'Emploie des chiffres gonflés ou sans source, un discours d’épidémie, ou la taille de l’industrie du sexe comme nombre de victimes.'
		},
		migration: {
			name: 'Migration confondue avec la traite',
			summary:
				'Présume que les travailleuses et travailleurs du sexe migrants sont victimes de traite, ou confond le trafic de migrants et la migration irrégulière avec la traite.'
		},
		'raids-as-rescue': {
			name: 'Descentes présentées comme des sauvetages',
			summary:
				'Présente les descentes, opérations d’infiltration ou arrestations dans l’industrie du sexe comme des sauvetages ou comme une lutte contre la traite.'
		},
		demand: {
			name: 'La demande présentée comme moteur de la traite',
			summary:
				'Affirme que la demande de services sexuels entre adultes alimente la traite, pour justifier la criminalisation du travail du sexe ou des clients.'
		},
		'stigma-terms': {
			name: 'Mots stigmatisants',
			summary:
				'Emploie des mots stigmatisants pour les travailleuses et travailleurs du sexe ou leurs clients, ou des mots qui masquent l’abus d’enfants. À eux seuls, ils ne font pas d’un texte un amalgame.'
		}
	}
};
