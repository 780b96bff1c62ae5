import type { Source } from '../types.ts';

/** Sources added for Learn pages that the core list does not hold. */
export const learnASources = [
	{
		id: 'statcan-tip-2022',
		title: 'Trafficking in persons in Canada, 2022',
		authors: 'Heidinger, L.',
		publisher: 'Statistics Canada, Juristat Bulletin—Quick Fact (catalogue 85-005-X)',
		year: 2023,
		url: 'https://www150.statcan.gc.ca/n1/pub/85-005-x/2023001/article/00002-eng.htm',
		kind: 'statistics',
		note: {
			en: 'Released 4 December 2023. Its count for 2022 (528 incidents) was revised to 597 in the 2023 edition; always name the edition quoted.',
			fr: 'Publié le 4 décembre 2023. Son chiffre pour 2022 (528 affaires) a été révisé à 597 dans l’édition 2023 : toujours préciser l’édition citée.'
		}
	},
	{
		id: 'benoit-2017-entry',
		title: 'Would you think about doing sex for money? Structure and agency in deciding to sell sex in Canada',
		authors: 'Benoit, C. et al.',
		publisher: 'Work, Employment and Society',
		year: 2017,
		url: 'https://doi.org/10.1177/0950017016679331',
		kind: 'research'
	},
	{
		id: 'lic-why-sex-work',
		title: 'Why Sex Work? (Sex Work Toolkit)',
		publisher: 'Living in Community',
		year: 2026,
		url: 'https://livingincommunity.ca/why-sex-work/',
		kind: 'organisation',
		note: {
			en: 'Undated web page (the year is when we consulted it).',
			fr: 'Page web non datée (l’année est celle de notre consultation).'
		}
	},
	{
		id: 'ilo-2013-caught-at-sea',
		title: 'Caught at Sea: Forced Labour and Trafficking in Fisheries',
		publisher: 'International Labour Office',
		year: 2013,
		url: 'https://www.ilo.org/global/topics/forced-labour/publications/WCMS_214472/lang--en/index.htm',
		kind: 'report'
	},
	{
		id: 'lop-c49-2005',
		title: 'Legislative Summary of Bill C-49: An Act to amend the Criminal Code (trafficking in persons)',
		authors: 'Barnett, L.',
		publisher: 'Library of Parliament',
		year: 2005,
		url: 'https://loppublicservices.parl.ca/PublicWebsiteProxy/Publication/GoToLS?billNumber=C-49&lang=en_CA&parlSession=381',
		kind: 'report',
		note: {
			en: 'Publication 38-1-LS-508-E, revised 12 January 2006. States that Bill C-49 came into force on 25 November 2005.',
			fr: 'Publication 38-1-LS-508-E, révisée le 12 janvier 2006. Indique que le projet de loi C-49 est entré en vigueur le 25 novembre 2005.'
		}
	}
] satisfies Source[];
