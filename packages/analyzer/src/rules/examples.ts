import type { Locale } from '../types.ts';
import type { RuleId } from './index.ts';

/**
 * A short passage that shows what a rule does. The passage is English, because the analyzer reads
 * English; why it is flagged or left alone is explained in every language of the platform.
 */
export interface RuleExample {
	/**
	 * The passage. In a flagged example, `[[double brackets]]` mark each span the rule points at
	 * (the brackets are not part of the text analysed); a clear example has no brackets.
	 */
	text: string;
	/** Why the rule flags this passage, or why it leaves it alone. */
	why: Record<Locale, string>;
}

/**
 * What a rule flags and what it correctly leaves alone. Written for the rule pages in our own words
 * (never taken from the corpus). `test/examples.test.ts` runs every example through `analyze`, so
 * the public documentation cannot drift from what the analyzer does.
 */
export interface RuleExamples {
	/** Passages the rule flags, exactly at the marked spans: at least two. */
	flagged: readonly RuleExample[];
	/** Similar passages the rule leaves alone (negation, distinction, attribution, critique, legal names, minors …): at least two. */
	clear: readonly RuleExample[];
}

/** A marked example split into the text analysed and the spans the rule must report. */
export interface ParsedExample {
	text: string;
	/** 0-based UTF-16 offsets into `text`, end exclusive, in order. */
	spans: Array<{ start: number; end: number }>;
}

/** Read the `[[…]]` marks of an example. Throws on an unclosed, empty or nested mark. */
export function parseExample(marked: string): ParsedExample {
	const spans: ParsedExample['spans'] = [];
	let text = '';
	let open = -1;
	for (let i = 0; i < marked.length; i++) {
		const pair = marked.slice(i, i + 2);
		if (pair === '[[' || pair === ']]') {
			if (pair === '[[' && open >= 0) throw new Error(`nested [[ in example: ${marked}`);
			if (pair === ']]' && open < 0) throw new Error(`]] without [[ in example: ${marked}`);
			if (pair === '[[') open = text.length;
			else {
				if (text.length === open) throw new Error(`empty [[]] in example: ${marked}`);
				spans.push({ start: open, end: text.length });
				open = -1;
			}
			i++;
			continue;
		}
		text += marked[i];
	}
	if (open >= 0) throw new Error(`[[ without ]] in example: ${marked}`);
	return { text, spans };
}

