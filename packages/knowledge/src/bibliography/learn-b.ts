import type { Source } from '../types.ts';

/** Sources added for Learn pages that the core list does not hold. */
export const learnBSources = [
	{
		id: 'vancouver-foundation-2018-lic',
		title: 'Vancouver Foundation 1943–2018 (75th-anniversary magazine): feature on Living in Community',
		publisher: 'Vancouver Foundation',
		year: 2018,
		url: 'http://digital.canadawide.com/i/987827/20',
		kind: 'news',
		note: {
			en: "A funder's magazine feature (pages 20–21 of the digital issue) quoting Living in Community staff. The drop in complaints during the Renfrew-Collingwood demonstration project is the initiative's own account, not an independent evaluation.",
			fr: "Article du magazine d'un bailleur de fonds (pages 20 et 21 du numéro numérique) qui cite le personnel de Living in Community. La baisse des plaintes pendant le projet pilote de Renfrew-Collingwood est rapportée par l'initiative elle-même et n'a pas fait l'objet d'une évaluation indépendante."
		}
	},
	{
		id: 'vancouver-foundation-2016-beyond-the-margins',
		title:
			'Beyond The Margins: Expanding the Living in Community Model to build healthier and safer communities for sex workers and all community members',
		publisher: 'Vancouver Foundation',
		year: 2016,
		url: 'https://www.vancouverfoundation.ca/beyond-the-margins/',
		kind: 'organisation',
		note: {
			en: "The funder's page on its 2016 grant of $150,000 to expand the model regionally and provincially.",
			fr: "Page du bailleur de fonds sur sa subvention de 150 000 $ accordée en 2016 pour étendre le modèle à l'échelle régionale et provinciale."
		}
	},
	{
		id: 'indian-express-2018-raided',
		title: 'Anti-trafficking measures leave sex workers vulnerable to exploitation: study',
		publisher: 'The Indian Express',
		year: 2018,
		url: 'http://indianexpress.com/article/india/anti-trafficking-measures-leave-sex-workers-vulnerable-to-exploitation-study-5086446/',
		kind: 'news',
		note: {
			en: 'News report (5 March 2018) on the SANGRAM study "Raided": 243 women raided in four towns of Maharashtra between 2005 and 2017; 193 said they were in sex work voluntarily, and 168 of the 218 released returned to sex work.',
			fr: "Article (5 mars 2018) sur l'étude « Raided » de SANGRAM : 243 femmes visées par des descentes dans quatre villes du Maharashtra entre 2005 et 2017; 193 ont dit faire du travail du sexe volontairement, et 168 des 218 femmes libérées y sont retournées."
		}
	}
] satisfies Source[];
