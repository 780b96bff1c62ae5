import type { Service } from './types.ts';

// The date on which every entry below was checked against its `sourceUrl`.
const confirmed = '2026-11-28';

/**
 * Support and contact services in Canada for the Learn "Support and contacts" page: sex-worker-led
 * groups, support organisations and the national anti-trafficking hotline. Only services whose details
 * we could confirm from their own page or another primary source are listed; organisations known to
 * have closed (PACE Society, July 2025) are left out. Re-check every entry before each release: hours
 * and programmes change with funding.
 *
 * `kind` has no value for "support organisation that is not sex-worker-led"; those are listed as
 * `health` because harm reduction and health supplies are central to what they offer.
 */
export const services = [
	{
		id: 'canadian-human-trafficking-hotline',
		name: {
			en: 'Canadian Human Trafficking Hotline',
			fr: 'Ligne d’urgence canadienne contre la traite des personnes'
		},
		kind: 'anti-trafficking',
		region: 'national',
		description: {
			en: 'A confidential national hotline, also reachable by online chat and email, that connects people who are being trafficked, survivors and worried family or friends with social services, emergency services or the police.',
			fr: 'Ligne nationale confidentielle, aussi joignable par clavardage et par courriel, qui met en lien les personnes victimes de traite, les survivantes et survivants, et leurs proches inquiets avec des services sociaux, des services d’urgence ou la police.'
		},
		url: 'https://www.canadianhumantraffickinghotline.ca/',
		phone: '1-833-900-1010',
		// Public Safety Canada publishes the number; the hotline's own page (/who-are-we) adds that it is
		// run by a registered charity, open 24/7, and reports to police only with consent unless the law requires it.
		sourceUrl: 'https://www.canada.ca/en/public-safety-canada/campaigns/human-trafficking/sts.html',
		confirmed
	},
	{
		id: 'stella',
		name: { en: 'Stella, l’amie de Maimie', fr: 'Stella, l’amie de Maimie' },
		kind: 'sex-worker-led',
		region: 'QC',
		description: {
			en: 'A Montréal organisation founded in 1995 by and for sex workers, offering support and information so that women sex workers can live and work safely and with dignity, public education, and work towards decriminalisation.',
			fr: 'Organisme montréalais fondé en 1995 par et pour les travailleuses du sexe : soutien et information pour vivre et travailler en sécurité et dans la dignité, sensibilisation du public et lutte pour la décriminalisation.'
		},
		url: 'https://chezstella.org/',
		sourceUrl: 'http://chezstella.org/stella/en/stella',
		confirmed
	},
	{
		id: 'projet-lune',
		name: { en: 'Projet L.U.N.E.', fr: 'Projet L.U.N.E.' },
		kind: 'sex-worker-led',
		region: 'QC',
		description: {
			en: 'A Québec City peer group by and for sex workers that runs an evening-to-noon drop-in shelter for women (12 places) and a street newsletter that shares a bad-client list.',
			fr: 'Groupe de paires de la ville de Québec, par et pour les travailleuses du sexe, qui offre un hébergement de type drop-in pour femmes, du soir jusqu’à midi (12 places), et un journal de rue qui diffuse une liste de mauvais clients.'
		},
		url: 'https://www.projet-lune.org/',
		sourceUrl: 'https://www.projet-lune.org/mission-et-axes-de-travail/',
		confirmed
	},
	{
		id: 'maggies-toronto',
		name: {
			en: 'Maggie’s Toronto Sex Workers Action Project',
			fr: 'Maggie’s Toronto Sex Workers Action Project'
		},
		kind: 'sex-worker-led',
		region: 'ON',
		description: {
			en: 'One of Canada’s oldest organisations run by and for sex workers (since 1986), with weekly drop-in, street outreach, harm-reduction supplies, peer groups and Indigenous programming; it does not require anyone to leave sex work.',
			fr: 'L’un des plus anciens organismes du Canada géré par et pour les travailleuses et travailleurs du sexe (depuis 1986) : accueil hebdomadaire, travail de rue, matériel de réduction des méfaits, groupes de pairs et programmes autochtones; il n’exige de personne de quitter le travail du sexe.'
		},
		url: 'https://www.maggiesto.org/',
		sourceUrl: 'https://www.maggiesto.org/about',
		confirmed
	},
	{
		id: 'swan-vancouver',
		name: { en: 'SWAN Vancouver Society', fr: 'SWAN Vancouver Society' },
		kind: 'support',
		region: 'BC',
		description: {
			en: 'Supports immigrant and migrant women who do indoor sex work, with outreach to massage businesses and apartments in 12 Lower Mainland cities, safer-sex supplies, referrals and advocacy.',
			fr: 'Soutient les femmes immigrantes et migrantes qui font du travail du sexe à l’intérieur : tournées dans les salons de massage et les appartements de 12 villes du Lower Mainland, matériel de sexualité plus sécuritaire, orientation et défense des droits.'
		},
		url: 'https://swanvancouver.ca/',
		sourceUrl: 'https://swanvancouver.ca/like-any-other-person-who-has-to-work-connecting-with-im-migrant-sex-workers/',
		confirmed
	},
	{
		id: 'peers-victoria',
		name: { en: 'Peers Victoria Resources Society', fr: 'Peers Victoria Resources Society' },
		kind: 'sex-worker-led',
		region: 'BC',
		description: {
			en: 'One of Canada’s first sex-worker-led non-profits, in Victoria, offering a drop-in centre, outreach and peer leadership for current and former sex workers.',
			fr: 'L’un des premiers organismes sans but lucratif dirigés par des travailleuses et travailleurs du sexe au Canada, à Victoria : centre d’accueil, travail de proximité et leadership par les pairs pour les personnes qui font ou ont fait du travail du sexe.'
		},
		url: 'https://safersexwork.ca/',
		sourceUrl: 'https://www.safersexwork.ca/happy-birthday-to-us-2/',
		confirmed
	},
	{
		id: 'wish-vancouver',
		name: { en: 'WISH Drop-In Centre Society', fr: 'WISH Drop-In Centre Society' },
		kind: 'support',
		region: 'BC',
		description: {
			en: 'Supports women and gender-diverse street-based sex workers in Vancouver’s Downtown Eastside with a drop-in, an emergency shelter, the overnight Mobile Access Project van and one-to-one support; check current hours, which change with funding.',
			fr: 'Soutient les femmes et les personnes de la diversité de genre qui font du travail du sexe de rue dans le Downtown Eastside de Vancouver : centre d’accueil, hébergement d’urgence, fourgonnette de nuit Mobile Access Project et soutien individuel; vérifiez les heures, qui varient selon le financement.'
		},
		url: 'https://wish-vancouver.net/',
		sourceUrl: 'https://wish-vancouver.net/responsive-and-resilient-vancouver-non-profit-celebrates-40-years-of-service/',
		confirmed
	},
	{
		id: 'shift-calgary',
		name: { en: 'Shift (SafeLink Alberta)', fr: 'Shift (SafeLink Alberta)' },
		kind: 'support',
		region: 'AB',
		description: {
			en: 'A Calgary programme of the harm-reduction agency SafeLink Alberta for people who do or did sex work, with peer support (including the Thrive group), safer-sex supplies and bad date sheets.',
			fr: 'Programme calgarien de l’organisme de réduction des méfaits SafeLink Alberta pour les personnes qui font ou ont fait du travail du sexe : soutien par les pairs (dont le groupe Thrive), matériel de sexualité plus sécuritaire et listes de mauvais clients.'
		},
		url: 'https://safelinkalberta.ca/',
		sourceUrl:
			'https://safelinkalberta.ca/celebrating-international-sex-workers-day-a-conversation-with-our-shift-program-peer-support-worker',
		confirmed
	},
	{
		id: 'stepping-stone',
		name: { en: 'Stepping Stone Association', fr: 'Stepping Stone Association' },
		kind: 'support',
		region: 'NS',
		description: {
			en: 'The only non-profit in the Maritimes supporting sex workers of all genders aged 16 and over, with a drop-in and advocacy such as court and housing support, from a harm-reduction, “rights not rescue” approach.',
			fr: 'Seul organisme sans but lucratif des Maritimes qui soutient les travailleuses et travailleurs du sexe de tous les genres, dès 16 ans : centre d’accueil et défense des droits, dont l’accompagnement au tribunal et le soutien au logement, dans une approche de réduction des méfaits, « des droits, pas du sauvetage ».'
		},
		url: 'https://steppingstonens.ca/',
		sourceUrl: 'https://steppingstonens.ca/about/',
		confirmed
	}
] satisfies Service[];
