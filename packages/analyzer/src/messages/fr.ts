import type { RuleId } from '../rules/index.ts';
import type { RuleMessages } from './types.ts';

/**
 * Ce que dit chaque constat, en français canadien. Mêmes sens que `en.ts`, dans nos propres mots
 * (aucune citation des sources). Le texte analysé est en anglais : les mots signalés sont donnés
 * tels quels entre guillemets. Pour les règles liées à un terme, les suggestions viennent du terme.
 */
export const fr = {
	// ── equates ──────────────────────────────────────────────────────────────────────────────
	'sex-work-is-violence': {
		title: 'Le travail du sexe présenté comme une violence en soi',
		message: 'Ce passage présente le travail du sexe comme une violence ou une exploitation en soi',
		explanation:
			'La phrase traite l’échange de services sexuels entre adultes consentants comme un tort par définition. La violence, la contrainte et l’exploitation existent dans l’industrie du sexe, comme dans d’autres secteurs, mais ce sont des actes commis par des personnes précises, qu’on peut nommer et poursuivre. Des organismes de défense des droits de la personne comme Amnistie internationale, ainsi que les organisations de travailleuses et travailleurs du sexe, distinguent les deux, car qualifier tout travail du sexe de violence rend la violence réelle plus difficile à nommer et à combattre.',
		advice: [
			'Nommez le tort précis (agression, contrainte, vol de salaire, traite) et qui l’a causé',
			'S’il s’agit d’une position, attribuez-la à celles et ceux qui la défendent et présentez les autres points de vue'
		]
	},
	'it-is-violence': {
		title: 'L’industrie du sexe présentée comme violente par nature',
		message: 'Ce passage présente l’industrie du sexe comme violente ou abusive par nature',
		explanation:
			'Des formules comme « une forme de violence », « exploitation institutionnalisée » ou « l’achat et la vente de femmes » présentent tout échange de services sexuels comme un abus, quoi qu’en disent les personnes concernées. Elles effacent la frontière entre le travail du sexe entre adultes et la traite, qui se définit par la force, la menace, la tromperie ou une autre forme de contrainte. Les torts subis dans l’industrie du sexe sont réels là où ils se produisent, et dire qui a fait quoi est plus exact que de condamner tout le secteur.',
		advice: [
			'Décrivez le tort précis et qui l’a causé, plutôt que l’industrie dans son ensemble',
			'S’il s’agit d’une position, attribuez-la à celles et ceux qui la défendent et présentez les autres points de vue'
		]
	},
	'no-difference-sex-work-trafficking': {
		title: 'Aucune différence entre travail du sexe et traite',
		message: 'Ce passage présente le travail du sexe et la traite comme une seule et même chose',
		explanation:
			'La traite des personnes est un crime aux éléments définis : recruter, transporter, détenir ou héberger une personne pour l’exploiter, par la force, la menace, la tromperie ou une autre forme de contrainte (Protocole de Palerme de l’ONU; art. 279.01 du Code criminel). Le travail du sexe est l’échange de services sexuels entre adultes consentants. Certaines personnes dans l’industrie du sexe sont victimes de traite, et c’est un crime commis contre elles; confondre les deux efface le consentement et, selon des recherches canadiennes, a tourné la loi sur la traite vers la répression du travail du sexe ordinaire.',
		advice: [
			'Gardez les deux distincts : travail du sexe pour le travail consenti entre adultes, traite pour l’exploitation par la force, la menace ou la tromperie',
			'Lorsqu’un cas comportait de la contrainte, décrivez cette contrainte'
		]
	},
	'so-called-sex-work': {
		title: 'Le « soi-disant » travail du sexe',
		message: '« So-called » met en doute le nom que les personnes concernées donnent à leur travail',
		explanation:
			'L’expression « travail du sexe » vient des travailleuses et travailleurs du sexe eux-mêmes; les agences de l’ONU et des organismes de santé l’emploient pour désigner les services sexuels rémunérés entre adultes comme un travail. Ajouter « soi-disant » ou « ce qu’on appelle » laisse entendre que le terme cache quelque chose, c’est-à-dire, sans preuve, que tout travail du sexe serait un abus déguisé. Si le texte rejette ce terme, il est plus clair de le dire ouvertement et d’expliquer pourquoi.',
		advice: [
			'Écrivez travail du sexe sans qualificatif',
			'Si le texte conteste le terme, exposez cette position ouvertement et attribuez-la'
		]
	},
	'scare-quoted-sex-work': {
		title: 'Le travail du sexe entre guillemets de distance',
		message: 'Des guillemets autour de travail du sexe mettent le terme en doute',
		explanation:
			'Les guillemets de distance invitent à ne pas prendre les mots au pied de la lettre, comme si le travail du sexe était un euphémisme pour l’abus. C’est pourtant le terme qu’emploient la plupart des travailleuses et travailleurs du sexe et leurs organisations, et il distingue le travail consenti entre adultes de la traite. Le mettre en doute par la ponctuation revient à affirmer quelque chose sans le dire ni l’étayer.',
		advice: [
			'Retirez les guillemets autour de travail du sexe',
			'Si le texte conteste le terme, dites-le en toutes lettres et attribuez ce point de vue'
		]
	},

	// ── lumps ────────────────────────────────────────────────────────────────────────────────
	'trafficking-joined-with-sex-work': {
		title: 'Traite et travail du sexe réunis en un seul problème',
		message: 'Ce passage associe traite et travail du sexe comme s’il s’agissait d’un seul problème',
		explanation:
			'Accoler les deux (« la traite et la prostitution », « traite/travail du sexe ») les présente comme un seul enjeu appelant une seule solution. La traite est un crime fondé sur la contrainte, présent dans de nombreux secteurs; le travail du sexe entre adultes est consenti. Des mesures contre la traite fondées sur cet amalgame ont à maintes reprises visé les travailleuses du sexe et les personnes migrantes et nui aux personnes qu’elles devaient protéger, comme l’a montré une étude menée dans huit pays.',
		advice: [
			'Nommez le crime précis (p. ex. « traite à des fins d’exploitation sexuelle » ou « travail forcé ») et traitez du travail du sexe séparément',
			'Si les deux sujets comptent ici, donnez à chacun sa propre phrase et ses propres faits'
		]
	},
	'trafficking-legality': {
		title: 'La « légalité » de la traite',
		message: 'Ce passage parle de légaliser la traite alors qu’il s’agit du travail du sexe',
		explanation:
			'La traite des personnes est un crime en droit international et dans chaque pays qui a ratifié le Protocole de Palerme; aucun pays ne débat de la rendre légale. Ce que les pays débattent, c’est le traitement du travail du sexe : le criminaliser, l’encadrer ou le décriminaliser. Parler de la « légalité » ou de la « légalisation » de la traite lorsque le sujet est la prostitution confond les deux et masque le vrai choix politique.',
		advice: [
			'Nommez la politique dont il est question : la criminalisation, l’encadrement ou la décriminalisation du travail du sexe',
			'Réservez « traite » au crime, qui reste un crime dans chacun de ces modèles'
		]
	},
	'sex-industry-called-trafficking': {
		title: 'L’industrie du sexe appelée industrie de la traite',
		message: 'Ce passage qualifie l’ensemble de l’industrie du sexe d’industrie de la traite',
		explanation:
			'La traite est un crime commis contre des personnes précises, pas un secteur d’activité. Parler d’une « industrie » ou d’un « commerce » de la traite à des fins sexuelles range dans ce crime toutes les personnes qui travaillent dans l’industrie du sexe, y compris les adultes qui ont choisi ce travail. Cela laisse aussi croire que l’ampleur de la traite équivaut à la taille de l’industrie du sexe, ce qu’aucune donnée n’appuie.',
		advice: [
			'Écrivez « l’industrie du sexe » lorsque vous parlez du secteur dans son ensemble',
			'Lorsque vous parlez du crime, nommez-le et décrivez les cas : qui a été contraint, comment et par qui'
		]
	},
	'sex-work-as-euphemism': {
		title: 'Le travail du sexe présenté comme un euphémisme de la traite',
		message: 'Ce passage présente le travail du sexe comme un euphémisme pour la traite',
		explanation:
			'Qualifier le travail du sexe de couverture, de façade ou d’euphémisme pour la traite laisse entendre que chaque travailleuse du sexe est une victime cachée et que sa propre description de son travail est fausse. La traite désigne l’exploitation par la force, la menace, la tromperie ou une autre forme de contrainte; elle existe dans certaines parties de l’industrie du sexe et dans bien d’autres secteurs. Faire d’un mot le masque de l’autre supprime la distinction qui permet d’agir sur chacun.',
		advice: [
			'Employez deux mots pour deux réalités : travail du sexe pour le travail consenti entre adultes, traite pour l’exploitation par la contrainte',
			'Si un cas précis a été présenté comme du travail du sexe mais comportait de la contrainte, décrivez les preuves'
		]
	},
	'sex-work-linked-to-trafficking': {
		title: 'Le travail du sexe dit indissociable de la traite',
		message: 'Ce passage présente le travail du sexe comme indissociable de la traite',
		explanation:
			'Dire que les deux sont intimement liés ou vont de pair laisse entendre que le travail du sexe ne peut exister sans la traite. La traite existe en agriculture, dans la construction, le travail domestique et d’autres secteurs autant que dans l’industrie du sexe, et elle suppose toujours la contrainte exercée sur des personnes précises. Au Canada, des recherches ont montré que confondre les deux a conduit à utiliser l’infraction de traite surtout pour réprimer le travail du sexe.',
		advice: [
			'Indiquez où la traite a été constatée et à quels signes (menaces, papiers confisqués, servitude pour dettes), avec une source',
			'Présentez l’industrie du sexe comme l’un des nombreux milieux où la traite se produit, aux côtés des fermes, de la construction et du travail domestique'
		]
	},

	// ── indicators ───────────────────────────────────────────────────────────────────────────
	'ordinary-work-as-trafficking-sign': {
		title: 'Des aspects ordinaires du travail du sexe présentés comme signes de traite',
		message: 'Ce passage présente un aspect ordinaire du travail du sexe comme un signe de traite',
		explanation:
			'Avoir sur soi des condoms, de l’argent comptant ou plusieurs téléphones, annoncer en ligne, travailler à l’hôtel ou recevoir de nombreux visiteurs sont des aspects courants du travail du sexe entre adultes, souvent choisis pour la sécurité. Les listes qui en font des signaux d’alarme attirent soupçons, profilage et attention policière sur des travailleuses du sexe qui ne sont pas victimes de traite, tout en disant peu de chose de ce qu’est la traite. Des organisations de travailleuses du sexe comme SWAN Vancouver recommandent plutôt de s’attacher aux signes de contrainte.',
		advice: [
			'Énumérez plutôt des signes de contrainte : menaces, pièces d’identité confisquées, servitude pour dettes, impossibilité de partir ou de refuser',
			'Retirez les éléments qui décrivent simplement le travail du sexe entre adultes, comme les condoms, l’argent comptant ou les annonces en ligne'
		]
	},

	// ── no-agency ────────────────────────────────────────────────────────────────────────────
	'prostituted-persons': {
		title: '« Prostituted women » et expressions semblables',
		message: 'Cette formulation signale une vision abolitionniste du travail du sexe',
		explanation:
			'Cette formulation vient de la position abolitionniste selon laquelle vendre du sexe est toujours quelque chose que l’on subit, jamais un choix. Les organisations abolitionnistes l’emploient délibérément, alors que bien des travailleuses et travailleurs du sexe la rejettent parce qu’elle écarte la façon dont ils décrivent leur propre vie. Ce n’est pas une erreur : elle indique quelle position le texte adopte. Si le texte se veut neutre, employez des mots qui ne présument ni l’une ni l’autre position.',
		advice: ['Dans un texte qui se veut neutre, désignez les personnes par les mots qu’elles emploient pour elles-mêmes']
	},
	'victims-of-prostitution': {
		title: '« Victims of prostitution » (victimes de la prostitution)',
		message: 'Parler de victimes de la prostitution signale un cadrage abolitionniste',
		explanation:
			'Qualifier des personnes de victimes de la prostitution présente la vente de services sexuels elle-même comme le tort qu’elles subissent, ce qui est la position abolitionniste. Certaines personnes qui ont vendu du sexe se décrivent ainsi et les groupes abolitionnistes emploient l’expression délibérément, alors que bien des travailleuses et travailleurs du sexe la rejettent. C’est un choix de cadrage, non une erreur; dans un texte qui se veut neutre, réservez « victime » aux personnes lésées par la traite ou un autre crime précis.',
		advice: [
			'Réservez « victime » ou « survivante » aux personnes lésées par la traite ou un autre crime, et demandez-leur le mot qu’elles préfèrent'
		]
	},
	'no-one-chooses': {
		title: '« Personne ne choisit » le travail du sexe',
		message: 'Ce passage nie qu’une personne adulte puisse choisir le travail du sexe',
		explanation:
			'Bien des adultes décident de faire du travail du sexe, souvent sous des contraintes comme la pauvreté, les dettes, le logement ou le statut d’immigration, comme on le fait pour d’autres emplois. Ces contraintes sont réelles et méritent d’être décrites, mais elles diffèrent de la force, de la menace ou de la tromperie qui définissent la traite. Affirmer que personne ne choisit le travail du sexe écarte les témoignages des personnes concernées et fait de chacune une victime de traite par définition.',
		advice: [
			'Décrivez les contraintes que vivent les personnes (pauvreté, logement, statut d’immigration) sans nier leurs décisions',
			'S’il s’agit d’une position, attribuez-la et donnez aussi la parole aux travailleuses et travailleurs du sexe',
			'Citez des travailleuses et travailleurs du sexe sur leurs propres raisons'
		]
	},
	'all-sex-workers-victims': {
		title: 'Toutes les travailleuses et tous les travailleurs du sexe dits victimes',
		message: 'Ce passage qualifie de victimes toutes les travailleuses du sexe, ou la plupart',
		explanation:
			'Aucune donnée fiable ne montre que toutes les travailleuses et tous les travailleurs du sexe, ni même la plupart, sont victimes de traite ou d’exploitation, et beaucoup décrivent leur travail autrement. Ces généralisations effacent la différence entre travail du sexe et traite et orientent la répression et les ressources vers l’ensemble des travailleuses du sexe plutôt que vers les personnes réellement lésées. Le mot « victime » convient aux personnes qui ont subi un crime précis, et elles peuvent dire quel mot elles préfèrent.',
		advice: [
			'Dites que certaines travailleuses du sexe subissent de l’exploitation ou de la violence, en précisant qui, comment et selon quelle source',
			'Réservez « victime » ou « survivante » aux personnes lésées par la traite ou un autre crime'
		]
	},
	'choice-called-a-myth': {
		title: 'Le choix qualifié de mythe',
		message: 'Ce passage rejette l’idée que le travail du sexe puisse être choisi',
		explanation:
			'Qualifier le choix de mythe ou de mensonge fait passer chaque travailleuse du sexe qui dit avoir choisi ce travail pour quelqu’un qui se trompe ou qu’on a trompé. Les choix liés au travail du sexe se font généralement sous des contraintes, comme pour d’autres emplois, et ces contraintes méritent l’attention. Mais écarter complètement le choix rend le consentement sans importance et efface la frontière entre travail du sexe et traite.',
		advice: [
			'Décrivez les contraintes qui pèsent sur les choix des personnes plutôt que de qualifier le choix de mythe',
			'Présentez ce point de vue comme la position de certains groupes, à côté des témoignages des travailleuses et travailleurs du sexe'
		]
	},
	'sex-workers-presumed-exploited': {
		title: 'Travailleuses et travailleurs du sexe présumés exploités',
		message: 'Ce passage présente les travailleuses du sexe comme exploitées par défaut',
		explanation:
			'Des mots comme « habituellement », « toujours » ou « inévitablement » transforment ce que vivent certaines personnes en règle pour tout le monde dans l’industrie du sexe. L’exploitation existe et doit être décrite là où elle se produit, en disant qui a fait quoi. La présumer pour toutes les travailleuses du sexe rend leur consentement sans importance et confond travail du sexe et traite.',
		advice: [
			'Décrivez la situation précise, le type d’exploitation et sa source, plutôt qu’une règle générale',
			'Précisez de quelles travailleuses du sexe il s’agit et dans quelles conditions, p. ex. celles qui travaillent pour une tierce partie qui retient leur paie'
		]
	},
	'rescue-from-sex-work': {
		title: 'Le « sauvetage » hors du travail du sexe',
		message: 'Ce passage présente le fait de quitter le travail du sexe comme un sauvetage',
		explanation:
			'Le vocabulaire du sauvetage présente les adultes qui vendent des services sexuels comme des personnes à sauver, qu’elles aient demandé de l’aide ou non et qu’elles veuillent arrêter ou non. Des recherches auprès de travailleuses du sexe migrantes au Canada documentent des violations de droits lors d’opérations menées au nom du sauvetage. Décrire le soutien offert et ce que chaque personne a choisi garde en vue leur capacité d’agir, y compris pour celles qui veulent partir.',
		advice: ['Si une personne a demandé de l’aide pour partir, dites quelle aide elle a demandée et reçue']
	},

	// ── sex-only ─────────────────────────────────────────────────────────────────────────────
	'trafficking-as-sexual-by-definition': {
		title: 'La traite définie comme sexuelle',
		message: 'Ce passage présente la traite des personnes comme surtout sexuelle',
		explanation:
			'Les estimations mondiales portent sur le travail forcé plutôt que sur la traite comme telle, mais elles montrent où se produit l’exploitation : pour 2021, l’OIT estimait à 27,6 millions le nombre de personnes en situation de travail forcé, dont 6,3 millions en exploitation sexuelle commerciale forcée. La plupart des autres travaillaient en agriculture, dans la construction, le travail domestique, la fabrication et d’autres secteurs privés, ou subissaient un travail imposé par l’État. Présenter la traite comme une affaire surtout sexuelle cache cette majorité et alimente la confusion entre traite et travail du sexe.',
		advice: [
			'Nommez la forme de traite dont il s’agit, p. ex. « traite à des fins d’exploitation sexuelle »',
			'Lorsque vous décrivez la traite en général, mentionnez le travail forcé en agriculture, dans la construction, le travail domestique et d’autres secteurs'
		]
	},
	'trafficking-only-sexual': {
		title: 'La traite abordée sous le seul angle sexuel',
		message: 'Ce texte n’aborde la traite que sous l’angle sexuel',
		explanation:
			'Le texte ne parle de la traite qu’en termes sexuels et ne nomme aucun autre secteur. Pourtant, la plus grande partie du travail forcé se trouve ailleurs : sur 27,6 millions de personnes en situation de travail forcé en 2021, l’OIT en estimait 6,3 millions en exploitation sexuelle commerciale forcée, et les autres en agriculture, dans la construction, le travail domestique, la fabrication, la pêche et d’autres secteurs, ou dans un travail imposé par l’État. Un texte consacré à la seule exploitation sexuelle convient s’il le précise; sinon, il renforce l’idée que la traite se résume à l’industrie du sexe.',
		advice: [
			'Précisez dès le début que le texte ne porte que sur l’exploitation sexuelle et que la majeure partie du travail forcé se trouve dans d’autres secteurs',
			'Lorsque vous parlez de la traite en général, mentionnez le travail forcé en agriculture, dans la construction, le travail domestique ou la pêche'
		]
	},

	// ── numbers ──────────────────────────────────────────────────────────────────────────────
	'unsourced-trafficking-figure': {
		title: 'Un chiffre sur la traite sans source',
		message: 'Ce chiffre sur la traite ou l’industrie du sexe n’a pas de source à proximité',
		explanation:
			'Les chiffres sur la traite sont difficiles à établir et passent souvent d’un texte à l’autre sans leur origine. Les incidents déclarés par la police, les accusations, les condamnations et les estimations par modélisation mesurent des choses très différentes, et même les chiffres officiels changent d’une publication à l’autre : Statistique Canada a publié à la fois 528 et 597 incidents déclarés par la police pour 2022. Sans source, année ni définition, le lectorat ne peut pas juger de ce que signifie le chiffre.',
		advice: [
			'Indiquez la source et l’année à côté du chiffre',
			'Précisez ce qui est compté : incidents déclarés par la police, accusations, personnes aidées par un organisme ou estimations par modélisation',
			'Ne présentez pas le nombre de travailleuses du sexe comme un nombre de victimes'
		]
	},
	'epidemic-framing': {
		title: 'La traite présentée comme une épidémie',
		message: 'Ce passage présente la traite comme une épidémie ou un crime en pleine explosion',
		explanation:
			'Les affirmations selon lesquelles la traite serait une épidémie, exploserait ou serait l’industrie criminelle qui croît le plus vite circulent beaucoup, mais renvoient rarement à des données. Ce cadrage appelle des mesures d’urgence, qui ont souvent pesé sur les travailleuses du sexe et les personnes migrantes. Une hausse des cas déclarés peut aussi refléter davantage d’interventions policières, des campagnes de sensibilisation ou de nouvelles infractions plutôt que davantage de traite.',
		advice: [
			'Remplacez le superlatif par un chiffre sourcé, son année et ce qu’il mesure',
			'Dites si une hausse reflète plus de cas ou plus de signalements et d’interventions policières, si la source le précise'
		]
	},
	'sporting-event-trafficking-myth': {
		title: 'Le mythe de la traite lors des grands événements sportifs',
		message: 'Ce passage reprend l’idée que les grands événements sportifs font grimper la traite',
		explanation:
			'Avant chaque Super Bowl, Coupe du monde ou Jeux olympiques, des mises en garde contre une hausse de la traite circulent largement. Les analyses de ces événements, dont celle de la Global Alliance Against Traffic in Women (GAATW), n’ont trouvé aucune preuve d’une telle hausse. Répéter cette affirmation entretient le mythe et oriente la police vers l’industrie du sexe plutôt que vers des preuves de contrainte.',
		advice: [
			'Retirez l’affirmation, ou citez une étude portant sur cet événement précis',
			'Si la police prévoit des opérations pendant l’événement, présentez-les comme des interventions policières, non comme une preuve de traite'
		]
	},

	// ── migration ────────────────────────────────────────────────────────────────────────────
	'migrant-sex-workers-presumed-trafficked': {
		title: 'Travailleuses et travailleurs du sexe migrants présumés victimes de traite',
		message: 'Ce passage présume que des travailleuses du sexe migrantes sont victimes de traite',
		explanation:
			'La nationalité, le statut migratoire ou une maîtrise limitée de l’anglais ne prouvent pas la traite. Bien des personnes migrantes choisissent le travail du sexe pour les mêmes raisons que d’autres, et les présumer victimes leur a valu des descentes et des mesures d’immigration; au Canada, des travailleuses du sexe migrantes ont documenté des violations de leurs droits lors d’enquêtes contre la traite. La traite se reconnaît à la contrainte, comme les menaces, la servitude pour dettes ou les papiers confisqués, et non à l’origine des personnes.',
		advice: [
			'S’il existe des preuves de contrainte (menaces, servitude pour dettes, papiers confisqués), décrivez-les',
			'Sinon, parlez de travailleuses du sexe migrantes et rapportez ce qu’elles disent de leur travail'
		]
	},
	'smuggling-as-trafficking': {
		title: 'Le trafic de migrants confondu avec la traite',
		message: 'Ce passage assimile le trafic de migrants ou la migration irrégulière à la traite',
		explanation:
			'Le trafic illicite de migrants et la traite des personnes sont des crimes distincts, visés par des protocoles différents de l’ONU. Le trafic illicite est un passage de frontière payé et accepté par la personne, un crime contre l’État; la traite est l’exploitation d’une personne par la contrainte et n’exige aucun passage de frontière. Les confondre transforme le contrôle migratoire en lutte contre la traite et peut dissuader les personnes migrantes exploitées de se manifester.',
		advice: [
			'Si des personnes ont été exploitées après leur arrivée, décrivez cette exploitation et ne parlez de traite que dans ce cas'
		]
	},

	// ── raids-as-rescue ──────────────────────────────────────────────────────────────────────
	'raid-framed-as-rescue': {
		title: 'Une descente présentée comme un sauvetage',
		message: 'Ce passage présente une descente policière comme un sauvetage',
		explanation:
			'Les descentes dans des maisons closes, des salons de massage ou des hôtels sont souvent présentées comme des sauvetages, mais les études montrent qu’elles permettent rarement d’identifier des victimes de traite. Dans une étude américaine, plus de la moitié des femmes victimes de traite interrogées avaient été arrêtées, parfois à plusieurs reprises, sans jamais être reconnues comme telles. Pour bien des personnes qu’elles prétendent secourir, les descentes se soldent par une arrestation, une perte de revenus ou une expulsion.',
		advice: ['Rapportez ce que la police a fait (entrée, arrestations, accusations) et ce qu’ont dit les personnes présentes']
	},
	'sting-as-anti-trafficking': {
		title: 'Une opération policière sur le travail du sexe présentée comme une lutte contre la traite',
		message: 'Une opération visant le travail du sexe est présentée ici comme une lutte contre la traite',
		explanation:
			'Les opérations qui ciblent les clients ou les travailleuses du sexe sont souvent annoncées comme des actions contre la traite, alors que les accusations portées visent généralement les infractions relatives aux services sexuels, et non la traite. Dans un cas rapporté, 125 arrestations lors d’une opération présentée comme anti-traite n’ont donné lieu à aucune accusation de traite. Présenter ces opérations comme une lutte contre la traite gonfle l’ampleur apparente de la traite et la confond avec le travail du sexe.',
		advice: [
			'Nommez les accusations réellement portées et précisez si certaines concernaient la traite',
			'Décrivez l’opération selon ce qu’elle visait, p. ex. l’achat de services sexuels'
		]
	},
	'sting-called-trafficking': {
		title: 'Une opération policière étiquetée « traite »',
		message: 'Cette opération policière est associée à la traite avant toute accusation de traite',
		explanation:
			'La traite est un crime précis, aux éléments juridiques définis, mais des opérations visant le travail du sexe portent souvent son nom même quand personne n’est accusé de traite. L’étiquette laisse croire qu’on a découvert de la traite, alors que l’issue peut se résumer à des arrestations pour achat ou vente de services sexuels. Rapporter les accusations réellement portées montre ce qu’a été l’opération.',
		advice: ['Si des accusations de traite ont été portées, nommez l’infraction et le nombre de personnes accusées']
	},

	// ── demand ───────────────────────────────────────────────────────────────────────────────
	'demand-drives-trafficking': {
		title: 'La demande de services sexuels présentée comme moteur de la traite',
		message: 'Ce passage relie à la traite la demande de services sexuels entre adultes',
		explanation:
			'L’idée que l’achat de services sexuels alimente la traite est le principal argument pour criminaliser les clients, comme l’a fait le Canada en 2014. Les preuves que ces lois réduisent la traite sont faibles, alors que des recherches montrent qu’elles nuisent aux travailleuses du sexe : après la loi de 2014, celles de Vancouver avaient moins accès aux soins de santé et, dans cinq villes canadiennes, près du tiers disaient ne pas pouvoir appeler le 911 par crainte de la police. Les auteurs de traite exploitent la pauvreté, les dettes et la précarité du statut d’immigration, auxquelles les lois sur les relations sexuelles entre adultes consentants ne s’attaquent pas.',
		advice: [
			'Traitez la traite et le travail du sexe entre adultes comme deux affirmations distinctes, chacune avec ses propres preuves',
			'Si le texte plaide pour une loi, présentez-la comme une position et mentionnez les données sur ses effets sur la sécurité des travailleuses du sexe'
		]
	},
	'buyers-called-perpetrators': {
		title: 'Les clients traités d’agresseurs',
		message: 'Ce passage présente les clients de travailleuses du sexe adultes comme des agresseurs',
		explanation:
			'L’achat de services sexuels est une infraction au Canada depuis 2014, mais payer une personne adulte pour une relation sexuelle consentie n’est pas en soi de la traite, une agression ou de l’exploitation. Qualifier tous les clients d’agresseurs présente chaque travailleuse du sexe comme une victime, quoi qu’elle en dise. Les mots « trafiquant » ou « agresseur » conviennent aux personnes qui ont eu recours à la force, à la menace, à la tromperie ou à la violence.',
		advice: [
			'Employez « clients » pour les personnes qui paient des services sexuels',
			'Ne parlez de trafiquant ou d’agresseur que pour décrire ce que la personne a fait : force, menaces, tromperie ou violence'
		]
	},
	'decriminalisation-increases-trafficking': {
		title: 'La décriminalisation dite source de traite',
		message: 'Ce passage affirme que légaliser ou décriminaliser le travail du sexe accroît la traite',
		explanation:
			'Les preuves à l’appui de cette affirmation sont faibles et contestées : les études invoquées comparent souvent la traite déclarée d’un pays à l’autre, et les signalements augmentent partout où les autorités cherchent davantage. La légalisation (l’encadrement du travail du sexe par des permis de l’État) et la décriminalisation (l’abrogation des lois pénales sur le travail du sexe consenti entre adultes) sont en outre des modèles différents. Des organismes de défense des droits de la personne comme Amnistie internationale appuient la décriminalisation, et la recherche associe la criminalisation et la répression policière à davantage de violence envers les travailleuses du sexe.',
		advice: [
			'Citez l’étude, le pays et ce qu’elle a mesuré, et indiquez si ses conclusions sont contestées',
			'Distinguez la légalisation de la décriminalisation'
		]
	},

	// ── stigma-terms ─────────────────────────────────────────────────────────────────────────
	'prostitute-for-adults': {
		title: '« Prostitute » pour une personne adulte qui fait du travail du sexe',
		message: 'Le mot « prostitute » (prostituée) stigmatise une travailleuse du sexe adulte',
		explanation:
			'Ce mot porte une longue histoire de jugement moral et réduit une personne à une seule activité. La plupart des personnes qui vendent des services sexuels se disent travailleuses ou travailleurs du sexe, un terme qui décrit un travail plutôt qu’une identité et que recommandent les agences de l’ONU et les guides de style. Il reste acceptable dans une citation, quand une personne l’emploie pour elle-même ou pour nommer une infraction dans les mots de la loi.',
		advice: []
	},
	'slur-for-sex-workers': {
		title: 'Insultes envers les travailleuses et travailleurs du sexe',
		message: 'Ce mot est une insulte envers les travailleuses et travailleurs du sexe',
		explanation:
			'Des mots comme « hooker » ou « whore » portent un jugement sur la personne au lieu de la décrire. Dans les nouvelles sur la violence, ils laissent entendre que la victime comptait moins, et des titres qui les employaient ont été associés à l’indifférence du public envers des femmes assassinées. Ne les employez que dans une citation ou quand une personne se désigne elle-même ainsi.',
		advice: []
	},
	'client-slang': {
		title: '« John » et « punter » pour les clients',
		message: '« John » ou « punter » est un terme d’argot qui présente les clients de façon négative',
		explanation:
			'Les travailleuses et travailleurs du sexe appellent généralement clients les personnes qui les paient. « John » est un terme d’argot dépréciatif, et certains groupes abolitionnistes choisissent délibérément « punter », un peu comme « prostitueur » en français, pour présenter tout client comme un agresseur. Le mot signale un cadrage plutôt qu’une erreur; dans un texte qui se veut neutre, « client » décrit le rôle sans le juger.',
		advice: []
	},
	'pimp-for-third-parties': {
		title: '« Pimp » pour les tierces personnes',
		message: 'Le mot « pimp » présume que toute tierce partie exploite les travailleuses du sexe',
		explanation:
			'Le mot s’applique à quiconque travaille aux côtés de travailleuses du sexe : gérantes, réceptionnistes, chauffeurs, agents de sécurité, partenaires ou proches. Bon nombre de ces tierces parties rendent le travail plus sûr, et le mot présume l’exploitation avant que rien ne soit établi. Précisez le rôle de la personne et, si on lui reproche quelque chose, ce dont il s’agit.',
		advice: [
			'Pour rapporter une accusation, nommez l’infraction (par exemple proxénétisme ou avantage matériel) et le comportement reproché'
		]
	},
	'commercial-sex-worker': {
		title: '« Commercial sex worker »',
		message: '« Commercial » est redondant ici : le travail du sexe est rémunéré par définition',
		explanation:
			'Les agences de l’ONU ont remplacé « commercial sex worker » par « sex worker » il y a des années. Ajouter « commercial » laisse entendre qu’il en existerait une autre sorte et donne au terme un ton clinique et distant. « Travailleuse du sexe » ou « travail du sexe » disent la même chose plus simplement.',
		advice: []
	},
	'sex-slave-label': {
		title: '« Sex slave » (esclave sexuelle)',
		message: '« Sex slave » (esclave sexuelle) rend la violence sensationnelle et brouille les faits',
		explanation:
			'L’expression fait de la violence un spectacle et l’érotise, et elle peut être appliquée à des travailleuses du sexe qui n’ont jamais été victimes de traite. Lorsqu’une personne a été victime de traite, séquestrée ou agressée, nommer ce crime est plus exact et plus respectueux. Des groupes de travailleuses du sexe et certains organismes de lutte contre la traite évitent ce terme pour ces raisons.',
		advice: []
	},
	'modern-slavery-for-trafficking': {
		title: '« Modern slavery » pour la traite',
		message: '« Modern slavery » (esclavage moderne) est un terme générique, pas une notion juridique',
		explanation:
			'« Esclavage moderne » regroupe le travail forcé, le mariage forcé, la traite et d’autres pratiques sous une même étiquette chargée d’émotion; la traite des personnes et le travail forcé ont une définition juridique, l’esclavage moderne n’en a pas. Par exemple, les 49,6 millions de personnes en situation d’esclavage moderne estimées par l’OIT pour 2021 comprennent 22 millions de personnes en mariage forcé. Employer ce terme comme synonyme de traite étire les deux notions, un glissement que des juristes appellent « exploitation creep ».',
		advice: ['Gardez le terme pour nommer un rapport ou une loi qui l’emploie dans son titre']
	},
	'exploitation-hub': {
		title: '« Exploitation hub »',
		message: '« Exploitation hub » qualifie un lieu de travail d’abusif sans dire ce qui s’est passé',
		explanation:
			'Qualifier un spa, un salon de massage ou un appartement de plaque tournante de l’exploitation présente toutes les personnes qui y travaillent comme exploitées et celles qui le gèrent comme des exploiteurs. L’exploitation au sens juridique, comme faire travailler une personne en lui faisant craindre pour sa sécurité, est une accusation précise qui exige des faits. Nommer le comportement reproché, comme la contrainte, l’extorsion, le vol de salaire ou une agression, dit ce qui s’est réellement passé.',
		advice: []
	},
	'child-prostitute': {
		title: '« Child prostitute »',
		message: 'Un enfant ne peut pas être « prostitué » : c’est de l’exploitation sexuelle d’enfants',
		explanation:
			'En droit canadien comme en droit international, un enfant exploité sexuellement en échange d’argent ou d’autres avantages est une victime, et aucun consentement n’est possible. Toute étiquette qui évoque un commerce ou un métier masque l’abus et reporte la faute sur l’enfant. Les guides de style journalistiques et les organismes de protection de l’enfance, dont l’AP Stylebook depuis 2016 et les Lignes directrices de Luxembourg, ont abandonné ce terme pour cette raison.',
		advice: ['Nommez les adultes responsables et ce qu’ils ont fait']
	},
	'prostitute-for-minors': {
		title: '« Prostitute » pour une personne mineure',
		message: 'Le mot « prostitute » vise ici une personne mineure : c’est de l’exploitation sexuelle',
		explanation:
			'Le texte emploie « prostitute » pour une personne de moins de 18 ans. En droit canadien comme en droit international, une personne mineure exploitée sexuellement en échange d’argent ou d’autres avantages est une victime, quel que soit le consentement qu’elle semble donner. La qualifier de prostituée présente l’abus comme son activité et détourne l’attention des adultes responsables.',
		advice: ['Nommez les adultes responsables et ce qu’ils ont fait']
	},
	'child-prostitution': {
		title: '« Child prostitution »',
		message: '« Child prostitution » présente l’abus d’un enfant comme un commerce',
		explanation:
			'Ce que subit un enfant dans ces situations est une exploitation et un abus sexuels commis par des adultes; parler de prostitution en fait quelque chose que l’enfant ferait. Les Lignes directrices de Luxembourg et des organismes de protection de l’enfance comme ECPAT recommandent plutôt « exploitation sexuelle d’enfants à des fins commerciales ». Certains instruments et mandats de l’ONU portent encore l’ancien terme dans leur nom, qu’on peut citer tel quel.',
		advice: []
	},
	'child-pornography': {
		title: '« Child pornography »',
		message: '« Child pornography » masque l’abus : ce sont des traces de crimes contre des enfants',
		explanation:
			'« Pornographie » évoque des adultes consentants et du divertissement, alors que ces images et vidéos documentent l’abus sexuel d’un enfant. Les organismes de protection de l’enfance et les services de police emploient plutôt « matériel d’abus pédosexuel », et le Code criminel du Canada parle de « matériel d’abus et d’exploitation pédosexuels » depuis octobre 2025. Des lois, accusations et décisions plus anciennes peuvent encore employer l’ancien terme, « pornographie juvénile »; citez-les telles quelles.',
		advice: []
	}
} satisfies Record<RuleId, RuleMessages>;
