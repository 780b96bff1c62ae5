import type { Source } from '../types.ts';

// Shared wording for the caveat that recurs on undated web pages, so every such entry says it the same way.
const undated = {
	en: 'Undated web page: the year is when we consulted it (November 2026).',
	fr: 'Page web non datée : l’année est celle de notre consultation (novembre 2026).'
} as const;

/**
 * The core bibliography: the sources that the language guidance, the checker's explanations and the
 * key-facts pages cite. Ids are stable (other modules cite them); add new entries rather than
 * renaming. URLs point to the primary source where we could confirm one; `note` explains any
 * secondary copy or caveat, following RESEARCH.md.
 */
export const coreSources = [
	// ── International law and global statistics ──────────────────────────────────────────────
	{
		id: 'ilo-2022-global-estimates',
		title: 'Global Estimates of Modern Slavery: Forced Labour and Forced Marriage',
		publisher: 'International Labour Organization (ILO), Walk Free and International Organization for Migration (IOM)',
		year: 2022,
		url: 'https://www.ilo.org/global/topics/forced-labour/publications/WCMS_854733/lang--en/index.htm',
		kind: 'statistics',
		note: {
			en: 'Published September 2022 with data for 2021. The figures are modelled estimates built from household surveys; critics note that the broad “modern slavery” umbrella yields large headline numbers.',
			fr: 'Publié en septembre 2022, données de 2021. Les chiffres sont des estimations modélisées à partir d’enquêtes auprès des ménages; des critiques notent que la notion large d’« esclavage moderne » produit des totaux très élevés.'
		}
	},
	{
		id: 'un-palermo-protocol',
		title:
			'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime',
		publisher: 'United Nations General Assembly (resolution 55/25)',
		year: 2000,
		url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/protocol-prevent-suppress-and-punish-trafficking-persons',
		kind: 'treaty',
		note: {
			en: 'Adopted on 15 November 2000; in force since 25 December 2003. The definition of trafficking is in article 3.',
			fr: 'Adopté le 15 novembre 2000; en vigueur depuis le 25 décembre 2003. La définition de la traite figure à l’article 3.'
		}
	},
	{
		id: 'unodc-e4j-module-3',
		title: 'Organized Crime, Module 3. Key issues: Trafficking in persons and smuggling of migrants',
		publisher: 'United Nations Office on Drugs and Crime (UNODC), Education for Justice (E4J)',
		year: 2018,
		url: 'https://sherloc.unodc.org/cld/en/education/tertiary/organized-crime/module-3/key-issues/trafficking-in-persons.html',
		kind: 'guide',
		note: {
			en: 'University teaching module; the page is undated and 2018 is our estimate of when the E4J series appeared.',
			fr: 'Module d’enseignement universitaire; la page n’est pas datée et 2018 est notre estimation de l’année de parution de la série E4J.'
		}
	},
	{
		id: 'unodc-smuggling-vs-trafficking',
		title: 'Trafficking in Persons and Smuggling of Migrants, Module 11: the differences and commonalities of the two crimes',
		publisher: 'United Nations Office on Drugs and Crime (UNODC), Education for Justice (E4J)',
		year: 2019,
		url: 'https://sherloc.unodc.org/cld/en/education/tertiary/tip-and-som/module-11/introduction-learning-outcomes.html',
		kind: 'guide',
		note: {
			en: 'University teaching module; 2019 is the year of the series’ teaching guide.',
			fr: 'Module d’enseignement universitaire; 2019 est l’année du guide pédagogique de la série.'
		}
	},

	// ── Canadian law and official statements ─────────────────────────────────────────────────
	{
		id: 'criminal-code-279',
		title: 'Criminal Code (R.S.C., 1985, c. C-46), section 279.01: Trafficking in persons',
		publisher: 'Justice Laws Website, Department of Justice Canada',
		year: 2005,
		url: 'https://laws-lois.justice.gc.ca/eng/acts/C-46/section-279.01.html',
		kind: 'law',
		note: {
			en: 'Consolidated text, amended since. Sections 279.01 to 279.03 were added by Bill C-49 (in force 25 November 2005); 279.011 and 279.04 sit beside them on the same site.',
			fr: 'Texte codifié, modifié depuis. Les articles 279.01 à 279.03 ont été ajoutés par le projet de loi C-49 (en vigueur le 25 novembre 2005); 279.011 et 279.04 se trouvent à côté sur le même site.'
		}
	},
	{
		id: 'justice-canada-tip-factsheet',
		title:
			'Fact Sheet #1: Trafficking in Persons Specific Offences (A Handbook for Criminal Justice Practitioners on Trafficking in Persons)',
		publisher: 'Department of Justice Canada',
		year: 2015,
		url: 'https://www.justice.gc.ca/eng/rp-pr/cj-jp/tp/hcjpotp-gtpupjp/fs-fi/fs1-fi1.html',
		kind: 'guide',
		note: {
			en: 'The 2015 handbook is archived; Justice Canada published a 2024 edition at justice.gc.ca/eng/rp-pr/cj-jp/tp/hcjpotp2-gtpupjp2/.',
			fr: 'Le guide de 2015 est archivé; Justice Canada a publié une édition 2024 à justice.gc.ca/eng/rp-pr/cj-jp/tp/hcjpotp2-gtpupjp2/.'
		}
	},
	{
		id: 'criminal-code-pcepa',
		title: 'Protection of Communities and Exploited Persons Act (S.C. 2014, c. 25)',
		publisher: 'Justice Laws Website, Department of Justice Canada',
		year: 2014,
		url: 'https://laws-lois.justice.gc.ca/eng/AnnualStatutes/2014_25/',
		kind: 'law',
		note: {
			en: 'The act as assented to on 6 November 2014 (in force 6 December 2014). The offences it created now live in the Criminal Code.',
			fr: 'La loi telle que sanctionnée le 6 novembre 2014 (en vigueur le 6 décembre 2014). Les infractions qu’elle a créées figurent maintenant au Code criminel.'
		}
	},
	{
		id: 'justice-canada-fewo',
		title:
			'Evidence, meeting 56, Standing Committee on the Status of Women, 44th Parliament, 1st Session (23 March 2023): testimony of Nathalie Levman, Department of Justice Canada',
		publisher: 'House of Commons of Canada',
		year: 2023,
		url: 'https://www.ourcommons.ca/documentviewer/en/44-1/FEWO/meeting-56/evidence',
		kind: 'report'
	},

	// ── Statistics Canada ────────────────────────────────────────────────────────────────────
	{
		id: 'statcan-tip-2023',
		title: 'Trafficking in persons in Canada, 2023',
		publisher: 'Statistics Canada (The Daily)',
		year: 2024,
		url: 'http://micheladrien.blogspot.com/2024/11',
		kind: 'statistics',
		note: {
			en: 'Secondary copy: a law librarian’s blog quoting The Daily (November 2024); the statcan.gc.ca page was not retrieved. Counts differ between releases (this one: 570 incidents in 2023 and a revised 597 in 2022; other reports give 512 and 528), so always cite the edition.',
			fr: 'Copie secondaire : blogue d’un bibliothécaire juridique qui cite Le Quotidien (novembre 2024); la page de statcan.gc.ca n’a pas été consultée. Les chiffres changent d’une diffusion à l’autre (ici : 570 affaires en 2023 et 597, révisé, en 2022; d’autres sources donnent 512 et 528) : citez toujours l’édition.'
		}
	},
	{
		id: 'statcan-fewo-2023',
		title:
			'Evidence, meeting 64, Standing Committee on the Status of Women, 44th Parliament, 1st Session (2023): Statistics Canada, Canadian Centre for Justice and Community Safety Statistics',
		publisher: 'House of Commons of Canada',
		year: 2023,
		url: 'https://openparliament.ca/committees/status-of-women/44-1/64/the-chair-19',
		kind: 'statistics',
		note: {
			en: 'Unofficial mirror (openparliament.ca) of the committee’s Evidence; the official transcript is on ourcommons.ca. Police-reported data only, which StatCan itself calls the tip of the iceberg.',
			fr: 'Copie non officielle (openparliament.ca) des Témoignages du comité; la transcription officielle est sur noscommunes.ca. Données déclarées par la police seulement, que Statistique Canada qualifie elle-même de partie visible de l’iceberg.'
		}
	},

	// ── Human rights and sex worker organisations ───────────────────────────────────────────
	{
		id: 'amnesty-2016-policy',
		title:
			'Amnesty International Policy on State Obligations to Respect, Protect and Fulfil the Human Rights of Sex Workers (POL 30/4062/2016)',
		publisher: 'Amnesty International',
		year: 2016,
		url: 'https://www.amnesty.org/en/documents/pol30/4062/2016/en/',
		kind: 'report'
	},
	{
		id: 'nswp-2011-briefing-3',
		title: 'Sex Work is Not Trafficking (Briefing Paper #03)',
		publisher: 'Global Network of Sex Work Projects (NSWP)',
		year: 2011,
		url: 'https://docslib.org/doc/11988300/sex-work-is-not-trafficking',
		kind: 'report',
		note: {
			en: 'Secondary copy of the NSWP briefing paper on a document-sharing site.',
			fr: 'Copie secondaire du document d’information du NSWP sur un site de partage de documents.'
		}
	},
	{
		id: 'nswp-terminology',
		title: '“Let’s talk about sex work”: a terminology statement and guide',
		publisher: 'Global Network of Sex Work Projects (NSWP)',
		year: 2026,
		url: 'https://d8dev.nswp.org/resource/nswp-publications/lets-talk-about-sex-work-terminology-statement-and-guide',
		kind: 'guide',
		note: {
			en: 'Available in Chinese, English, French, Russian, Spanish and Arabic. The page does not show a date: the year is when we consulted it. The address is a mirror (d8dev) of nswp.org.',
			fr: 'Offert en chinois, anglais, français, russe, espagnol et arabe. La page n’indique pas de date : l’année est celle de notre consultation. L’adresse est un miroir (d8dev) de nswp.org.'
		}
	},
	{
		id: 'swan-position-statements',
		title: 'Our Position Statements',
		publisher: 'SWAN Vancouver Society',
		year: 2026,
		url: 'https://www.swanvancouver.ca/our-position-statements',
		kind: 'organisation',
		note: undated
	},
	{
		id: 'swan-myths-toolkit',
		title: 'Im/Migrant Sex Workers, Myths & Misconceptions: Realities of the Anti-Trafficked',
		publisher: 'SWAN Vancouver Society',
		year: 2015,
		url: 'https://swanvancouver.ca/resource/im-migrant-sex-workers-myths-misconceptions-realities-of-the-anti-trafficked',
		kind: 'guide',
		note: {
			en: 'Toolkit launched at SWAN’s October 2015 forum “The Hidden Harms of Anti-Trafficking”.',
			fr: 'Trousse lancée au forum de SWAN d’octobre 2015, « The Hidden Harms of Anti-Trafficking ».'
		}
	},
	{
		id: 'swan-journalist-resources',
		title: 'Resources for Journalists (Responsible Reporting)',
		publisher: 'SWAN Vancouver Society',
		year: 2023,
		url: 'https://swanvancouver.ca/resources/for-journalists/?_sft_project_category=for-journalists',
		kind: 'guide',
		note: {
			en: 'A running library (language guide, glossary, “Rethinking Red Flags”, imagery); undated, and its newest item we saw dates from 2023.',
			fr: 'Bibliothèque tenue à jour (guide de langage, glossaire, « Rethinking Red Flags », images); non datée, son élément le plus récent vu date de 2023.'
		}
	},
	{
		id: 'gaatw-2007-collateral-damage',
		title: 'Collateral Damage: The Impact of Anti-Trafficking Measures on Human Rights around the World',
		authors: 'Dottridge, M. (ed.)',
		publisher: 'Global Alliance Against Traffic in Women (GAATW)',
		year: 2007,
		url: 'https://www.opensocietyfoundations.org/publications/collateral-damage-impact-anti-trafficking-measures-human-rights-around-world',
		kind: 'report',
		note: {
			en: 'Publication page hosted by the Open Society Foundations (a funder), not by GAATW.',
			fr: 'Page de publication hébergée par les Open Society Foundations (bailleur de fonds), et non par la GAATW.'
		}
	},
	{
		id: 'gaatw-cost-of-a-rumour',
		title: 'What’s the Cost of a Rumour? A guide to sorting out the myths and the facts about sporting events and trafficking',
		authors: 'Ham, J.',
		publisher: 'Global Alliance Against Traffic in Women (GAATW)',
		year: 2011,
		url: 'https://www.gaatw.org/publications/WhatstheCostofaRumour.11.15.2011.pdf',
		kind: 'guide'
	},

	// ── Research on raids, policing and conflation ──────────────────────────────────────────
	{
		id: 'ditmore-2009-raids',
		title: 'Kicking Down the Door: The Use of Raids to Fight Trafficking in Persons',
		authors: 'Ditmore, M.',
		publisher: 'Sex Workers Project at the Urban Justice Center',
		year: 2009,
		url: 'https://docslib.org/doc/12532252/use-of-raids-to-fight-trafficking-in-persons-sex-workers-project-2009-about-the-author',
		kind: 'report',
		note: {
			en: 'Secondary copy of the report on a document-sharing site.',
			fr: 'Copie secondaire du rapport sur un site de partage de documents.'
		}
	},
	{
		id: 'ditmore-thukral-2012',
		title: 'Accountability and the Use of Raids to Fight Trafficking',
		authors: 'Ditmore, M. and Thukral, J.',
		publisher: 'Anti-Trafficking Review, issue 1',
		year: 2012,
		url: 'https://antitraffickingreview.org/index.php/atrjournal/article/view/27',
		kind: 'research'
	},
	{
		id: 'chuang-2014',
		title: 'Exploitation Creep and the Unmaking of Human Trafficking Law',
		authors: 'Chuang, J. A.',
		publisher: 'American Journal of International Law 108(4): 609',
		year: 2014,
		url: 'https://digitalcommons.wcl.american.edu/facsch_lawrev/563',
		kind: 'research',
		note: {
			en: 'Open copy in the author’s university repository (American University Washington College of Law).',
			fr: 'Copie en libre accès dans le dépôt de l’université de l’autrice (American University Washington College of Law).'
		}
	},
	{
		id: 'millar-odoherty-2015',
		title:
			'The Palermo Protocol & Canada: The Evolution and Human Rights Impacts of Anti-Trafficking Laws in Canada (2002–2015). Key Findings',
		authors: 'Millar, H. and O’Doherty, T., with SWAN Vancouver Society',
		publisher: 'SWAN Vancouver Society (research partner)',
		year: 2015,
		url: 'https://docslib.org/doc/751048/the-palermo-protocol-canada-the-evolution-and-human-rights-impacts',
		kind: 'report',
		note: {
			en: 'Secondary copy on a document-sharing site. Appendix E compares the UN and Canadian definitions of trafficking.',
			fr: 'Copie secondaire sur un site de partage de documents. L’annexe E compare les définitions de la traite de l’ONU et du Canada.'
		}
	},
	{
		id: 'icclr-2020',
		title: 'Canadian Implementation of the UN Trafficking Protocol: Promoting or Eroding Access to Equity and Justice?',
		authors: 'Millar, H. and O’Doherty, T.',
		publisher: 'International Centre for Criminal Law Reform and Criminal Justice Policy (ICCLR)',
		year: 2020,
		url: 'https://icclr.org/2020/07/02/canadian-implementation-of-the-un-trafficking-protocol-promoting-or-eroding-access-to-equity-and-justice',
		kind: 'research'
	},
	{
		id: 'krusi-2014',
		title:
			'Criminalisation of clients: reproducing vulnerabilities for violence and poor health among street-based sex workers in Canada—a qualitative study',
		authors: 'Krüsi, A., Pacey, K., Bird, L. et al.',
		publisher: 'BMJ Open 4: e005191',
		year: 2014,
		url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4054637',
		kind: 'research'
	},
	{
		id: 'platt-2018',
		title:
			'Associations between sex work laws and sex workers’ health: A systematic review and meta-analysis of quantitative and qualitative studies',
		authors: 'Platt, L., Grenfell, P., Meiksin, R. et al.',
		publisher: 'PLOS Medicine 15(12): e1002680',
		year: 2018,
		url: 'https://journals.plos.org/plosmedicine/article?id=10.1371%2Fjournal.pmed.1002680',
		kind: 'research'
	},
	{
		id: 'argento-2020',
		title:
			'The impact of end-demand legislation on sex workers’ access to health and sex worker-led services: A community-based prospective cohort study in Canada',
		authors: 'Argento, E., Goldenberg, S., Braschel, M. et al.',
		publisher: 'PLOS ONE 15(4): e0225783',
		year: 2020,
		url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7135091/',
		kind: 'research'
	},
	{
		id: 'crago-2021',
		title:
			'Sex Workers’ Access to Police Assistance in Safety Emergencies and Means of Escape from Situations of Violence and Confinement under an “End Demand” Criminalization Model: A Five City Study in Canada',
		authors: 'Crago, A.-L., Bruckert, C., Braschel, M. and Shannon, K.',
		publisher: 'Social Sciences 10(1): 13',
		year: 2021,
		url: 'https://doi.org/10.3390/socsci10010013',
		kind: 'research'
	},
	{
		id: 'lam-2018-behind-the-rescue',
		title: 'Behind the Rescue: How Anti-Trafficking Investigations and Policies Harm Migrant Sex Workers',
		authors: 'Lam, E.',
		publisher: 'Butterfly (Asian and Migrant Sex Workers Support Network)',
		year: 2018,
		url: 'https://make-the-switch.org/category/migration-and-migrants/',
		kind: 'report',
		note: {
			en: 'Secondary listing; Butterfly’s own copy of the report was not retrieved, so check the title and link against it.',
			fr: 'Mention secondaire; la copie du rapport publiée par Butterfly n’a pas été consultée : vérifiez le titre et le lien auprès d’elle.'
		}
	},
	{
		id: 'lam-lepp-2019',
		title: 'Butterfly: Resisting the harms of anti-trafficking policies and fostering peer-based organising in Canada',
		authors: 'Lam, E. and Lepp, A.',
		publisher: 'Anti-Trafficking Review, issue 12: 91–107',
		year: 2019,
		url: 'https://www.antitraffickingreview.org/index.php/atrjournal/article/view/379',
		kind: 'research'
	},
	{
		id: 'sangram-raided',
		title: 'Raided',
		publisher: 'SANGRAM (India)',
		year: 2019,
		url: 'https://respectqld.org.au/raided-sangram-india-2019/',
		kind: 'report',
		note: {
			en: 'Secondary summary by Respect Inc (Queensland), which dates it 2019; the full report, its subtitle and exact year were not retrieved.',
			fr: 'Résumé secondaire de Respect Inc (Queensland), qui le date de 2019; le rapport complet, son sous-titre et son année exacte n’ont pas été consultés.'
		}
	},

	// ── Safety and the partner initiative ────────────────────────────────────────────────────
	{
		id: 'techsafety-quick-exit',
		title: 'Agency Website Safety Tips (safety alert and quick exit button)',
		publisher: 'Safety Net Project, National Network to End Domestic Violence (NNEDV)',
		year: 2026,
		url: 'http://www.techsafety.org/agency-website-safety-tips',
		kind: 'guide',
		note: {
			en: 'Undated page (the year is when we consulted it). It warns that a quick exit helps against someone looking over your shoulder but does not clear browser history or defeat device monitoring.',
			fr: 'Page non datée (l’année est celle de notre consultation). Elle précise qu’une sortie rapide aide si quelqu’un regarde par-dessus l’épaule, mais n’efface pas l’historique et ne protège pas d’un appareil surveillé.'
		}
	},
	{
		id: 'lic-training',
		title: 'Training: Curriculum for Change and Train the Trainer: Addressing Sex Work Stigma',
		publisher: 'Living in Community',
		year: 2026,
		url: 'https://livingincommunity.ca/our-work/training',
		kind: 'organisation',
		note: undated
	},
	{
		id: 'lic-model',
		title: 'Our Model',
		publisher: 'Living in Community',
		year: 2026,
		url: 'https://livingincommunity.ca/our-model/',
		kind: 'organisation',
		note: {
			en: 'Undated web page (the year is when we consulted it); two versions of its wording circulate.',
			fr: 'Page web non datée (l’année est celle de notre consultation); deux versions de son texte circulent.'
		}
	},
	{
		id: 'lic-principles',
		title: 'Our Principles',
		publisher: 'Living in Community',
		year: 2026,
		url: 'https://livingincommunity.ca/principles/',
		kind: 'organisation',
		note: undated
	},
	{
		id: 'lic-bc',
		title: 'LIC Model in BC',
		publisher: 'Living in Community',
		year: 2026,
		url: 'https://livingincommunity.ca/our-work/lic-model-in-bc',
		kind: 'organisation',
		note: {
			en: 'Undated web page (the year is when we consulted it). It calls Curriculum for Change a 3.5-hour workshop; the training page says 4 hours.',
			fr: 'Page web non datée (l’année est celle de notre consultation). Elle décrit Curriculum for Change comme un atelier de 3 h 30; la page de formation indique 4 heures.'
		}
	},

	// ── Language and style guidance ──────────────────────────────────────────────────────────
	{
		id: 'ap-2016-child-prostitute',
		title: 'Victory! Associated Press Will No Longer Use the Term “Child Prostitute”',
		publisher: 'Change.org',
		year: 2016,
		url: 'https://www.change.org/l/us/victory-associated-press-will-no-longer-use-the-term-child-prostitute',
		kind: 'news',
		note: {
			en: 'Secondary report of the AP Stylebook change (in effect 1 June 2016), quoting AP’s standards editor as told to the Columbia Journalism Review; the Stylebook itself is behind a paywall.',
			fr: 'Compte rendu secondaire du changement au guide de style de l’AP (en vigueur le 1er juin 2016), citant le responsable des normes de l’AP tel que rapporté par la Columbia Journalism Review; le guide lui-même est payant.'
		}
	},
	{
		id: 'luxembourg-guidelines',
		title:
			'Terminology Guidelines for the Protection of Children from Sexual Exploitation and Sexual Abuse (Luxembourg Guidelines)',
		publisher: 'Interagency Working Group on Sexual Exploitation of Children (ECPAT International)',
		year: 2016,
		url: 'https://ecpat.org/luxembourg-guidelines/',
		kind: 'guide',
		note: {
			en: 'Adopted in Luxembourg on 28 January 2016 and published in English, French and Spanish. A second edition appeared in April 2025.',
			fr: 'Adoptées à Luxembourg le 28 janvier 2016 et publiées en anglais, en français et en espagnol. Une deuxième édition a paru en avril 2025.'
		}
	},
	{
		id: 'ecpat-terminology',
		title: 'Terminology and Acronyms (ECPAT Global Database)',
		publisher: 'ECPAT International',
		year: 2026,
		url: 'https://globaldatabase.ecpat.org/terminology-and-acronyms/',
		kind: 'guide',
		note: undated
	},
	{
		id: 'unaids-terminology',
		title: 'UNAIDS’ Editors’ Notes for authors (May 2006)',
		publisher: 'Joint United Nations Programme on HIV/AIDS (UNAIDS)',
		year: 2006,
		url: 'http://www.scapa-lv.org/Resources/aboutsexwork/articles/UNAIDSrecommendedterminologyforSexWorkRelatedPublications.htm',
		kind: 'guide',
		note: {
			en: 'Secondary copy: the original PDF (data.unaids.org) is no longer at its address. UNAIDS has since issued Terminology Guidelines (latest seen: 2015).',
			fr: 'Copie secondaire : le PDF original (data.unaids.org) n’est plus à son adresse. L’ONUSIDA a depuis publié des Lignes directrices terminologiques (dernière version vue : 2015).'
		}
	},
	{
		id: 'unfpa-terminology',
		title: 'One Voice: UNFPA terminology guidance (article 63)',
		publisher: 'United Nations Population Fund (UNFPA)',
		year: 2026,
		url: 'https://onevoice.unfpa.org/index.unfpa?method=article&id=63',
		kind: 'guide',
		note: {
			en: 'Cited by RESEARCH.md but not retrieved by us: the title is descriptive and the year is when we looked for it. Confirm both before publishing.',
			fr: 'Cité dans RESEARCH.md mais non consulté par nous : le titre est descriptif et l’année est celle de notre recherche. À confirmer avant publication.'
		}
	},
	{
		id: 'ijnet-sex-work',
		title: 'Tips for reporting about sex work',
		authors: 'Pase, I.',
		publisher: 'IJNet (International Journalists’ Network)',
		year: 2021,
		url: 'https://ijnet.org/en/story/tips-reporting-about-sex-work',
		kind: 'guide'
	},
	{
		id: 'global-press-style-guide',
		title: 'Global Press Style Guide (entry: sex worker)',
		publisher: 'Global Press Journal',
		year: 2019,
		url: 'https://globalpressjournal.com/style-guide/?letter=s',
		kind: 'guide',
		note: {
			en: 'A living document first published in 2019; entries may change.',
			fr: 'Document évolutif publié pour la première fois en 2019; les entrées peuvent changer.'
		}
	},
	{
		id: 'stoptheraids-do-not-use',
		title: 'Do Not Use',
		publisher: 'Stop the Raids',
		year: 2026,
		url: 'https://stoptheraids.org/media/get-informed/do-not-use/',
		kind: 'guide',
		note: undated
	},
	{
		id: 'stoptheraids-dos-donts',
		title: 'Dos and Don’ts of Reporting on Sex Work',
		publisher: 'Stop the Raids',
		year: 2026,
		url: 'https://stoptheraids.org/media/get-informed/dos-and-donts-of-reporting-on-sex-work/',
		kind: 'guide',
		note: undated
	},
	{
		id: 'shift-language',
		title: 'Sex Work and Language, why does it matter?',
		publisher: 'Shift, SafeLink Alberta',
		year: 2026,
		url: 'https://safelinkalberta.ca/sex-work-and-language-why-does-it-matter/',
		kind: 'guide',
		note: {
			en: 'Undated blog post (the year is when we consulted it). It relies on the Canadian Public Health Association’s 2014 definitions of sex work and prostitution.',
			fr: 'Billet non daté (l’année est celle de notre consultation). Il s’appuie sur les définitions du travail du sexe et de la prostitution de l’Association canadienne de santé publique (2014).'
		}
	},
	{
		id: 'gfems-terminology',
		title: 'What is modern slavery?',
		publisher: 'Global Fund to End Modern Slavery (GFEMS)',
		year: 2026,
		url: 'https://www.gfems.org/modern-slavery/',
		kind: 'organisation',
		note: {
			en: 'Undated page (the year is when we consulted it) describing modern slavery as an umbrella term; the separate terminology page cited in RESEARCH.md was not retrieved.',
			fr: 'Page non datée (l’année est celle de notre consultation) qui présente l’esclavage moderne comme un terme générique; la page de terminologie citée dans RESEARCH.md n’a pas été consultée.'
		}
	},
	{
		id: 'tara-burns-media-guide',
		title: 'Sex Trafficking: A Media Guide',
		authors: 'Burns, T.',
		publisher: 'Tits and Sass',
		year: 2016,
		url: 'https://titsandsass.com/sex-trafficking-a-media-guide',
		kind: 'guide',
		note: {
			en: 'The page shows no date; 2016 is the year Stop the Raids gives for it.',
			fr: 'La page n’indique pas de date; 2016 est l’année que lui attribue Stop the Raids.'
		}
	},
	{
		id: 'sfreporter-sex-slave',
		title: 'Why We Shouldn’t Use the Term Sex Slave',
		publisher: 'Santa Fe Reporter (SexEd column)',
		year: 2015,
		url: 'https://www.sfreporter.com/columns/sexed/2015/02/03/why-we-shouldnt-use-the-term-sex-slave/',
		kind: 'news'
	},
	{
		id: 'woodhull-fact-checked',
		title: 'Fact Checked by Woodhull: Sex Work',
		publisher: 'Woodhull Freedom Foundation',
		year: 2024,
		url: 'https://woodhullfoundation.org/our-projects/fact-checked-by-woodhull/sex-work',
		kind: 'guide',
		note: {
			en: 'Undated page; the Fact Checked programme launched in April 2024 and its sex work checks were out by February 2025.',
			fr: 'Page non datée; le programme Fact Checked a été lancé en avril 2024 et ses vérifications sur le travail du sexe étaient en ligne en février 2025.'
		}
	},
	{
		id: 'vswca-definitions',
		title: 'Module 1: Definitions',
		publisher: 'Vancouver Sex Work Community Alliance (VSWCA)',
		year: 2026,
		url: 'https://vswca.com/module-1-definitions',
		kind: 'guide',
		note: undated
	},
	{
		id: 'covenant-house-terms',
		title: 'Language and Key Terms (Traffick Stop)',
		publisher: 'Covenant House Toronto',
		year: 2020,
		url: 'https://covenanthousetoronto.ca/traffick-stop/language-and-key-terms/',
		kind: 'guide',
		note: {
			en: 'Part of the Traffick Stop hub launched in February 2020; this page itself was not retrieved by us, so confirm it before quoting.',
			fr: 'Fait partie du portail Traffick Stop lancé en février 2020; cette page n’a pas été consultée par nous : à confirmer avant de la citer.'
		}
	},
	{
		id: 'nordic-model-now-terminology',
		title: 'Terminology',
		publisher: 'Nordic Model Now!',
		year: 2026,
		url: 'https://nordicmodelnow.org/about/terminology/',
		kind: 'organisation',
		note: {
			en: 'An abolitionist group explaining why it chooses “prostituted woman” and “punter”. Cited to show that this vocabulary is a deliberate framing, not as guidance we follow. Undated (the year is when we consulted it).',
			fr: 'Groupe abolitionniste qui explique pourquoi il emploie « prostituted woman » et « punter ». Cité pour montrer que ce vocabulaire est un cadrage délibéré, et non comme une consigne que nous suivons. Non daté (l’année est celle de notre consultation).'
		}
	},
	{
		id: 'irina-project-language',
		title: 'Language Matters',
		publisher: 'The Irina Project, UNC Hussman School of Journalism and Media',
		year: 2026,
		url: 'https://theirinaproject.org/resources/language-matters/',
		kind: 'guide',
		note: undated
	}
] as const satisfies readonly Source[];

/** Ids of the core sources, for code that wants a compile-time check on what it cites. */
export type CoreSourceId = (typeof coreSources)[number]['id'];