export const examples: Readonly<Record<RuleId, RuleExamples>> = {
	// ── equates ──────────────────────────────────────────────────────────────────────────────
	'sex-work-is-violence': {
		flagged: [
			{
				text: "Our council's strategy starts from one premise: [[the sex trade is intrinsically violent]].",
				why: {
					en: 'The text states, in its own voice, that selling sex is violent by nature, whoever is involved.',
					fr: 'Le texte affirme, en son propre nom, que la vente de services sexuels est violente par nature, quelles que soient les personnes en cause.'
				}
			},
			{
				text: 'The new policy will [[define prostitution as a form of violence against women]].',
				why: {
					en: 'Defining all sex work as violence leaves no room for adults who consent to it.',
					fr: 'Définir tout travail du sexe comme une violence ne laisse aucune place aux adultes qui y consentent.'
				}
			},
			{
				text: '[[Like slavery, the sex industry]] must be abolished rather than regulated.',
				why: {
					en: 'The comparison with slavery presents sex work as a crime against the very people who do it.',
					fr: 'La comparaison avec l’esclavage présente le travail du sexe comme un crime contre les personnes mêmes qui l’exercent.'
				}
			}
		],
		clear: [
			{
				text: 'Sex work is not violence in itself; the violence comes from people who attack sex workers.',
				why: {
					en: 'Negation: the sentence rejects the equation and names who commits the violence.',
					fr: 'Négation : la phrase rejette l’équivalence et nomme qui commet la violence.'
				}
			},
			{
				text: 'Some abolitionist groups argue that prostitution is inherently violent, a view that sex worker organisations reject.',
				why: {
					en: 'Attribution: the claim is reported as the position of some groups, next to the opposing view.',
					fr: 'Attribution : l’affirmation est rapportée comme la position de certains groupes, à côté du point de vue opposé.'
				}
			},
			{
				text: 'Forced prostitution is a form of sexual violence and a crime.',
				why: {
					en: '“Forced” limits the statement to coercion, which is violence; it says nothing about consenting adults.',
					fr: '« Forced » (forcée) limite l’énoncé à la contrainte, qui est bien une violence; il ne dit rien des adultes consentants.'
				}
			}
		]
	},
	'it-is-violence': {
		flagged: [
			{
				text: 'Buying sex is never harmless. [[It is a form of exploitation]] that the law must end.',
				why: {
					en: '“It” refers back to buying sex, which the text then calls exploitation as such.',
					fr: '« It » renvoie à l’achat de services sexuels, que le texte qualifie ensuite d’exploitation en soi.'
				}
			},
			{
				text: 'Strip clubs and escort agencies belong to a [[predatory industry]].',
				why: {
					en: 'A whole industry is called predatory instead of naming anyone who did harm.',
					fr: 'Toute une industrie est qualifiée de prédatrice au lieu de nommer qui a causé un tort.'
				}
			},
			{
				text: 'Too many women have been [[harmed by the sex trade]] in this city.',
				why: {
					en: 'The trade itself is made the cause of harm, rather than the people who caused it.',
					fr: 'Le commerce lui-même devient la cause du tort, plutôt que les personnes qui l’ont causé.'
				}
			}
		],
		clear: [
			{
				text: 'Sex workers at the clinic spoke about their jobs. None of them said it was a form of violence; most spoke of rent and childcare.',
				why: {
					en: 'Attribution: the text reports what sex workers said, and they did not describe their work as violence.',
					fr: 'Attribution : le texte rapporte ce qu’ont dit les travailleuses et travailleurs du sexe, qui n’ont pas décrit leur travail comme une violence.'
				}
			},
			{
				text: 'Someone at the forum raised sex work. Is it a form of violence, or a job like others?',
				why: {
					en: 'Question: the sentence asks instead of asserting.',
					fr: 'Question : la phrase interroge au lieu d’affirmer.'
				}
			},
			{
				text: "The mayor's talk of a predatory industry is a stereotype that ignores what escorts report.",
				why: {
					en: 'Critique: the phrase is mentioned in order to challenge it.',
					fr: 'Critique : l’expression est mentionnée pour être contestée.'
				}
			}
		]
	},
	'no-difference-sex-work-trafficking': {
		flagged: [
			{
				text: 'In practice there is [[little difference between]] a brothel and a trafficking ring.',
				why: {
					en: 'The sentence erases the line between a workplace and a crime defined by coercion.',
					fr: 'La phrase efface la frontière entre un lieu de travail et un crime défini par la contrainte.'
				}
			},
			{
				text: 'Prostitution and trafficking are [[two sides of the same coin]].',
				why: {
					en: 'Two different things are presented as one.',
					fr: 'Deux réalités différentes sont présentées comme une seule.'
				}
			}
		],
		clear: [
			{
				text: 'Some politicians claim there is no difference between sex work and trafficking; researchers disagree.',
				why: {
					en: 'Attribution: the claim belongs to some politicians, and the text reports the disagreement.',
					fr: 'Attribution : l’affirmation est celle de certains politiciens, et le texte rapporte le désaccord.'
				}
			},
			{
				text: 'Treating sex work and trafficking as the same thing is a misconception that harms both groups.',
				why: {
					en: 'Critique: the sentence names the confusion in order to reject it.',
					fr: 'Critique : la phrase nomme la confusion pour la rejeter.'
				}
			},
			{
				text: 'There is a real difference between sex work and trafficking: consent.',
				why: {
					en: 'The sentence affirms the difference instead of denying it.',
					fr: 'La phrase affirme la différence au lieu de la nier.'
				}
			}
		]
	},
	'so-called-sex-work': {
		flagged: [
			{
				text: 'The charity runs a shelter for women leaving [[so-called sex work]].',
				why: {
					en: '“So-called” suggests that the name people give their own work is false.',
					fr: '« So-called » (soi-disant) laisse entendre que le nom que les personnes donnent à leur propre travail est faux.'
				}
			},
			{
				text: 'The report spends a chapter on [[what is euphemistically called sex work]].',
				why: {
					en: 'The term is called a euphemism without saying for what, or on what evidence.',
					fr: 'Le terme est traité d’euphémisme sans dire de quoi, ni sur quelle preuve.'
				}
			}
		],
		clear: [
			{
				text: 'Calling it so-called sex work, as the columnist did, is misleading.',
				why: {
					en: 'Critique: the phrase is quoted from a columnist in order to reject it.',
					fr: 'Critique : l’expression est reprise d’un chroniqueur pour être rejetée.'
				}
			},
			{
				text: 'Sex workers call their job sex work, and the health agency uses the same term.',
				why: {
					en: 'The term is used plainly, as the people concerned use it.',
					fr: 'Le terme est employé simplement, comme l’emploient les personnes concernées.'
				}
			}
		]
	},
	'scare-quoted-sex-work': {
		flagged: [
			{
				text: 'The agency funds exit programmes for women in “[[sex work]]”.',
				why: {
					en: 'Quotation marks around the term alone signal doubt about it without saying why.',
					fr: 'Des guillemets autour du seul terme expriment un doute sans dire pourquoi.'
				}
			},
			{
				text: 'Many "[[sex workers]]" end up in debt to the owners.',
				why: {
					en: 'Straight quotation marks have the same effect: the reader is invited not to take the term at its word.',
					fr: 'Les guillemets droits ont le même effet : le lecteur est invité à ne pas prendre le terme au pied de la lettre.'
				}
			}
		],
		clear: [
			{
				text: 'The union says its members prefer the term “sex work” to any other.',
				why: {
					en: 'Attribution: the quotation marks mention the union’s own word; they do not doubt it.',
					fr: 'Attribution : les guillemets citent le mot du syndicat lui-même; ils n’en doutent pas.'
				}
			},
			{
				text: '“Sex work” describes consenting adults and is not the same as trafficking.',
				why: {
					en: 'Distinction: the term is quoted in order to define it and set it apart from trafficking.',
					fr: 'Distinction : le terme est cité pour le définir et le distinguer de la traite.'
				}
			}
		]
	},

	// ── lumps ────────────────────────────────────────────────────────────────────────────────
	'trafficking-joined-with-sex-work': {
		flagged: [
			{
				text: 'The new unit will investigate [[human trafficking and prostitution]] across the province.',
				why: {
					en: 'A crime and adult sex work are given one mandate, as if they were one problem.',
					fr: 'Un crime et le travail du sexe entre adultes reçoivent un seul mandat, comme s’il s’agissait d’un seul problème.'
				}
			},
			{
				text: 'Funding goes to groups that fight [[prostitution and sex trafficking]].',
				why: {
					en: 'One fight against both presents them as the same thing.',
					fr: 'Une même lutte contre les deux les présente comme une seule et même chose.'
				}
			}
		],
		clear: [
			{
				text: 'Human trafficking and sex work are distinct issues that need different responses.',
				why: {
					en: 'Distinction: the two are named together only to set them apart.',
					fr: 'Distinction : les deux sont nommés ensemble seulement pour les distinguer.'
				}
			},
			{
				text: 'Lumping trafficking and prostitution together has led police to arrest the women they claim to protect.',
				why: {
					en: 'Critique: the sentence describes the lumping and its harm.',
					fr: 'Critique : la phrase décrit l’amalgame et le tort qu’il cause.'
				}
			},
			{
				text: 'The study was not about trafficking or sex work in general, but about farm labour.',
				why: {
					en: 'Negation: the pair is mentioned to say what the study was not about.',
					fr: 'Négation : les deux sont mentionnés pour dire ce sur quoi l’étude ne portait pas.'
				}
			}
		]
	},
	'trafficking-legality': {
		flagged: [
			{
				text: 'Licensing brothels would amount to [[legalising sex trafficking]].',
				why: {
					en: 'Trafficking is a crime everywhere; what licensing brothels would regulate is sex work, here called trafficking.',
					fr: 'La traite est un crime partout; ce que l’octroi de permis aux maisons closes encadrerait, c’est le travail du sexe, appelé ici traite.'
				}
			},
			{
				text: 'Parliament is debating the [[legal status of trafficking]], with some members calling for licensed brothels.',
				why: {
					en: 'The debate is about brothels, that is about sex work, yet the text calls it trafficking.',
					fr: 'Le débat porte sur les maisons closes, donc sur le travail du sexe, mais le texte parle de traite.'
				}
			}
		],
		clear: [
			{
				text: 'No country has decriminalised human trafficking; what some have decriminalised is sex work.',
				why: {
					en: 'Negation: the sentence denies that trafficking is ever legal and names the real subject.',
					fr: 'Négation : la phrase nie que la traite soit jamais légale et nomme le véritable sujet.'
				}
			},
			{
				text: 'Would licensing brothels legalize trafficking? The evidence says no.',
				why: {
					en: 'Question: the phrase is asked about, and answered, rather than asserted.',
					fr: 'Question : l’idée est posée en question, puis réfutée, au lieu d’être affirmée.'
				}
			}
		]
	},
	'sex-industry-called-trafficking': {
		flagged: [
			{
				text: 'Strip clubs and escort agencies are part of the [[sex trafficking industry]].',
				why: {
					en: 'Businesses of the sex industry are called a trafficking industry as a whole.',
					fr: 'Des entreprises de l’industrie du sexe sont rangées, en bloc, dans une industrie de la traite.'
				}
			},
			{
				text: 'Money from the [[sex trafficking business]] is laundered through shell companies.',
				why: {
					en: 'Trafficking is described as a business sector, a name that in practice covers the sex industry as a whole.',
					fr: 'La traite est décrite comme un secteur d’activité, un nom qui, en pratique, désigne toute l’industrie du sexe.'
				}
			}
		],
		clear: [
			{
				text: 'Calling the whole sex industry a sex trafficking industry is misleading, the researchers wrote.',
				why: {
					en: 'Critique: the label is mentioned in order to reject it.',
					fr: 'Critique : l’étiquette est mentionnée pour être rejetée.'
				}
			},
			{
				text: 'Police claimed the sex trafficking trade was worth millions, without citing any study.',
				why: {
					en: 'Attribution: the phrase is the police’s, and the text points out that it is unsupported.',
					fr: 'Attribution : l’expression vient de la police, et le texte souligne qu’elle n’est pas étayée.'
				}
			}
		]
	},
	'sex-work-as-euphemism': {
		flagged: [
			{
				text: 'In this city, [[prostitution is a cover for trafficking]].',
				why: {
					en: 'Sex work is presented as a mask over trafficking, which makes every sex worker a hidden victim.',
					fr: 'Le travail du sexe est présenté comme un masque de la traite, ce qui fait de chaque travailleuse ou travailleur du sexe une victime cachée.'
				}
			},
			{
				text: 'Much of what is [[described as sex work]] is really trafficking by another name.',
				why: {
					en: 'The description people give of their own work is treated as false.',
					fr: 'La description que les personnes donnent de leur propre travail est tenue pour fausse.'
				}
			}
		],
		clear: [
			{
				text: 'Prostitution is not a cover for trafficking, the outreach workers found; most people they met worked independently.',
				why: {
					en: 'Negation: the claim is rejected, with what the outreach workers saw.',
					fr: 'Négation : l’idée est rejetée, avec ce qu’ont constaté les intervenantes et intervenants.'
				}
			},
			{
				text: 'Sex work is different from trafficking, which is not a polite name for anything but a crime.',
				why: {
					en: 'Distinction: the two words keep two meanings.',
					fr: 'Distinction : les deux mots gardent deux sens.'
				}
			}
		]
	},
	'sex-work-linked-to-trafficking': {
		flagged: [
			{
				text: '[[The sex industry is intimately connected to human trafficking]], the minister told reporters.',
				why: {
					en: 'The link is presented as part of the industry’s nature, not as a finding about particular cases.',
					fr: 'Le lien est présenté comme inhérent à l’industrie, et non comme un constat sur des cas précis.'
				}
			},
			{
				text: 'We know that [[prostitution and trafficking go hand in hand]].',
				why: {
					en: '“Go hand in hand” says that one never comes without the other.',
					fr: '« Go hand in hand » (vont de pair) affirme que l’un ne va jamais sans l’autre.'
				}
			}
		],
		clear: [
			{
				text: 'Human trafficking is linked to prostitution in some cases, but it is distinct from sex work between adults.',
				why: {
					en: 'Distinction: the sentence limits the link to some cases and keeps the two apart.',
					fr: 'Distinction : la phrase limite le lien à certains cas et garde les deux distincts.'
				}
			},
			{
				text: 'Is sex work linked to trafficking? The evidence points to farms and factories as much as to brothels.',
				why: {
					en: 'Question: the link is asked about, then answered with where trafficking is found.',
					fr: 'Question : le lien est mis en question, puis la réponse dit où se trouve la traite.'
				}
			},
			{
				text: 'Sex work is not intrinsically tied to trafficking, the review concluded.',
				why: {
					en: 'Negation: the review rejects the link.',
					fr: 'Négation : l’examen rejette ce lien.'
				}
			}
		]
	},

	// ── indicators ───────────────────────────────────────────────────────────────────────────
	'ordinary-work-as-trafficking-sign': {
		flagged: [
			{
				text: 'Warning signs of trafficking in a motel: a guest who [[pays in cash]] and has many visitors.',
				why: {
					en: 'Paying in cash is ordinary, and for many sex workers a matter of privacy; it says nothing about coercion.',
					fr: 'Payer comptant est banal et, pour beaucoup de travailleuses et travailleurs du sexe, une question de discrétion; cela ne dit rien de la contrainte.'
				}
			},
			{
				text: 'Staff should look out for these indicators of sex trafficking. A woman who keeps [[several phones]] in her bag.',
				why: {
					en: 'Many people keep a work phone and a personal one; as a sign of trafficking, it casts suspicion on sex workers.',
					fr: 'Beaucoup de gens ont un téléphone pour le travail et un autre pour leur vie privée; comme signe de traite, cela jette le soupçon sur les travailleuses et travailleurs du sexe.'
				}
			}
		],
		clear: [
			{
				text: 'Signs of trafficking include a worker whose passport is held by the employer and who cannot leave.',
				why: {
					en: 'These signs are signs of coercion, which is what trafficking is.',
					fr: 'Ces signes sont des signes de contrainte, ce qui définit la traite.'
				}
			},
			{
				text: 'Outreach workers hand out condoms and lubricant at the drop-in centre.',
				why: {
					en: 'Condoms appear as health care, not as a sign of anything.',
					fr: 'Les condoms sont présentés comme des soins de santé, et non comme le signe de quoi que ce soit.'
				}
			},
			{
				text: 'The hotel guide wrongly lists carrying condoms as a sign of trafficking.',
				why: {
					en: 'Critique: the sentence reports the list in order to correct it.',
					fr: 'Critique : la phrase rapporte la liste pour la corriger.'
				}
			}
		]
	},

	// ── no-agency ────────────────────────────────────────────────────────────────────────────
	'prostituted-persons': {
		flagged: [
			{
				text: 'The shelter opened ten beds for [[prostituted women]] last spring.',
				why: {
					en: '“Prostituted” presents selling sex as something always done to a person: an abolitionist framing.',
					fr: '« Prostituted » présente la vente de services sexuels comme une chose toujours subie : un cadrage abolitionniste.'
				}
			},
			{
				text: 'The service supports [[people in prostitution]] who want to retrain.',
				why: {
					en: 'A phrase chosen by abolitionist groups; the people concerned may call themselves sex workers.',
					fr: 'Une expression choisie par des groupes abolitionnistes; les personnes concernées se disent parfois travailleuses ou travailleurs du sexe.'
				}
			}
		],
		clear: [
			{
				text: 'A “prostituted women” campaign poster drew complaints from the union.',
				why: {
					en: 'Quotation: the phrase is quoted from a poster, not used by the text.',
					fr: 'Citation : l’expression est citée d’une affiche, et non employée par le texte.'
				}
			},
			{
				text: 'The shelter opened ten beds for sex workers last spring.',
				why: {
					en: 'The people are named with the words most of them use for themselves.',
					fr: 'Les personnes sont désignées par les mots que la plupart emploient elles-mêmes.'
				}
			}
		]
	},
	'victims-of-prostitution': {
		flagged: [
			{
				text: 'A new fund supports [[survivors of the sex trade]] in three provinces.',
				why: {
					en: 'The sex trade itself is presented as the harm people survived: an abolitionist framing.',
					fr: 'Le commerce du sexe lui-même est présenté comme le tort subi : un cadrage abolitionniste.'
				}
			},
			{
				text: 'The centre counsels [[prostitution survivors]] every weekday.',
				why: {
					en: 'The same framing, with the words in another order.',
					fr: 'Le même cadrage, avec les mots dans un autre ordre.'
				}
			}
		],
		clear: [
			{
				text: 'The centre counsels victims of forced prostitution every weekday.',
				why: {
					en: '“Forced” names the crime the people suffered, which makes them victims.',
					fr: '« Forced » (forcée) nomme le crime subi, qui fait de ces personnes des victimes.'
				}
			},
			{
				text: 'The group calls itself a network of “survivors of prostitution”.',
				why: {
					en: 'Quotation: the group’s own name for itself is quoted.',
					fr: 'Citation : le nom que le groupe se donne lui-même est cité.'
				}
			},
			{
				text: 'The centre counsels people who left the sex trade and asked for support.',
				why: {
					en: 'The sentence describes what people did and asked for, without a label.',
					fr: 'La phrase décrit ce que les personnes ont fait et demandé, sans étiquette.'
				}
			}
		]
	},
	'no-one-chooses': {
		flagged: [
			{
				text: '[[Nobody really chooses prostitution]]; circumstances choose it for them.',
				why: {
					en: 'A blanket denial that any adult decides to do sex work.',
					fr: 'Une négation générale de toute décision d’adulte de faire du travail du sexe.'
				}
			},
			{
				text: '[[Selling sex is never a free choice]] for the women on our streets.',
				why: {
					en: '“Never” overrides what each woman says about her own decision.',
					fr: '« Never » (jamais) l’emporte sur ce que chaque femme dit de sa propre décision.'
				}
			}
		],
		clear: [
			{
				text: 'Campaigners argue that no one chooses prostitution, while many sex workers describe choosing it.',
				why: {
					en: 'Attribution: the claim is reported as the campaigners’ view, next to sex workers’ own accounts.',
					fr: 'Attribution : l’affirmation est rapportée comme l’avis des militants, à côté des témoignages des travailleuses et travailleurs du sexe.'
				}
			},
			{
				text: 'No one chooses to be trafficked, and no one chooses the violence that follows.',
				why: {
					en: 'The sentence is about trafficking and violence, not about sex work.',
					fr: 'La phrase porte sur la traite et la violence, pas sur le travail du sexe.'
				}
			},
			{
				text: 'Children cannot consent to sex, and a teenager selling sex is a victim of exploitation.',
				why: {
					en: 'Minors: a child cannot consent, so this is sexual exploitation, not sex work.',
					fr: 'Personnes mineures : un enfant ne peut pas consentir; il s’agit d’exploitation sexuelle, et non de travail du sexe.'
				}
			}
		]
	},
	'all-sex-workers-victims': {
		flagged: [
			{
				text: 'Let us be clear: [[most people who sell sex are victims]] of abuse.',
				why: {
					en: 'A sweeping claim about most sex workers, with no source.',
					fr: 'Une affirmation générale sur la plupart des travailleuses et travailleurs du sexe, sans source.'
				}
			},
			{
				text: '[[Every sex worker is a victim]], whatever she may tell you.',
				why: {
					en: 'Everyone is made a victim, and her own account is set aside in advance.',
					fr: 'Tout le monde devient victime, et le témoignage de la personne est écarté d’avance.'
				}
			}
		],
		clear: [
			{
				text: 'Not all sex workers are exploited, and most in our survey said they set their own hours.',
				why: {
					en: 'Negation: the sentence rejects the generalisation.',
					fr: 'Négation : la phrase rejette la généralisation.'
				}
			},
			{
				text: 'The myth that all sex workers are victims leaves real victims unseen.',
				why: {
					en: 'Critique: the claim is named as a myth.',
					fr: 'Critique : l’affirmation est qualifiée de mythe.'
				}
			},
			{
				text: 'Are all sex workers victims? The people we interviewed answered very differently.',
				why: {
					en: 'Question: the sentence asks, and the answer comes from the people concerned.',
					fr: 'Question : la phrase interroge, et la réponse vient des personnes concernées.'
				}
			}
		]
	},
	'choice-called-a-myth': {
		flagged: [
			{
				text: 'The notion that [[sex work is a real job]] is a dangerous myth.',
				why: {
					en: 'Calling it a myth treats every sex worker who sees it as work as mistaken.',
					fr: 'Parler de mythe revient à dire que toute travailleuse ou tout travailleur du sexe qui y voit un travail se trompe.'
				}
			},
			{
				text: 'It is a lie that [[prostitution is a career]] like any other.',
				why: {
					en: 'The same dismissal, with “lie” instead of “myth”.',
					fr: 'Le même rejet, avec « lie » (mensonge) au lieu de « myth ».'
				}
			}
		],
		clear: [
			{
				text: 'Sex work is a job for the people who do it, and calling it a myth does not change that, they say.',
				why: {
					en: 'Attribution: the sentence reports what sex workers say about their own work.',
					fr: 'Attribution : la phrase rapporte ce que les travailleuses et travailleurs du sexe disent de leur propre travail.'
				}
			},
			{
				text: 'The idea that selling sex was a choice for a 14-year-old is a myth: children cannot consent.',
				why: {
					en: 'Minors: for a child there is no choice to dismiss; this is sexual exploitation.',
					fr: 'Personnes mineures : pour un enfant, il n’y a pas de choix à rejeter; c’est de l’exploitation sexuelle.'
				}
			},
			{
				text: 'For many adults, sex work is a job they chose among limited options.',
				why: {
					en: 'Choice and its constraints are described together; nothing is called a myth.',
					fr: 'Le choix et ses contraintes sont décrits ensemble; rien n’est qualifié de mythe.'
				}
			}
		]
	},
	'sex-workers-presumed-exploited': {
		flagged: [
			{
				text: 'Women in brothels [[are almost always exploited]] by the men who run them.',
				why: {
					en: '“Almost always” turns what happens to some into a rule for everyone.',
					fr: '« Almost always » (presque toujours) fait de ce qui arrive à certaines une règle pour toutes.'
				}
			},
			{
				text: 'Escorts [[are inevitably controlled]] by someone behind the scenes.',
				why: {
					en: 'Control is presumed for every escort, without a case or a source.',
					fr: 'Le contrôle est présumé pour chaque escorte, sans cas précis ni source.'
				}
			}
		],
		clear: [
			{
				text: 'Escorts are not always exploited; many work on their own terms.',
				why: {
					en: 'Negation: the sentence rejects the presumption.',
					fr: 'Négation : la phrase rejette la présomption.'
				}
			},
			{
				text: "The workers were almost always exploited by the farm's recruiter, who held their passports.",
				why: {
					en: 'A specific case of labour exploitation, with the means of control named.',
					fr: 'Un cas précis d’exploitation du travail, avec le moyen de contrôle nommé.'
				}
			},
			{
				text: 'It is wrong to say sex workers are always victims.',
				why: {
					en: 'Critique: the generalisation is called wrong.',
					fr: 'Critique : la généralisation est jugée fausse.'
				}
			}
		]
	},
	'rescue-from-sex-work': {
		flagged: [
			{
				text: 'Our volunteers [[save women from prostitution]] one conversation at a time.',
				why: {
					en: 'Leaving sex work is framed as being saved, whether or not anyone asked for help.',
					fr: 'Quitter le travail du sexe est présenté comme un sauvetage, que quelqu’un ait demandé de l’aide ou non.'
				}
			},
			{
				text: 'The ministry plans to [[free women from the sex trade]].',
				why: {
					en: '“Free” presents adults in the sex trade as captives.',
					fr: '« Free » (libérer) présente les adultes du commerce du sexe comme des captives.'
				}
			}
		],
		clear: [
			{
				text: 'The charity says it rescued hundreds of women from prostitution last year, a claim sex workers dispute.',
				why: {
					en: 'Attribution: the rescue claim is the charity’s, and the text reports that it is disputed.',
					fr: 'Attribution : l’idée de sauvetage vient de l’organisme, et le texte signale qu’elle est contestée.'
				}
			},
			{
				text: 'Police freed three women from a brothel where they were held against their will.',
				why: {
					en: 'The women were held against their will: freeing them is accurate.',
					fr: 'Les femmes étaient retenues contre leur gré : les libérer est le mot juste.'
				}
			},
			{
				text: 'The outreach team helps people who want to leave sex work find housing and training.',
				why: {
					en: 'The support is described by what it offers to people who chose to leave.',
					fr: 'Le soutien est décrit par ce qu’il offre aux personnes qui ont choisi de partir.'
				}
			}
		]
	},

	// ── sex-only ─────────────────────────────────────────────────────────────────────────────
	'trafficking-as-sexual-by-definition': {
		flagged: [
			{
				text: 'Put simply, [[human trafficking is about sex]].',
				why: {
					en: 'Trafficking is defined by sex, although most forced labour happens in other industries.',
					fr: 'La traite est définie par le sexe, alors que la plus grande partie du travail forcé se trouve dans d’autres secteurs.'
				}
			},
			{
				text: 'For most people, [[trafficking means sexual exploitation]], and our training reflects that.',
				why: {
					en: 'The training adopts the narrow meaning instead of correcting it.',
					fr: 'La formation adopte le sens restreint au lieu de le corriger.'
				}
			}
		],
		clear: [
			{
				text: 'It is a myth that human trafficking is mostly about sex.',
				why: {
					en: 'Critique: the idea is named as a myth.',
					fr: 'Critique : l’idée est qualifiée de mythe.'
				}
			},
			{
				text: 'Human trafficking is mostly about sex in the public mind, yet most forced labour is found on farms and construction sites.',
				why: {
					en: 'The text names labour trafficking, so it does not reduce trafficking to sex.',
					fr: 'Le texte nomme la traite à des fins de travail forcé; il ne réduit donc pas la traite au sexe.'
				}
			},
			{
				text: 'Human trafficking is not mainly about sex: most cases involve forced labour.',
				why: {
					en: 'Negation: the sentence corrects the idea.',
					fr: 'Négation : la phrase corrige l’idée.'
				}
			}
		]
	},
	'trafficking-only-sexual': {
		flagged: [
			{
				text: 'Our group works to end [[sex trafficking]] in the region. Victims are sold for sex in motels and apartments.',
				why: {
					en: 'Every mention of trafficking is sexual and no other industry appears: the finding points at the first mention.',
					fr: 'Chaque mention de la traite est sexuelle et aucun autre secteur n’apparaît : le constat pointe la première mention.'
				}
			},
			{
				text: 'The campaign warns that [[sex trafficking]] is a growing crime. Traffickers force women into prostitution in plain sight.',
				why: {
					en: 'The whole text speaks of trafficking only as sexual exploitation.',
					fr: 'Tout le texte ne parle de la traite que comme d’exploitation sexuelle.'
				}
			}
		],
		clear: [
			{
				text: 'Our group works to end human trafficking in the region, from farms and restaurants to brothels.',
				why: {
					en: 'Other industries are named next to the sex industry.',
					fr: 'D’autres secteurs sont nommés à côté de l’industrie du sexe.'
				}
			},
			{
				text: 'Sex trafficking is one form of trafficking; labour trafficking in farming and fishing is larger.',
				why: {
					en: 'The text names labour trafficking and says it is the larger part.',
					fr: 'Le texte nomme la traite à des fins de travail forcé et dit qu’elle est la plus importante.'
				}
			},
			{
				text: 'The campaign is about sex trafficking. Critics say it ignores forced labour on farms.',
				why: {
					en: 'Critique: the narrow focus is reported and criticised, and forced labour is named.',
					fr: 'Critique : l’angle étroit est rapporté et critiqué, et le travail forcé est nommé.'
				}
			}
		]
	},

	// ── numbers ──────────────────────────────────────────────────────────────────────────────
	'unsourced-trafficking-figure': {
		flagged: [
			{
				text: 'Each year, [[300,000]] women are trafficked into the sex trade.',
				why: {
					en: 'A large figure with no source, no year and no definition of what was counted.',
					fr: 'Un chiffre élevé sans source, sans année et sans définition de ce qui a été compté.'
				}
			},
			{
				text: '[[80 percent]] of women in the sex trade are trafficked.',
				why: {
					en: 'A share of the whole sex trade, given without any source.',
					fr: 'Une proportion de tout le commerce du sexe, donnée sans aucune source.'
				}
			}
		],
		clear: [
			{
				text: 'According to Statistics Canada, police reported 528 trafficking incidents in 2022.',
				why: {
					en: 'The figure names its source, its year and what it counts.',
					fr: 'Le chiffre nomme sa source, son année et ce qu’il compte.'
				}
			},
			{
				text: 'The oft-cited 300,000 figure for trafficked children is unfounded, researchers say.',
				why: {
					en: 'Critique: the figure is mentioned in order to question it.',
					fr: 'Critique : le chiffre est mentionné pour être remis en question.'
				}
			},
			{
				text: 'Two sex workers spoke to the committee about their work.',
				why: {
					en: 'A small count of one event does not size a phenomenon.',
					fr: 'Un petit nombre lié à un seul événement ne mesure pas un phénomène.'
				}
			}
		]
	},
	'epidemic-framing': {
		flagged: [
			{
				text: 'Sex trafficking is an [[epidemic]] in our suburbs.',
				why: {
					en: '“Epidemic” calls for emergency measures without any data.',
					fr: '« Epidemic » (épidémie) appelle des mesures d’urgence sans aucune donnée.'
				}
			},
			{
				text: 'Human trafficking is the [[second largest criminal industry]] in the world.',
				why: {
					en: 'A ranking often repeated and rarely traced to any measurement.',
					fr: 'Un classement souvent répété et rarement rattaché à une mesure.'
				}
			}
		],
		clear: [
			{
				text: 'The claim that trafficking is an epidemic is not backed by data.',
				why: {
					en: 'Attribution and negation: the word is reported as a claim and found unsupported.',
					fr: 'Attribution et négation : le mot est rapporté comme une affirmation et jugé non étayé.'
				}
			},
			{
				text: 'Critics note that the “fastest growing crime” label for trafficking has no source.',
				why: {
					en: 'Critique and quotation: the label is quoted in order to question it.',
					fr: 'Critique et citation : l’étiquette est citée pour être remise en question.'
				}
			},
			{
				text: 'The flu epidemic closed schools across the province.',
				why: {
					en: 'An epidemic in its medical sense, with no trafficking in sight.',
					fr: 'Une épidémie au sens médical, sans rapport avec la traite.'
				}
			}
		]
	},
	'sporting-event-trafficking-myth': {
		flagged: [
			{
				text: 'Thousands of women will be trafficked for the [[World Cup]], campaigners warn.',
				why: {
					en: 'Reviews of past events found no such surge; the warning repeats a myth.',
					fr: 'Les bilans d’événements passés n’ont trouvé aucune hausse de ce genre; l’avertissement répète un mythe.'
				}
			},
			{
				text: 'Hotels near the stadium must prepare for trafficking during the [[Olympics]].',
				why: {
					en: 'The event is presented as a cause of trafficking without evidence.',
					fr: 'L’événement est présenté comme une cause de traite sans preuve.'
				}
			}
		],
		clear: [
			{
				text: 'Studies of past Olympics found no rise in trafficking; the claim is a myth.',
				why: {
					en: 'Critique: the claim is reported in order to refute it.',
					fr: 'Critique : l’affirmation est rapportée pour être réfutée.'
				}
			},
			{
				text: 'Every year police claim the Super Bowl brings a wave of trafficking; the arrests they announce are mostly of sex workers and clients.',
				why: {
					en: 'Attribution: the claim is the police’s, and the text shows what the arrests were.',
					fr: 'Attribution : l’affirmation est celle de la police, et le texte montre sur qui portaient les arrestations.'
				}
			},
			{
				text: 'The city hired extra cleaners for the World Cup.',
				why: {
					en: 'The event is mentioned without any claim about trafficking.',
					fr: 'L’événement est mentionné sans aucune affirmation sur la traite.'
				}
			}
		]
	},

	// ── migration ────────────────────────────────────────────────────────────────────────────
	'migrant-sex-workers-presumed-trafficked': {
		flagged: [
			{
				text: 'Officers raided a massage parlour and found [[Chinese women]] who they believe were trafficked.',
				why: {
					en: 'Nationality is offered as the reason to presume trafficking; no sign of coercion is given.',
					fr: 'La nationalité tient lieu de raison de présumer la traite; aucun signe de contrainte n’est donné.'
				}
			},
			{
				text: 'The brothel was raided last week. All the [[migrant]] women found inside are trafficking victims and will be sent home.',
				why: {
					en: 'Being a migrant is treated as proof of trafficking, and the outcome is deportation.',
					fr: 'Le fait d’être migrante est traité comme une preuve de traite, et l’issue est l’expulsion.'
				}
			}
		],
		clear: [
			{
				text: 'Migrant sex workers told researchers that police raids, not traffickers, were their main fear.',
				why: {
					en: 'Attribution: the text reports what migrant sex workers said about their own lives.',
					fr: 'Attribution : le texte rapporte ce que des travailleuses et travailleurs du sexe migrants ont dit de leur propre vie.'
				}
			},
			{
				text: 'Officers found foreign women at the brothel whose passports had been confiscated by the owner, and charged him with trafficking.',
				why: {
					en: 'Coercion is named (confiscated passports): the evidence, not nationality, supports the charge.',
					fr: 'La contrainte est nommée (passeports confisqués) : ce sont les faits, et non la nationalité, qui fondent l’accusation.'
				}
			},
			{
				text: 'Not every migrant sex worker is trafficked, and police found no sign of coercion at the spa.',
				why: {
					en: 'Distinction: the sentence separates migration from trafficking.',
					fr: 'Distinction : la phrase sépare la migration de la traite.'
				}
			}
		]
	},
	'smuggling-as-trafficking': {
		flagged: [
			{
				text: 'The minister promised to crack down on [[smugglers and traffickers]] at the coast.',
				why: {
					en: 'Two different crimes, under two UN protocols, are joined as one target.',
					fr: 'Deux crimes différents, visés par deux protocoles de l’ONU, sont réunis en une seule cible.'
				}
			},
			{
				text: 'The task force targets [[illegal immigration and human trafficking]] along the border.',
				why: {
					en: 'Irregular migration is put on the same footing as the exploitation of people.',
					fr: 'La migration irrégulière est mise sur le même plan que l’exploitation de personnes.'
				}
			}
		],
		clear: [
			{
				text: "Smuggling is a crime against a state's border, distinct from trafficking, which is a crime against a person.",
				why: {
					en: 'Distinction: the two crimes are named only to set them apart.',
					fr: 'Distinction : les deux crimes sont nommés seulement pour les distinguer.'
				}
			},
			{
				text: 'Confusing smuggling with trafficking leads to misleading statistics.',
				why: {
					en: 'Critique: the confusion itself is the subject.',
					fr: 'Critique : la confusion elle-même est le sujet.'
				}
			}
		]
	},

	// ── raids-as-rescue ──────────────────────────────────────────────────────────────────────
	'raid-framed-as-rescue': {
		flagged: [
			{
				text: 'Officers raided the brothel and [[rescued]] eleven women.',
				why: {
					en: 'The raid is reported as a rescue, although nothing shows that the women wanted or needed one.',
					fr: 'La descente est présentée comme un sauvetage, alors que rien ne montre que les femmes en voulaient ou en avaient besoin.'
				}
			},
			{
				text: 'Police say nine women [[were recovered]] during the raid on the massage parlour.',
				why: {
					en: '“Recovered” speaks of women as if they were stolen goods found by police.',
					fr: '« Recovered » (récupérées) parle des femmes comme de biens volés retrouvés par la police.'
				}
			}
		],
		clear: [
			{
				text: 'Police raided the brothel and arrested eleven women for immigration offences.',
				why: {
					en: 'The sentence reports what police did: a raid and arrests.',
					fr: 'La phrase rapporte ce que la police a fait : une descente et des arrestations.'
				}
			},
			{
				text: 'Police raided the brothel and freed two women who had been locked in a room.',
				why: {
					en: 'The women were locked in: freeing them is what happened.',
					fr: 'Les femmes étaient enfermées : les libérer est bien ce qui s’est passé.'
				}
			},
			{
				text: 'The so-called rescue raid on the massage parlour was criticised by sex workers.',
				why: {
					en: 'Critique: the rescue label is reported in order to challenge it.',
					fr: 'Critique : l’étiquette de sauvetage est rapportée pour être contestée.'
				}
			},
			{
				text: 'Police rescued a 15-year-old girl from a brothel.',
				why: {
					en: 'Minors: a child in a brothel is a victim of sexual exploitation, and rescue is the right word.',
					fr: 'Personnes mineures : une enfant dans une maison close est victime d’exploitation sexuelle, et sauvetage est le mot juste.'
				}
			}
		]
	},
	'sting-as-anti-trafficking': {
		flagged: [
			{
				text: 'Police ran a [[sting]] on escort ads to stop human trafficking.',
				why: {
					en: 'An operation against escort ads is presented as fighting trafficking, without any trafficking charge.',
					fr: 'Une opération visant des annonces d’escortes est présentée comme une lutte contre la traite, sans accusation de traite.'
				}
			},
			{
				text: 'Detectives [[posing as clients]] arrested six escorts in the fight against trafficking.',
				why: {
					en: 'The arrests are of escorts, yet the operation is described as anti-trafficking.',
					fr: 'Ce sont des escortes qui sont arrêtées, mais l’opération est décrite comme une lutte contre la traite.'
				}
			}
		],
		clear: [
			{
				text: 'The sting did little to stop trafficking, critics said, and arrested mostly sex workers.',
				why: {
					en: 'Critique: the sentence reports that the anti-trafficking claim did not hold.',
					fr: 'Critique : la phrase rapporte que la prétention de lutter contre la traite ne tenait pas.'
				}
			},
			{
				text: 'The operation freed farm workers held by a trafficker who took their passports.',
				why: {
					en: 'Labour trafficking with coercion named: this operation did deal with trafficking.',
					fr: 'Traite à des fins de travail forcé, contrainte nommée : cette opération visait bien la traite.'
				}
			},
			{
				text: 'Undercover officers posing as teenagers caught men seeking sex with minors, police said, and laid trafficking charges.',
				why: {
					en: 'Minors: an operation against the sexual exploitation of children is not an operation on sex work.',
					fr: 'Personnes mineures : une opération contre l’exploitation sexuelle d’enfants n’est pas une opération visant le travail du sexe.'
				}
			}
		]
	},
	'sting-called-trafficking': {
		flagged: [
			{
				text: 'The police called it a [[human trafficking sting]], but the 30 men arrested were charged with buying sex.',
				why: {
					en: 'The label says trafficking; the charges say buying sexual services.',
					fr: 'L’étiquette parle de traite; les accusations portent sur l’achat de services sexuels.'
				}
			},
			{
				text: 'Five escorts were arrested in a [[trafficking sweep]] at two hotels.',
				why: {
					en: 'Arresting escorts is named after trafficking before any trafficking charge is reported.',
					fr: 'L’arrestation d’escortes porte le nom de la traite avant qu’aucune accusation de traite ne soit rapportée.'
				}
			}
		],
		clear: [
			{
				text: 'The campaign against anti-trafficking raids says they hurt sex workers.',
				why: {
					en: '“Anti-trafficking raids” names what the raids claim to target, in a text that questions them.',
					fr: '« Anti-trafficking raids » nomme ce que les descentes prétendent viser, dans un texte qui les remet en cause.'
				}
			},
			{
				text: 'Critics say the so-called trafficking sting arrested only sex workers and clients.',
				why: {
					en: 'Critique: the label is reported in order to challenge it.',
					fr: 'Critique : l’étiquette est rapportée pour être contestée.'
				}
			}
		]
	},

	// ── demand ───────────────────────────────────────────────────────────────────────────────
	'demand-drives-trafficking': {
		flagged: [
			{
				text: '[[Sex buyers]] keep the trafficking business alive.',
				why: {
					en: 'Clients of adult sex workers are presented as the cause of trafficking.',
					fr: 'Les clients de travailleuses et travailleurs du sexe adultes sont présentés comme la cause de la traite.'
				}
			},
			{
				text: 'The only way to stop trafficking is to [[end demand]] by arresting clients.',
				why: {
					en: 'Criminalising clients is offered as the answer to trafficking, a claim with weak evidence.',
					fr: 'La criminalisation des clients est présentée comme la réponse à la traite, une affirmation mal étayée.'
				}
			}
		],
		clear: [
			{
				text: 'There is no evidence that arresting sex buyers reduces trafficking.',
				why: {
					en: 'Negation and critique: the sentence rejects the claim.',
					fr: 'Négation et critique : la phrase rejette l’affirmation.'
				}
			},
			{
				text: 'Supporters of the Nordic model claim it curbs trafficking; sex worker groups disagree.',
				why: {
					en: 'Attribution: the claim is reported as a position, with the opposing one.',
					fr: 'Attribution : l’affirmation est rapportée comme une position, avec la position opposée.'
				}
			},
			{
				text: 'Clients of sex workers are adults paying for a service, and the study found no link with trafficking.',
				why: {
					en: 'Clients are described plainly, and no link to trafficking is claimed.',
					fr: 'Les clients sont décrits simplement, et aucun lien avec la traite n’est affirmé.'
				}
			}
		]
	},
	'buyers-called-perpetrators': {
		flagged: [
			{
				text: 'The poster names [[men who buy sex as the abusers]] in every brothel.',
				why: {
					en: 'Every client is called an abuser, whatever actually happened.',
					fr: 'Chaque client est traité d’agresseur, quoi qu’il se soit réellement passé.'
				}
			},
			{
				text: 'In the sex trade, [[johns are the predators]] and women their prey.',
				why: {
					en: 'Clients as a group are cast as predators, and every sex worker as prey.',
					fr: 'Les clients, en groupe, sont dépeints comme des prédateurs, et chaque travailleuse du sexe comme une proie.'
				}
			}
		],
		clear: [
			{
				text: 'Clients are not perpetrators, sex workers told the committee, and most of them respect the rules.',
				why: {
					en: 'Negation: the sentence rejects the label.',
					fr: 'Négation : la phrase rejette l’étiquette.'
				}
			},
			{
				text: 'Men who paid for sex with a 15-year-old are abusers and were charged as such.',
				why: {
					en: 'Minors: paying for sex with a child is abuse, and the men are named for what they did.',
					fr: 'Personnes mineures : payer pour du sexe avec un enfant est un abus, et ces hommes sont désignés par ce qu’ils ont fait.'
				}
			},
			{
				text: 'Calling every client a predator is a stereotype that puts sex workers at risk.',
				why: {
					en: 'Critique: the label is named as a stereotype.',
					fr: 'Critique : l’étiquette est qualifiée de stéréotype.'
				}
			}
		]
	},
	'decriminalisation-increases-trafficking': {
		flagged: [
			{
				text: '[[Legalised prostitution]] brings more trafficking to a country.',
				why: {
					en: 'The claim is stated as fact, although the evidence for it is weak and disputed.',
					fr: 'L’affirmation est présentée comme un fait, alors que les preuves sont faibles et contestées.'
				}
			},
			{
				text: 'Since the [[decriminalisation of sex work]], trafficking has risen sharply.',
				why: {
					en: 'A rise is attributed to decriminalisation without a source; reports also rise when authorities look harder.',
					fr: 'Une hausse est attribuée à la décriminalisation sans source; les signalements augmentent aussi quand les autorités cherchent davantage.'
				}
			}
		],
		clear: [
			{
				text: 'Researchers found no evidence that decriminalisation of sex work in New Zealand increased trafficking.',
				why: {
					en: 'Critique: the sentence reports that the claim is unsupported.',
					fr: 'Critique : la phrase rapporte que l’affirmation n’est pas étayée.'
				}
			},
			{
				text: 'Opponents claim that legal prostitution increases trafficking, but the studies they cite are disputed.',
				why: {
					en: 'Attribution: the claim is reported as the opponents’ view, and its evidence is questioned.',
					fr: 'Attribution : l’affirmation est rapportée comme l’avis des opposants, et ses preuves sont mises en doute.'
				}
			},
			{
				text: 'Is decriminalised sex work a magnet for trafficking? Researchers who looked found no such effect.',
				why: {
					en: 'Question: the idea is asked about, then answered.',
					fr: 'Question : l’idée est mise en question, puis la réponse est donnée.'
				}
			}
		]
	},

	// ── stigma-terms ─────────────────────────────────────────────────────────────────────────
	'prostitute-for-adults': {
		flagged: [
			{
				text: 'Police found the body of a [[prostitute]] near the highway.',
				why: {
					en: 'The victim is defined by one activity, with a word that carries moral judgement.',
					fr: 'La victime est définie par une seule activité, avec un mot chargé de jugement moral.'
				}
			},
			{
				text: 'The council wants to move [[prostitutes]] away from the park.',
				why: {
					en: 'The plural is flagged too: “sex workers” says the same without the stigma.',
					fr: 'Le pluriel est signalé aussi : « sex workers » dit la même chose sans stigmate.'
				}
			}
		],
		clear: [
			{
				text: '“I was a prostitute for ten years,” she said.',
				why: {
					en: 'Quotation: the word is hers.',
					fr: 'Citation : le mot est le sien.'
				}
			},
			{
				text: 'I am a prostitute and I decide who I see.',
				why: {
					en: 'Self-identification: a person may use the word for themselves.',
					fr: 'Autodésignation : une personne peut employer ce mot pour elle-même.'
				}
			},
			{
				text: 'The 16-year-old was treated as a prostitute by officers.',
				why: {
					en: 'Minors: about a child, the rule for minors applies instead and says the child was sexually exploited.',
					fr: 'Personnes mineures : pour un enfant, c’est la règle sur les personnes mineures qui s’applique, et elle parle d’exploitation sexuelle.'
				}
			}
		]
	},
	'slur-for-sex-workers': {
		flagged: [
			{
				text: 'The headline called the victim a [[hooker]].',
				why: {
					en: 'A slur in a headline about violence tells readers the victim mattered less.',
					fr: 'Une insulte dans un titre sur la violence dit au lectorat que la victime comptait moins.'
				}
			},
			{
				text: 'Locals complained about [[streetwalkers]] near the station.',
				why: {
					en: 'A judgemental word where “sex workers” would describe the same people.',
					fr: 'Un mot méprisant là où « sex workers » décrirait les mêmes personnes.'
				}
			}
		],
		clear: [
			{
				text: 'The activist wrote, “call me a whore if you like; I call myself a worker.”',
				why: {
					en: 'Quotation: the activist’s own words.',
					fr: 'Citation : les propres mots de la militante.'
				}
			},
			{
				text: "I'm a whore and proud of it, the performer told the crowd.",
				why: {
					en: 'Self-identification: the performer reclaims the word for herself.',
					fr: 'Autodésignation : l’artiste se réapproprie le mot.'
				}
			}
		]
	},
	'client-slang': {
		flagged: [
			{
				text: 'The sting netted a dozen [[johns]].',
				why: {
					en: 'Slang that casts clients as objects of contempt.',
					fr: 'Un mot d’argot qui fait des clients des objets de mépris.'
				}
			},
			{
				text: 'A [[punter]] posted a review of the massage parlour.',
				why: {
					en: '“Punter” is chosen by some groups to present every client as an abuser; “client” is neutral.',
					fr: '« Punter » est choisi par certains groupes pour présenter chaque client comme un agresseur; « client » est neutre.'
				}
			}
		],
		clear: [
			{
				text: 'John Baker, a client, agreed to speak to us.',
				why: {
					en: 'A capitalised first name, not the slang word.',
					fr: 'Un prénom avec une majuscule, et non le mot d’argot.'
				}
			},
			{
				text: 'Sex workers sometimes call them “johns”, but the paper uses clients.',
				why: {
					en: 'Quotation: the word is mentioned, not used.',
					fr: 'Citation : le mot est mentionné, non employé.'
				}
			}
		]
	},
	'pimp-for-third-parties': {
		flagged: [
			{
				text: 'The driver was described as her [[pimp]].',
				why: {
					en: 'A driver may make the work safer; the word presumes exploitation before anything is shown.',
					fr: 'Un chauffeur peut rendre le travail plus sûr; le mot présume l’exploitation avant que quoi que ce soit soit démontré.'
				}
			},
			{
				text: 'The receptionist was charged with [[pimping]].',
				why: {
					en: 'Slang in place of the offence actually charged, such as procuring or receiving a material benefit.',
					fr: 'De l’argot à la place de l’infraction réellement reprochée, comme le proxénétisme ou l’avantage matériel.'
				}
			}
		],
		clear: [
			{
				text: '“He was never my pimp,” she said of her partner.',
				why: {
					en: 'Quotation: her own words, rejecting the label.',
					fr: 'Citation : ses propres mots, qui rejettent l’étiquette.'
				}
			},
			{
				text: 'Her manager booked clients and took a share of the fees.',
				why: {
					en: 'The role and what the person did are described plainly.',
					fr: 'Le rôle et ce que la personne a fait sont décrits simplement.'
				}
			}
		]
	},
	'commercial-sex-worker': {
		flagged: [
			{
				text: 'The clinic offers free testing to [[commercial sex workers]].',
				why: {
					en: '“Commercial” adds nothing: sex work is paid by definition.',
					fr: '« Commercial » n’ajoute rien : le travail du sexe est rémunéré par définition.'
				}
			},
			{
				text: 'The survey asked about [[commercial sex work]] in three cities.',
				why: {
					en: 'The same redundancy for the activity.',
					fr: 'La même redondance pour l’activité.'
				}
			}
		],
		clear: [
			{
				text: 'The clinic offers free testing to sex workers.',
				why: {
					en: 'The plain term.',
					fr: 'Le terme simple.'
				}
			},
			{
				text: 'The survey, titled “Commercial sex workers in the capital”, is from 2004.',
				why: {
					en: 'Quotation: the title of an older survey is quoted as it was published.',
					fr: 'Citation : le titre d’une ancienne enquête est cité tel qu’il a été publié.'
				}
			}
		]
	},
	'sex-slave-label': {
		flagged: [
			{
				text: 'The women were kept as [[sex slaves]] in the basement.',
				why: {
					en: 'A sensational label where the crime (confinement, trafficking, assault) could be named.',
					fr: 'Une étiquette sensationnaliste là où le crime (séquestration, traite, agression) pourrait être nommé.'
				}
			},
			{
				text: 'The documentary tells the story of a [[sex slave]] who escaped.',
				why: {
					en: 'The phrase defines a person by what was done to her, and eroticises it.',
					fr: 'L’expression définit une personne par ce qu’elle a subi, et l’érotise.'
				}
			}
		],
		clear: [
			{
				text: '“I was treated like a sex slave,” she told the court.',
				why: {
					en: 'Quotation: her own description of what she went through.',
					fr: 'Citation : sa propre description de ce qu’elle a vécu.'
				}
			},
			{
				text: 'The women were held in a basement and forced to have sex with men who paid the captors.',
				why: {
					en: 'What happened is described, and it is clearly a crime.',
					fr: 'Ce qui s’est passé est décrit, et c’est clairement un crime.'
				}
			}
		]
	},
	'modern-slavery-for-trafficking': {
		flagged: [
			{
				text: 'The council pledged to eliminate [[modern slavery]] from the city.',
				why: {
					en: 'An umbrella term with no legal definition; trafficking or forced labour would say what is meant.',
					fr: 'Un terme fourre-tout sans définition juridique; traite ou travail forcé diraient ce dont il s’agit.'
				}
			},
			{
				text: "The charity's campaign against [[modern slavery]] focuses on nail salons and car washes.",
				why: {
					en: 'Even about labour exploitation, the emotive label replaces the precise one.',
					fr: 'Même pour l’exploitation du travail, l’étiquette émotive remplace le terme précis.'
				}
			}
		],
		clear: [
			{
				text: 'The UK Modern Slavery Act requires large firms to report on their supply chains.',
				why: {
					en: 'Legal name: the title of a statute is kept as it is.',
					fr: 'Nom juridique : le titre d’une loi est gardé tel quel.'
				}
			},
			{
				text: 'The report calls it “modern slavery”, a term with no legal definition.',
				why: {
					en: 'Quotation: the term is quoted and explained.',
					fr: 'Citation : le terme est cité et expliqué.'
				}
			}
		]
	},
	'exploitation-hub': {
		flagged: [
			{
				text: 'The newspaper called the apartment an [[exploitation hub]].',
				why: {
					en: 'A workplace is labelled as abuse without saying what happened there.',
					fr: 'Un lieu de travail est étiqueté comme un lieu d’abus sans dire ce qui s’y est passé.'
				}
			},
			{
				text: 'Police shut down three [[exploitation hubs]] downtown.',
				why: {
					en: 'Everyone working there is presented as exploited, before any facts.',
					fr: 'Toutes les personnes qui y travaillent sont présentées comme exploitées, avant tout fait établi.'
				}
			}
		],
		clear: [
			{
				text: 'The spa was described as an “exploitation hub” by the mayor.',
				why: {
					en: 'Quotation: the mayor’s phrase, reported as such.',
					fr: 'Citation : l’expression du maire, rapportée comme telle.'
				}
			},
			{
				text: 'The apartment was a workplace for three escorts who shared the rent.',
				why: {
					en: 'The place is described by what it was.',
					fr: 'Le lieu est décrit pour ce qu’il était.'
				}
			}
		]
	},
	'child-prostitute': {
		flagged: [
			{
				text: 'The trial heard that the defendant advertised a [[teenage prostitute]] online.',
				why: {
					en: 'A teenager cannot be a prostitute: she was sexually exploited by the defendant.',
					fr: 'Une adolescente ne peut pas être une prostituée : elle a été exploitée sexuellement par l’accusé.'
				}
			},
			{
				text: 'Police described the 14-year-old as a [[child sex worker]].',
				why: {
					en: 'A child is never a sex worker: the term turns abuse into a job.',
					fr: 'Un enfant n’est jamais travailleur du sexe : le terme fait d’un abus un travail.'
				}
			}
		],
		clear: [
			{
				text: 'The defendant sexually exploited a 14-year-old girl and sold access to her.',
				why: {
					en: 'The abuse is named, and so is the adult responsible.',
					fr: 'L’abus est nommé, tout comme l’adulte responsable.'
				}
			},
			{
				text: 'The girl was a victim of child sexual exploitation, the judge said.',
				why: {
					en: 'The recommended term.',
					fr: 'Le terme recommandé.'
				}
			}
		]
	},
	'prostitute-for-minors': {
		flagged: [
			{
				text: 'A 15-year-old [[prostitute]] was found at the motel.',
				why: {
					en: 'The word is used for someone under 18, who is a victim of sexual exploitation.',
					fr: 'Le mot désigne une personne de moins de 18 ans, qui est victime d’exploitation sexuelle.'
				}
			},
			{
				text: 'The officers treated the teenagers as [[prostitutes]] rather than victims.',
				why: {
					en: 'Even in a sentence that criticises the officers, the word presents the abuse as the teenagers’ activity.',
					fr: 'Même dans une phrase qui critique les policiers, le mot présente l’abus comme une activité des adolescentes.'
				}
			}
		],
		clear: [
			{
				text: 'The 15-year-old was sexually exploited by a man who advertised her online.',
				why: {
					en: 'The abuse and the adult responsible are named.',
					fr: 'L’abus et l’adulte responsable sont nommés.'
				}
			},
			{
				text: '“They called me a prostitute when I was 16,” she told the inquiry.',
				why: {
					en: 'Quotation: she reports the word others used for her.',
					fr: 'Citation : elle rapporte le mot que d’autres employaient pour elle.'
				}
			},
			{
				text: 'The adult sex workers in the study were aged 19 to 60.',
				why: {
					en: 'Adults only, named with the plain term.',
					fr: 'Des adultes seulement, désignés par le terme simple.'
				}
			}
		]
	},
	'child-prostitution': {
		flagged: [
			{
				text: 'The gang was charged with running a [[child prostitution]] ring.',
				why: {
					en: 'The abuse of children is framed as a trade.',
					fr: 'L’abus d’enfants est présenté comme un commerce.'
				}
			},
			{
				text: 'The report describes the [[prostitution of minors]] in border towns.',
				why: {
					en: 'The same framing, with the words in another order.',
					fr: 'Le même cadrage, avec les mots dans un autre ordre.'
				}
			}
		],
		clear: [
			{
				text: 'The Optional Protocol on the sale of children, child prostitution and child pornography took effect in 2002.',
				why: {
					en: 'Legal name: the title of a UN instrument is quoted as it is.',
					fr: 'Nom juridique : le titre d’un instrument de l’ONU est cité tel quel.'
				}
			},
			{
				text: 'The gang was charged with the sexual exploitation of children.',
				why: {
					en: 'The recommended term.',
					fr: 'Le terme recommandé.'
				}
			},
			{
				text: '“Child prostitution does not exist; it is child abuse,” the advocate said.',
				why: {
					en: 'Quotation: the advocate mentions the term in order to reject it.',
					fr: 'Citation : l’intervenante mentionne le terme pour le rejeter.'
				}
			}
		]
	},
	'child-pornography': {
		flagged: [
			{
				text: "Police seized [[child pornography]] from the suspect's computer.",
				why: {
					en: '“Pornography” suggests consenting adults; these are records of crimes against children.',
					fr: '« Pornography » évoque des adultes consentants; il s’agit d’enregistrements de crimes contre des enfants.'
				}
			},
			{
				text: 'The site hosted [[child porn]], investigators said.',
				why: {
					en: 'The short form hides the abuse even more.',
					fr: 'La forme abrégée masque l’abus plus encore.'
				}
			}
		],
		clear: [
			{
				text: "Police seized child sexual abuse material from the suspect's computer.",
				why: {
					en: 'The recommended term.',
					fr: 'Le terme recommandé.'
				}
			},
			{
				text: 'He was convicted in 2019 of “possession of child pornography”, the wording of the law at the time.',
				why: {
					en: 'Quotation: the charge is quoted in the words of the law of the time.',
					fr: 'Citation : l’accusation est citée dans les mots de la loi de l’époque.'
				}
			},
			{
				text: 'The Optional Protocol on the sale of children, child prostitution and child pornography took effect in 2002.',
				why: {
					en: 'Legal name: the title of a UN instrument is quoted as it is.',
					fr: 'Nom juridique : le titre d’un instrument de l’ONU est cité tel quel.'
				}
			}
		]
	}
};
