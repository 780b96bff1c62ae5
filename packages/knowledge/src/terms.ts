import type { Term } from './types.ts';

/**
 * Respectful language: terms to avoid, what to write instead, and why (RESEARCH.md §2.1, rows 1–18).
 * The Learn page "Respectful language" renders this list and the checker's stigma-term rules reuse it.
 *
 * Conventions:
 * - `avoid` phrases are lower case and written with a straight apostrophe ('); the checker is expected
 *   to normalise typographic apostrophes before matching.
 * - No alternative may contain any `avoid` phrase of the same language (data.test.ts enforces it), so a
 *   suggestion is never itself flagged.
 * - Abolitionist vocabulary ("prostituted women", "john", "victims of prostitution") is chosen on purpose
 *   by some organisations: those entries are `contested` and `info`, to explain the framing, not to
 *   call it an error.
 * - Terms about minors point to child sexual exploitation and abuse, never to sex work.
 */
export const terms = [
	// ── Adults: stigmatising or imprecise words ──────────────────────────────────────────────
	{
		id: 'prostitute',
		avoid: {
			en: ['prostitute', 'prostitutes'],
			fr: ['prostituée', 'prostituées', 'prostitué', 'prostitués']
		},
		alternatives: {
			en: ['sex worker', 'sex workers', 'people who sell sexual services', 'people who do sex work'],
			fr: [
				'travailleuse du sexe',
				'travailleur du sexe',
				'travailleuses et travailleurs du sexe',
				'personnes qui vendent des services sexuels'
			]
		},
		why: {
			en: 'The word carries centuries of moral judgement and reduces a person to one activity. Most people who sell sexual services call themselves sex workers, a term that describes work rather than identity.',
			fr: 'Le mot porte des siècles de jugement moral et réduit une personne à une seule activité. La plupart des personnes qui vendent des services sexuels se disent travailleuses ou travailleurs du sexe, un terme qui décrit un travail et non une identité.'
		},
		exceptions: {
			en: 'Fine in a direct quotation, when a person uses the word for themselves, and when naming an offence or charge in the words of the law.',
			fr: 'Acceptable dans une citation directe, quand une personne se désigne elle-même ainsi, et pour nommer une infraction ou une accusation dans les mots de la loi.'
		},
		severity: 'warning',
		sources: ['ijnet-sex-work', 'global-press-style-guide', 'shift-language', 'nswp-terminology']
	},
	{
		id: 'prostitution',
		avoid: { en: ['prostitution'], fr: ['prostitution'] },
		alternatives: {
			en: ['sex work', 'commercial sex', 'the sale of sexual services'],
			fr: ['travail du sexe', 'commerce du sexe', 'vente de services sexuels']
		},
		why: {
			en: 'In Canada “prostitution” is mainly a legal word tied to criminal offences. Outside a legal context, “sex work” describes the activity without implying a crime or a moral verdict.',
			fr: 'Au Canada, « prostitution » est surtout un terme juridique lié à des infractions criminelles. Hors contexte juridique, « travail du sexe » décrit l’activité sans sous-entendre un crime ni un jugement moral.'
		},
		exceptions: {
			en: 'Use it when naming a statute, an offence or a charge actually laid, and in quotations.',
			fr: 'À employer pour nommer une loi, une infraction ou une accusation réellement portée, et dans les citations.'
		},
		severity: 'warning',
		sources: ['unfpa-terminology', 'shift-language', 'ijnet-sex-work']
	},
	{
		id: 'commercial-sex-worker',
		avoid: {
			en: ['commercial sex worker', 'commercial sex workers', 'commercial sex work', 'commercial sex industry'],
			fr: [
				'travailleuse du sexe commerciale',
				'travailleuses du sexe commerciales',
				'travail du sexe commercial',
				'industrie du sexe commercial'
			]
		},
		alternatives: {
			en: ['sex worker', 'sex work', 'the sale of sexual services'],
			fr: ['travailleuse du sexe', 'travail du sexe', 'vente de services sexuels']
		},
		why: {
			en: 'Sex work is paid by definition, so “commercial” adds nothing. UN agencies dropped this older usage, and “commercial sex industry” can quietly leave out criminalised or survival work.',
			fr: 'Le travail du sexe est rémunéré par définition : « commercial » n’ajoute rien. Les agences de l’ONU ont abandonné cet usage ancien, et « industrie du sexe commercial » peut exclure sans le dire le travail criminalisé ou de survie.'
		},
		severity: 'info',
		sources: ['unaids-terminology', 'stoptheraids-do-not-use']
	},
	{
		id: 'hooker',
		avoid: {
			en: ['hooker', 'hookers', 'whore', 'whores', 'streetwalker', 'streetwalkers', 'harlot'],
			fr: ['pute', 'putes', 'catin', 'catins', 'fille de joie', 'filles de joie', 'racoleuse', 'racoleuses']
		},
		alternatives: {
			en: ['sex worker', 'sex workers'],
			fr: ['travailleuse du sexe', 'travailleur du sexe', 'travailleuses du sexe']
		},
		why: {
			en: 'These are slurs that pass judgement on a person. In headlines about violence they signal to readers that the victim mattered less.',
			fr: 'Ce sont des insultes qui portent un jugement sur la personne. Dans les titres sur la violence, elles laissent entendre aux lecteurs que la victime comptait moins.'
		},
		exceptions: {
			en: 'Only when someone uses the word for themselves, or in a quotation.',
			fr: 'Seulement quand une personne emploie ce mot pour elle-même, ou dans une citation.'
		},
		severity: 'error',
		sources: ['global-press-style-guide', 'nswp-terminology']
	},
	{
		id: 'prostituted-women',
		avoid: {
			en: [
				'prostituted women',
				'prostituted woman',
				'prostituted persons',
				'prostituted person',
				'prostituted people',
				'women in prostitution'
			],
			fr: [
				'femmes prostituées',
				'femme prostituée',
				'personnes prostituées',
				'personne prostituée',
				'personnes en situation de prostitution',
				'femmes en situation de prostitution'
			]
		},
		alternatives: {
			en: ['sex workers', 'women who sell sex', 'people who sell sexual services'],
			fr: ['travailleuses du sexe', 'femmes qui vendent des services sexuels', 'personnes qui vendent des services sexuels']
		},
		why: {
			en: 'This wording comes from the abolitionist view that no one can consent to selling sex, so it presents everyone as acted upon. Sex worker groups find it erases their agency; abolitionist groups use it on purpose. Naming the framing lets readers see which view a text takes.',
			fr: 'Cette formulation vient de la position abolitionniste selon laquelle personne ne peut consentir à vendre du sexe : elle présente donc chacune comme subissant. Les groupes de travailleuses du sexe y voient un effacement de leur capacité d’agir; les groupes abolitionnistes l’emploient délibérément. Nommer ce cadrage permet de voir quelle position adopte un texte.'
		},
		exceptions: {
			en: 'Expected in texts that state an abolitionist position, and in quotations; the point is to make the framing visible, not to correct it.',
			fr: 'Attendu dans les textes qui défendent une position abolitionniste, et dans les citations; il s’agit de rendre le cadrage visible, non de le corriger.'
		},
		severity: 'info',
		contested: true,
		sources: ['stoptheraids-do-not-use', 'nordic-model-now-terminology', 'shift-language']
	},
	{
		id: 'john',
		avoid: {
			en: ['john', 'johns', 'punter', 'punters'],
			fr: ['client-prostitueur', 'clients-prostitueurs', 'prostitueur', 'prostitueurs']
		},
		alternatives: { en: ['client', 'clients'], fr: ['client', 'clients', 'clientèle'] },
		why: {
			en: 'Sex workers call the people who pay them clients; slang such as “john” or “punter” is derogatory, and abolitionist groups choose it to cast all clients as abusers. Call a client a trafficker or exploiter only when force, fraud or coercion is the subject.',
			fr: 'Les travailleuses du sexe appellent clients les personnes qui les paient; « prostitueur » et les termes semblables sont choisis par les groupes abolitionnistes pour présenter tout client comme un agresseur. Ne parlez de trafiquant ou d’exploiteur que lorsque la force, la fraude ou la contrainte sont en cause.'
		},
		exceptions: {
			en: 'Proper names (John is also a first name), quotations, and texts that openly argue an abolitionist position.',
			fr: 'Les citations et les textes qui défendent ouvertement une position abolitionniste.'
		},
		severity: 'info',
		contested: true,
		sources: ['stoptheraids-do-not-use', 'nordic-model-now-terminology']
	},
	{
		id: 'pimp',
		avoid: {
			en: ['pimp', 'pimps', 'pimping'],
			fr: ['proxénète', 'proxénètes', 'maquereau', 'maquereaux', 'pimp', 'pimps']
		},
		alternatives: {
			en: ['third party', 'manager', 'receptionist', 'driver', 'security staff'],
			fr: ['tierce partie', 'gérante', 'gérant', 'réceptionniste', 'chauffeur', 'agent de sécurité']
		},
		why: {
			en: 'Used for anyone who works alongside sex workers, the word assumes exploitation. Third parties such as managers, receptionists, drivers and security staff often make the work safer; say which role a person had and what they are alleged to have done.',
			fr: 'Appliqué à quiconque travaille avec des travailleuses du sexe, le mot présume l’exploitation. Les tierces parties (gérantes, réceptionnistes, chauffeurs, agents de sécurité) rendent souvent le travail plus sûr; précisez le rôle de la personne et ce qu’on lui reproche.'
		},
		exceptions: {
			en: 'When reporting a specific charge, name the offence as the Criminal Code words it (for example procuring or material benefit) and say what conduct is alleged.',
			fr: 'Pour rapporter une accusation précise, nommez l’infraction dans les mots du Code criminel (par exemple proxénétisme ou avantage matériel) et décrivez le comportement reproché.'
		},
		severity: 'warning',
		sources: ['vswca-definitions', 'stoptheraids-do-not-use']
	},

	// ── Minors: always child sexual exploitation or abuse, never sex work ───────────────────
	{
		id: 'child-prostitute',
		avoid: {
			en: [
				'child prostitute',
				'child prostitutes',
				'teen prostitute',
				'teenage prostitute',
				'underage prostitute',
				'juvenile prostitute',
				'child sex worker',
				'child sex workers',
				'teen sex worker'
			],
			fr: [
				'enfant prostitué',
				'enfant prostituée',
				'enfants prostitués',
				'mineure prostituée',
				'prostituée mineure',
				'adolescente prostituée',
				'jeune prostituée',
				'enfant travailleur du sexe'
			]
		},
		alternatives: {
			en: [
				'sexually exploited child',
				'sexually exploited youth',
				'child sexual exploitation',
				'victim of child sexual abuse',
				'survivor of child sexual abuse'
			],
			fr: [
				"enfant victime d'exploitation sexuelle",
				"adolescente victime d'exploitation sexuelle",
				"exploitation sexuelle d'enfants",
				"victime d'abus sexuels dans l'enfance"
			]
		},
		why: {
			en: 'A child cannot consent to selling sex, so any label that suggests a trade or a job hides the abuse and shifts blame onto the child. News style guides and child-protection bodies dropped these terms for that reason.',
			fr: 'Un enfant ne peut pas consentir à vendre du sexe : toute étiquette qui évoque un commerce ou un métier masque l’abus et reporte la faute sur l’enfant. Les guides de style journalistiques et les organismes de protection de l’enfance ont abandonné ces termes pour cette raison.'
		},
		exceptions: {
			en: 'Only inside a quotation that is itself the subject of the text.',
			fr: 'Seulement dans une citation qui est elle-même l’objet du texte.'
		},
		severity: 'error',
		minors: true,
		sources: ['ap-2016-child-prostitute', 'luxembourg-guidelines', 'ecpat-terminology', 'unfpa-terminology']
	},
	{
		id: 'child-prostitution',
		avoid: {
			en: ['child prostitution', 'juvenile prostitution', 'teen prostitution', 'teenage prostitution', 'underage prostitution'],
			fr: [
				'prostitution juvénile',
				'prostitution infantile',
				'prostitution des enfants',
				"prostitution d'enfants",
				'prostitution de mineurs',
				'prostitution des mineurs'
			]
		},
		alternatives: {
			en: ['commercial sexual exploitation of children', 'child sexual exploitation', 'commercially sexually exploited child'],
			fr: [
				"exploitation sexuelle d'enfants à des fins commerciales",
				"exploitation sexuelle d'enfants",
				'exploitation sexuelle de mineurs'
			]
		},
		why: {
			en: 'What happens to a child is sexual exploitation and abuse by adults; calling it prostitution frames it as something the child does. The Luxembourg Guidelines list the term as one to avoid.',
			fr: 'Ce que subit un enfant est une exploitation et un abus sexuels commis par des adultes; parler de prostitution en fait quelque chose que l’enfant ferait. Les Lignes directrices de Luxembourg classent ce terme parmi ceux à éviter.'
		},
		exceptions: {
			en: 'Proper names of instruments and mandates that still carry the old wording (for example the Optional Protocol on the sale of children, child prostitution and child pornography), and quotations.',
			fr: 'Les noms officiels d’instruments et de mandats qui gardent l’ancienne formulation (par exemple le Protocole facultatif concernant la vente d’enfants, la prostitution des enfants et la pornographie mettant en scène des enfants), et les citations.'
		},
		severity: 'error',
		minors: true,
		sources: ['luxembourg-guidelines', 'ecpat-terminology', 'irina-project-language', 'unfpa-terminology']
	},
	{
		id: 'child-pornography',
		avoid: {
			en: ['child pornography', 'child porn', 'kiddie porn'],
			fr: ['pornographie juvénile', 'pornographie infantile', 'pornographie enfantine', 'pédopornographie']
		},
		alternatives: {
			en: ['child sexual abuse material', 'CSAM', 'child sexual exploitation material'],
			fr: ["matériel d'abus pédosexuel", "matériel d'abus sexuel d'enfants", "matériel d'exploitation sexuelle d'enfants"]
		},
		why: {
			en: '“Pornography” suggests consenting adults and entertainment; these images and videos are records of a crime against a child. Child-protection and law-enforcement bodies now prefer “child sexual abuse material”.',
			fr: '« Pornographie » évoque des adultes consentants et du divertissement; ces images et vidéos sont la trace d’un crime commis contre un enfant. Les organismes de protection de l’enfance et les services de police préfèrent maintenant « matériel d’abus pédosexuel ».'
		},
		exceptions: {
			en: 'When quoting a law or naming a charge under its older wording (Canada’s Criminal Code used “child pornography”, « pornographie juvénile », until Bill C-291 renamed it child sexual abuse and exploitation material).',
			fr: 'Pour citer une loi ou nommer une accusation selon son ancien libellé (le Code criminel employait « pornographie juvénile » jusqu’à ce que le projet de loi C-291 le remplace par « matériel d’abus et d’exploitation pédosexuels »).'
		},
		severity: 'error',
		minors: true,
		sources: ['ecpat-terminology', 'luxembourg-guidelines']
	},

	// ── Trafficking: conflation and sensational frames ──────────────────────────────────────
	{
		id: 'sex-trafficking-sting',
		avoid: {
			en: [
				'sex trafficking sting',
				'sex trafficking stings',
				'human trafficking sting',
				'trafficking sting',
				'sex trafficking sweep',
				'trafficking sweep'
			],
			fr: ['coup de filet contre la traite', 'opération anti-traite', 'opération antitraite']
		},
		alternatives: {
			en: ['the charges actually laid', 'police operation targeting sex work', 'arrests under the sexual services offences'],
			fr: [
				'les accusations réellement portées',
				'opération policière visant le travail du sexe',
				'arrestations en vertu des infractions relatives aux services sexuels'
			]
		},
		why: {
			en: '“Sex trafficking” is a legal term with specific elements, yet operations are often labelled that way when no one is charged with trafficking. Describe what police did and what charges were laid, and check whether any were for trafficking.',
			fr: '« Traite à des fins sexuelles » est un terme juridique aux éléments précis, mais des opérations sont souvent présentées ainsi alors que personne n’est accusé de traite. Décrivez ce que la police a fait et les accusations portées, et vérifiez si l’une d’elles concerne la traite.'
		},
		exceptions: {
			en: 'When trafficking charges were in fact laid, say so and name the offence.',
			fr: 'Lorsque des accusations de traite ont réellement été portées, dites-le et nommez l’infraction.'
		},
		severity: 'warning',
		sources: ['tara-burns-media-guide', 'stoptheraids-dos-donts']
	},
	{
		id: 'sex-slave',
		avoid: {
			en: ['sex slave', 'sex slaves', 'sex slavery'],
			fr: ['esclave sexuelle', 'esclaves sexuelles', 'esclave sexuel', 'esclaves sexuels']
		},
		alternatives: {
			en: ['person who was trafficked', 'trafficking survivor', 'the specific crime, such as kidnapping or sexual assault'],
			fr: [
				'personne victime de traite',
				'survivante de la traite',
				'le crime précis, comme un enlèvement ou une agression sexuelle'
			]
		},
		why: {
			en: 'The phrase sensationalises and eroticises violence and blurs what happened. Naming the actual crime, such as kidnapping, confinement or sexual assault, is more accurate and more respectful.',
			fr: 'L’expression rend la violence sensationnelle et érotisée, et brouille ce qui s’est passé. Nommer le crime réel, comme un enlèvement, une séquestration ou une agression sexuelle, est plus exact et plus respectueux.'
		},
		exceptions: {
			en: 'Quotations; and “sexual slavery” as a defined crime under international criminal law is a different, legal term.',
			fr: 'Les citations; l’« esclavage sexuel » au sens du droit pénal international est un terme juridique distinct.'
		},
		severity: 'warning',
		sources: ['sfreporter-sex-slave']
	},
	{
		id: 'modern-slavery',
		avoid: {
			en: ['modern slavery', 'modern-day slavery', 'modern day slavery'],
			fr: ['esclavage moderne', 'esclavage des temps modernes']
		},
		alternatives: {
			en: ['human trafficking', 'forced labour', 'forced marriage'],
			fr: ['traite des personnes', 'travail forcé', 'mariage forcé']
		},
		why: {
			en: '“Modern slavery” is an umbrella term, not a legal definition; human trafficking and forced labour are. Using it as a synonym for trafficking stretches both ideas, a shift scholars call “exploitation creep”.',
			fr: '« Esclavage moderne » est un terme générique et non une définition juridique, contrairement à la traite des personnes et au travail forcé. L’employer comme synonyme de traite étire les deux notions, un glissement que des chercheuses appellent « exploitation creep ».'
		},
		exceptions: {
			en: 'Titles of reports and laws that use the term (for example the ILO, Walk Free and IOM Global Estimates of Modern Slavery), and quotations.',
			fr: 'Les titres de rapports et de lois qui emploient ce terme (par exemple les Estimations mondiales de l’esclavage moderne de l’OIT, de Walk Free et de l’OIM), et les citations.'
		},
		severity: 'info',
		sources: ['gfems-terminology', 'chuang-2014']
	},
	{
		id: 'rescue',
		avoid: {
			en: ['rescue', 'rescued', 'rescues', 'rescuing', 'set free', 'was saved', 'were saved'],
			fr: ['secourue', 'secourues', 'secourus', 'sauvetage', 'sauvée', 'sauvées', 'délivrée', 'délivrées']
		},
		alternatives: {
			en: ['supported', 'assisted', 'left sex work', 'exited', 'was released'],
			fr: ['a reçu du soutien', 'a été accompagnée', 'a quitté le travail du sexe', 'a été remise en liberté']
		},
		why: {
			en: 'Rescue language casts police, charities or journalists as heroes and the people concerned as passive. Many people raided as “victims” were not trafficked and say the operation harmed them; describe what support was offered and what the person chose.',
			fr: 'Le vocabulaire du sauvetage fait de la police, des organismes ou des journalistes des héros et des personnes concernées des êtres passifs. Bien des personnes visées par des descentes comme « victimes » n’étaient pas victimes de traite et disent en avoir subi des torts; décrivez le soutien offert et ce que la personne a choisi.'
		},
		exceptions: {
			en: 'Quotations, and rescues in the everyday sense that have nothing to do with sex work or trafficking.',
			fr: 'Les citations, et les sauvetages au sens courant, sans lien avec le travail du sexe ou la traite.'
		},
		severity: 'info',
		sources: ['swan-journalist-resources', 'sangram-raided', 'ditmore-2009-raids']
	},
	{
		id: 'victims-of-prostitution',
		avoid: {
			en: ['victims of prostitution', 'victim of prostitution', 'victims of the sex trade', 'sex trade victims'],
			fr: [
				'victimes de la prostitution',
				'victime de la prostitution',
				'victimes du commerce du sexe',
				"victimes de l'industrie du sexe"
			]
		},
		alternatives: {
			en: ['sex workers', 'people who sell sex'],
			fr: ['travailleuses du sexe', 'personnes qui vendent des services sexuels']
		},
		why: {
			en: 'Calling all sex workers victims erases how people describe their own lives and treats a job as a crime against them. Use “victim” or “survivor” for people harmed by trafficking or another crime, and ask which word they prefer.',
			fr: 'Qualifier toutes les travailleuses du sexe de victimes efface la façon dont elles décrivent leur propre vie et présente un travail comme un crime commis contre elles. Réservez « victime » ou « survivante » aux personnes lésées par la traite ou un autre crime, et demandez-leur le mot qu’elles préfèrent.'
		},
		exceptions: {
			en: 'Expected in texts that state an abolitionist position, in quotations, and when a person describes themselves this way.',
			fr: 'Attendu dans les textes qui défendent une position abolitionniste, dans les citations, et quand une personne se décrit elle-même ainsi.'
		},
		severity: 'info',
		contested: true,
		sources: ['ijnet-sex-work', 'covenant-house-terms', 'nordic-model-now-terminology']
	},
	{
		id: 'consensual-sex-work',
		avoid: {
			en: ['consensual sex work', 'forced prostitution', 'forced sex work'],
			fr: ['travail du sexe consensuel', 'prostitution forcée', 'travail du sexe forcé']
		},
		alternatives: {
			en: ['sex work', 'human trafficking', 'sexual assault', 'forced labour'],
			fr: ['travail du sexe', 'traite des personnes', 'agression sexuelle', 'travail forcé']
		},
		why: {
			en: 'Consent between adults is part of what sex work means, so “consensual sex work” is redundant and implies that other sex work is not. Sex without consent is not a kind of sex work: name it as trafficking, sexual assault or forced labour.',
			fr: 'Le consentement entre adultes fait partie de la définition du travail du sexe : « travail du sexe consensuel » est redondant et sous-entend que l’autre ne l’est pas. Le sexe sans consentement n’est pas une forme de travail du sexe : nommez-le traite, agression sexuelle ou travail forcé.'
		},
		exceptions: {
			en: 'Some guides (the Irina Project) suggest “consensual” and “non-consensual sex work” as an option with explanation, so treat this as a hint rather than a rule.',
			fr: 'Certains guides (The Irina Project) proposent « travail du sexe consensuel ou non » avec explication : traitez ceci comme une suggestion plutôt qu’une règle.'
		},
		severity: 'info',
		contested: true,
		sources: ['stoptheraids-do-not-use', 'swan-position-statements', 'irina-project-language']
	},
	{
		id: 'exploitation-hub',
		avoid: {
			en: ['exploitation hub', 'exploitation hubs'],
			fr: ["lieu d'exploitation", "lieux d'exploitation", "plaque tournante de l'exploitation"]
		},
		alternatives: {
			en: ['workplace', 'the specific conduct, such as coercion, extortion, wage theft or assault'],
			fr: ['lieu de travail', "le comportement précis, comme la contrainte, l'extorsion, le vol de salaire ou une agression"]
		},
		why: {
			en: 'Used as a catch-all, “exploitation” labels every workplace and every arrangement as abuse, whatever the consent or conditions. Naming the specific conduct says what actually happened.',
			fr: 'Employé comme fourre-tout, « exploitation » qualifie tout lieu de travail et toute entente d’abus, quels que soient le consentement ou les conditions. Nommer le comportement précis dit ce qui s’est réellement passé.'
		},
		exceptions: {
			en: 'When exploitation in the legal sense (as in Criminal Code s. 279.04) is alleged or proven, say so and describe it.',
			fr: 'Lorsque l’exploitation au sens juridique (comme à l’art. 279.04 du Code criminel) est alléguée ou prouvée, dites-le et décrivez-la.'
		},
		severity: 'warning',
		sources: ['stoptheraids-do-not-use']
	},
	{
		id: 'migrant-trafficking',
		avoid: {
			en: ['migrant trafficking', 'trafficking of migrants', 'trafficking in migrants'],
			fr: ['traite de migrants', 'traite des migrants']
		},
		alternatives: {
			en: ['migrant smuggling', 'smuggling of migrants', 'undocumented work'],
			fr: ['trafic illicite de migrants', 'passage clandestin de migrants', 'travail non déclaré']
		},
		why: {
			en: 'Smuggling and trafficking are different crimes under separate UN protocols. Smuggling is a paid crossing of a border that the person agreed to; trafficking requires a purpose of exploitation and can happen without any border. Irregular migration or undocumented work is neither.',
			fr: 'Le trafic illicite de migrants et la traite sont des crimes distincts, visés par des protocoles de l’ONU différents. Le trafic illicite est un passage de frontière payé, accepté par la personne; la traite exige un but d’exploitation et peut avoir lieu sans frontière. La migration irrégulière ou le travail non déclaré ne sont ni l’un ni l’autre.'
		},
		exceptions: {
			en: 'When migrants were in fact trafficked (exploited through the means the law describes), trafficking is the right word: give the facts.',
			fr: 'Lorsque des personnes migrantes ont réellement été victimes de traite (exploitées par les moyens que décrit la loi), « traite » est le bon mot : donnez les faits.'
		},
		severity: 'warning',
		sources: ['unodc-smuggling-vs-trafficking', 'unodc-e4j-module-3']
	}
] satisfies Term[];
