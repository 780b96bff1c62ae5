import { instrumentSchema, type Instrument } from './instrument.ts';

const unsure = { id: 'unsure', label: { en: 'I don’t know', fr: 'Je ne sais pas' } };

/**
 * The default instrument for the four-hour workshop, in English and Canadian French, written for
 * this platform. Knowledge items are asked before and after (a true pre/post, as RESEARCH.md §5.1
 * recommends for objective knowledge); each cites the bibliography ids that establish its answer
 * and offers "I don't know", so that guessing is not forced. Belief items are asked before and
 * after; `reversed` marks those where agreeing is the conflating belief. Self-rated confidence is
 * asked once, after, as a "before / now" pair (retrospective design, §5.1). The open question
 * "what will stay with you" is Living in Community's own (§5.1).
 *
 * No validated scale measures conflation beliefs (§5.2): these items are a first version to pilot,
 * not a validated measure, and results should be reported as such.
 */
export const defaultInstrument: Instrument = instrumentSchema.parse({
	id: 'workshop',
	version: 1,
	title: { en: 'Workshop evaluation', fr: 'Évaluation de l’atelier' },
	scales: {
		agreement: {
			en: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
			fr: [
				'Tout à fait en désaccord',
				'Plutôt en désaccord',
				'Ni en accord ni en désaccord',
				'Plutôt d’accord',
				'Tout à fait d’accord'
			]
		},
		confidence: {
			en: ['Not at all confident', 'Slightly confident', 'Somewhat confident', 'Confident', 'Very confident'],
			fr: ['Pas du tout à l’aise', 'Un peu à l’aise', 'Moyennement à l’aise', 'À l’aise', 'Très à l’aise']
		}
	},
	periods: {
		before: { en: 'Before the workshop', fr: 'Avant l’atelier' },
		now: { en: 'Now', fr: 'Maintenant' }
	},
	items: [
		// ── Knowledge: one correct answer each, asked before and after ───────────────────────
		{
			id: 'k-trafficking-scenario',
			kind: 'knowledge',
			phases: ['pre', 'post'],
			prompt: {
				en: 'Which of these situations has all the elements of human trafficking?',
				fr: 'Laquelle de ces situations réunit tous les éléments de la traite des personnes?'
			},
			options: [
				{
					id: 'independent-adult',
					label: {
						en: 'An adult decides to sell sexual services and keeps what they earn.',
						fr: 'Une personne adulte décide d’offrir des services sexuels et garde ce qu’elle gagne.'
					}
				},
				{
					id: 'deceived-and-threatened',
					label: {
						en: 'A worker is recruited with lies about the job, then kept at work by threats.',
						fr: 'Une personne est recrutée au moyen de mensonges sur l’emploi, puis maintenue au travail par des menaces.'
					}
				},
				{
					id: 'paid-crossing',
					label: {
						en: 'A person pays someone to help them cross a border irregularly and is free once they arrive.',
						fr: 'Une personne paie quelqu’un pour l’aider à franchir une frontière de façon irrégulière et elle est libre une fois arrivée.'
					}
				},
				unsure
			],
			correct: 'deceived-and-threatened',
			sources: ['un-palermo-protocol', 'unodc-e4j-module-3', 'unodc-smuggling-vs-trafficking'],
			explanation: {
				en: 'Trafficking joins an act (here, recruiting), a means (lies and threats) and a purpose of exploitation. Selling sexual services by choice has none of these, and paying to be smuggled across a border is a different crime.',
				fr: 'La traite réunit un acte (ici, le recrutement), un moyen (les mensonges et les menaces) et une fin d’exploitation. Offrir des services sexuels par choix ne comporte aucun de ces éléments, et payer pour passer une frontière clandestinement relève d’un autre crime.'
			}
		},
		{
			id: 'k-forced-labour-sectors',
			kind: 'knowledge',
			phases: ['pre', 'post'],
			prompt: {
				en: 'According to the ILO’s 2022 global estimates, where were most people in forced labour exploited?',
				fr: 'Selon les estimations mondiales de l’OIT de 2022, où la plupart des personnes en travail forcé étaient-elles exploitées?'
			},
			options: [
				{ id: 'commercial-sex', label: { en: 'In commercial sex', fr: 'Dans le commerce du sexe' } },
				{
					id: 'other-private-work',
					label: {
						en: 'In other private-sector work, such as farms, construction sites, factories and private homes',
						fr: 'Dans d’autres secteurs de l’économie privée, comme les fermes, les chantiers, les usines et les maisons privées'
					}
				},
				{
					id: 'state-imposed',
					label: { en: 'In forced labour imposed by states', fr: 'Dans le travail forcé imposé par l’État' }
				},
				unsure
			],
			correct: 'other-private-work',
			sources: ['ilo-2022-global-estimates'],
			explanation: {
				en: 'Of 27.6 million people in forced labour in 2021, 17.3 million were exploited in private-sector work other than commercial sex, 6.3 million in forced commercial sexual exploitation and 3.9 million in forced labour imposed by states.',
				fr: 'Sur 27,6 millions de personnes en travail forcé en 2021, 17,3 millions étaient exploitées dans l’économie privée hors du commerce du sexe, 6,3 millions subissaient une exploitation sexuelle commerciale forcée et 3,9 millions un travail forcé imposé par l’État.'
			}
		},
		{
			id: 'k-sex-work-or-trafficking',
			kind: 'knowledge',
			phases: ['pre', 'post'],
			prompt: {
				en: 'What separates adult sex work from human trafficking?',
				fr: 'Qu’est-ce qui distingue le travail du sexe entre adultes de la traite des personnes?'
			},
			options: [
				{ id: 'money', label: { en: 'Whether money changes hands', fr: 'Le fait qu’il y ait un échange d’argent' } },
				{
					id: 'border',
					label: { en: 'Whether the person crossed a border', fr: 'Le fait que la personne ait franchi une frontière' }
				},
				{
					id: 'coercion',
					label: {
						en: 'Whether the person is exploited through force, threats, deception or other coercion',
						fr: 'Le fait que la personne soit exploitée par la force, la menace, la tromperie ou une autre forme de contrainte'
					}
				},
				unsure
			],
			correct: 'coercion',
			sources: ['un-palermo-protocol', 'amnesty-2016-policy', 'swan-position-statements'],
			explanation: {
				en: 'Sex work is an exchange between consenting adults. Trafficking is defined by exploitation through coercive means, in any industry, whether or not anyone moves or is paid.',
				fr: 'Le travail du sexe est un échange entre adultes consentants. La traite se définit par l’exploitation au moyen de la contrainte, dans n’importe quel secteur, qu’il y ait ou non déplacement ou paiement.'
			}
		},
		{
			id: 'k-consent-canada',
			kind: 'knowledge',
			phases: ['pre', 'post'],
			prompt: {
				en: 'Under Canada’s Criminal Code, can the consent of the person trafficked be a defence to a charge of trafficking in persons?',
				fr: 'Selon le Code criminel du Canada, le consentement de la personne victime peut-il servir de défense contre une accusation de traite des personnes?'
			},
			options: [
				{ id: 'adult', label: { en: 'Yes, if the person is an adult', fr: 'Oui, si la personne est adulte' } },
				{
					id: 'never-valid',
					label: {
						en: 'No: no consent to the conduct behind the charge is valid',
						fr: 'Non : aucun consentement aux actes visés par l’accusation n’est valable'
					}
				},
				{ id: 'paid', label: { en: 'Only if the person was paid', fr: 'Seulement si la personne a été payée' } },
				unsure
			],
			correct: 'never-valid',
			sources: ['criminal-code-279', 'justice-canada-tip-factsheet'],
			explanation: {
				en: 'Subsection 279.01(2) of the Criminal Code says that no consent to the activity behind a trafficking charge is valid.',
				fr: 'Le paragraphe 279.01(2) du Code criminel prévoit qu’aucun consentement aux actes visés par une accusation de traite n’est valable.'
			}
		},
		{
			id: 'k-movement',
			kind: 'knowledge',
			phases: ['pre', 'post'],
			prompt: {
				en: 'Does human trafficking require moving a person from one place to another?',
				fr: 'La traite des personnes exige-t-elle de déplacer une personne d’un endroit à un autre?'
			},
			options: [
				{ id: 'border', label: { en: 'Yes, always across a border', fr: 'Oui, toujours d’un pays à un autre' } },
				{ id: 'city', label: { en: 'Yes, at least from one city to another', fr: 'Oui, au moins d’une ville à une autre' } },
				{
					id: 'not-required',
					label: {
						en: 'No: holding or controlling a person in order to exploit them can be enough',
						fr: 'Non : retenir ou contrôler une personne pour l’exploiter peut suffire'
					}
				},
				unsure
			],
			correct: 'not-required',
			sources: ['un-palermo-protocol', 'criminal-code-279', 'unodc-e4j-module-3'],
			explanation: {
				en: 'The Palermo Protocol’s acts include harbouring and receiving a person; Canada’s offence includes holding or concealing a person and controlling their movements.',
				fr: 'Les actes visés par le Protocole de Palerme comprennent l’hébergement et l’accueil d’une personne; l’infraction canadienne comprend le fait de la détenir, de la cacher et de contrôler ses mouvements.'
			}
		},
		{
			id: 'k-policing-harms',
			kind: 'knowledge',
			phases: ['pre', 'post'],
			prompt: {
				en: 'A 2018 review of studies from many countries (Platt and colleagues) looked at repressive policing of sex work, such as arrests or pushing sex workers out of their work areas. What did it find?',
				fr: 'Une revue d’études de nombreux pays publiée en 2018 (Platt et collègues) a examiné la répression policière du travail du sexe, comme les arrestations ou l’éviction des lieux de travail. Qu’a-t-elle constaté?'
			},
			options: [
				{
					id: 'more-violence',
					label: {
						en: 'It was linked to more sexual or physical violence against sex workers',
						fr: 'Elle était associée à davantage de violence sexuelle ou physique envers les travailleuses et travailleurs du sexe'
					}
				},
				{
					id: 'safer',
					label: {
						en: 'It made sex workers safer',
						fr: 'Elle rendait les travailleuses et travailleurs du sexe plus en sécurité'
					}
				},
				{
					id: 'no-link',
					label: {
						en: 'It had no measurable link with sex workers’ health or safety',
						fr: 'Elle n’avait aucun lien mesurable avec leur santé ou leur sécurité'
					}
				},
				unsure
			],
			correct: 'more-violence',
			sources: ['platt-2018'],
			explanation: {
				en: 'Sex workers exposed to repressive policing had about three times the odds of sexual or physical violence (odds ratio 2.99).',
				fr: 'Les travailleuses et travailleurs du sexe exposés à la répression policière avaient une cote environ trois fois plus élevée de subir de la violence sexuelle ou physique (rapport de cotes de 2,99).'
			}
		},

		// ── Beliefs: agreement, before and after; reversed = agreeing is the conflating view ──
		{
			id: 'b-most-sex-workers-trafficked',
			kind: 'belief',
			phases: ['pre', 'post'],
			reversed: true,
			scale: 'agreement',
			prompt: {
				en: 'Most sex workers are trafficked.',
				fr: 'La plupart des travailleuses et travailleurs du sexe sont victimes de traite.'
			}
		},
		{
			id: 'b-trafficking-mainly-sex-industry',
			kind: 'belief',
			phases: ['pre', 'post'],
			reversed: true,
			scale: 'agreement',
			prompt: {
				en: 'Human trafficking is mainly a problem of the sex industry.',
				fr: 'La traite des personnes est surtout un problème de l’industrie du sexe.'
			}
		},
		{
			id: 'b-adults-decide',
			kind: 'belief',
			phases: ['pre', 'post'],
			reversed: false,
			scale: 'agreement',
			prompt: {
				en: 'Adults can decide for themselves to do sex work.',
				fr: 'Des adultes peuvent décider par eux-mêmes de faire du travail du sexe.'
			}
		},
		{
			id: 'b-raids-help',
			kind: 'belief',
			phases: ['pre', 'post'],
			reversed: true,
			scale: 'agreement',
			prompt: {
				en: 'Police raids on places where sex is sold are a good way to help trafficked people.',
				fr: 'Les descentes policières dans les lieux où l’on vend des services sexuels sont un bon moyen d’aider les victimes de traite.'
			}
		},
		{
			id: 'b-conflation-harms',
			kind: 'belief',
			phases: ['pre', 'post'],
			reversed: false,
			scale: 'agreement',
			prompt: {
				en: 'Treating all sex work as trafficking can make both sex workers and trafficked people less safe.',
				fr: 'Traiter tout travail du sexe comme de la traite peut nuire à la sécurité des travailleuses et travailleurs du sexe comme à celle des victimes de traite.'
			}
		},
		{
			id: 'b-take-account-seriously',
			kind: 'belief',
			phases: ['pre', 'post'],
			reversed: false,
			scale: 'agreement',
			prompt: {
				en: 'When people describe their own work, I should take their account seriously rather than assume they are victims.',
				fr: 'Quand une personne décrit son propre travail, je dois prendre ses propos au sérieux plutôt que de présumer qu’elle est une victime.'
			}
		},

		// ── Retrospective self-ratings: after only, "before the workshop" and "now" ─────────
		{
			id: 'r-respond-to-named-need',
			kind: 'retrospective',
			phases: ['post'],
			scale: 'confidence',
			prompt: {
				en: 'Responding to a need that a person names for themselves, without assuming they are trafficked',
				fr: 'Répondre à un besoin qu’une personne exprime elle-même, sans présumer qu’elle est victime de traite'
			}
		},
		{
			id: 'r-tell-apart',
			kind: 'retrospective',
			phases: ['post'],
			scale: 'confidence',
			prompt: {
				en: 'Telling sex work, exploitation and trafficking apart',
				fr: 'Distinguer le travail du sexe, l’exploitation et la traite'
			}
		},
		{
			id: 'r-respectful-language',
			kind: 'retrospective',
			phases: ['post'],
			scale: 'confidence',
			prompt: {
				en: 'Using respectful, non-stigmatizing language about sex work',
				fr: 'Employer un langage respectueux et non stigmatisant pour parler du travail du sexe'
			}
		},
		{
			id: 'r-refer',
			kind: 'retrospective',
			phases: ['post'],
			scale: 'confidence',
			prompt: {
				en: 'Knowing where to refer someone who asks for support',
				fr: 'Savoir vers quelles ressources orienter une personne qui demande du soutien'
			}
		},

		// ── Open questions: after only ──────────────────────────────────────────────────────
		{
			id: 'o-stays-with-you',
			kind: 'open',
			phases: ['post'],
			maxLength: 2000,
			prompt: { en: 'What will stay with you long after today?', fr: 'Qu’est-ce qui vous restera longtemps après aujourd’hui?' }
		},
		{
			id: 'o-do-differently',
			kind: 'open',
			phases: ['post'],
			maxLength: 2000,
			prompt: {
				en: 'What, if anything, will you do differently in your work?',
				fr: 'Que ferez-vous autrement dans votre travail, s’il y a lieu?'
			}
		}
	]
});
