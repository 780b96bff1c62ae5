import type { RuleId } from '../rules/index.ts';
import type { RuleMessages } from './types.ts';

/**
 * What each finding says in English. Our own words (no quotations from sources); the sources are
 * attached per rule. For rules with a term, the term's alternatives are the suggestions, so
 * `advice` there is empty or one tip about context.
 */
export const en = {
	// ── equates ──────────────────────────────────────────────────────────────────────────────
	'sex-work-is-violence': {
		title: 'Sex work called violence by nature',
		message: 'This presents sex work itself as violence, exploitation or trafficking',
		explanation:
			'The sentence treats the exchange of sexual services between consenting adults as harm by definition. Violence, coercion and exploitation do happen in the sex industry, as in other industries, but they are acts by particular people that can be named and prosecuted. Human rights bodies such as Amnesty International and sex worker organisations keep the two apart, because calling all sex work violence makes actual violence harder to name and to act on.',
		advice: [
			'Name the specific harm (assault, coercion, wage theft, trafficking) and who caused it',
			'If this is a position, attribute it to the people who hold it and present other views'
		]
	},
	'it-is-violence': {
		title: 'The sex industry called violent by nature',
		message: 'This describes the sex industry as violent or exploitative by nature',
		explanation:
			'Phrases such as “a form of violence”, “institutionalised exploitation” or “the buying and selling of women” present every exchange of sexual services as abuse, whatever the people involved say. That erases the line between adult sex work and trafficking, which is defined by force, threats, deception or other coercion. Harm in the sex industry is real where it happens, and naming who did what is more accurate than condemning the whole trade.',
		advice: [
			'Describe the specific harm and who caused it, rather than the industry as a whole',
			'If this is a position, attribute it to the people who hold it and present other views'
		]
	},
	'no-difference-sex-work-trafficking': {
		title: 'No difference between sex work and trafficking',
		message: 'This presents sex work and trafficking as the same thing',
		explanation:
			'Trafficking is a crime with defined elements: recruiting, moving or holding a person in order to exploit them, through force, threats, deception or other coercion (UN Palermo Protocol; Criminal Code, s. 279.01). Sex work is the exchange of sexual services between consenting adults. Some people in the sex industry are trafficked, and that is a crime against them; treating the two as one erases consent, and Canadian research shows it has turned trafficking law toward policing ordinary sex work.',
		advice: [
			'Keep the two apart: write sex work for consensual adult work and trafficking for exploitation through force, threats or deception',
			'Where a case involved coercion, describe the coercion'
		]
	},
	'so-called-sex-work': {
		title: '“So-called” sex work',
		message: '“So-called” casts doubt on the name sex workers use for their own work',
		explanation:
			'The term “sex work” came from sex workers themselves and is used by UN agencies and health bodies to describe paid sexual services between adults as work. Adding “so-called” or “what is called” suggests the term hides something, implying without evidence that all sex work is abuse in disguise. If the text rejects the term, it is clearer to say so openly and explain why.',
		advice: ['Write sex work without a qualifier', 'If the text disputes the term, state that position openly and attribute it']
	},
	'scare-quoted-sex-work': {
		title: 'Sex work in scare quotes',
		message: 'Quotation marks around sex work signal doubt about the term',
		explanation:
			'Scare quotes tell readers not to take the words at face value, as if sex work were a euphemism for abuse. It is the term most sex workers and their organisations use for their own work, and it separates consensual adult work from trafficking. Questioning it through punctuation makes a claim without stating or supporting it.',
		advice: [
			'Remove the quotation marks around sex work',
			'If the text disputes the term, say so in words and attribute the view'
		]
	},

	// ── lumps ────────────────────────────────────────────────────────────────────────────────
	'trafficking-joined-with-sex-work': {
		title: 'Trafficking and sex work joined as one problem',
		message: 'This joins trafficking and sex work as if they were one problem',
		explanation:
			'Pairing the two (“trafficking and prostitution”, “trafficking/sex work”) presents them as a single issue with a single solution. Trafficking is a crime of coercion that happens in many industries; sex work between adults is consensual. Anti-trafficking measures built on this pairing have repeatedly targeted sex workers and migrants and harmed the people they meant to protect, as a study across eight countries documented.',
		advice: [
			'Name the specific crime (e.g. “trafficking for sexual exploitation” or “forced labour”) and treat sex work separately',
			'If both topics matter here, give each its own sentence and its own facts'
		]
	},
	'trafficking-legality': {
		title: 'The “legality” of trafficking',
		message: 'This speaks of legalising trafficking where the subject is sex work',
		explanation:
			'Trafficking in persons is a crime under international law and in every country that has ratified the Palermo Protocol; no country debates making it legal. What countries debate is how to treat sex work: criminalising it, regulating it or decriminalising it. Talking about the “legality” or “legalisation” of trafficking when the subject is prostitution treats the two as one, and hides the real policy choice.',
		advice: [
			'Name the policy under discussion: the criminalisation, regulation or decriminalisation of sex work',
			'Keep “trafficking” for the crime, which stays a crime under every one of those models'
		]
	},
	'sex-industry-called-trafficking': {
		title: 'The sex industry called a trafficking industry',
		message: 'This calls the sex industry as a whole a trafficking industry',
		explanation:
			'Trafficking is a crime committed against particular people, not a line of business. Speaking of a “sex trafficking industry” or “trade” folds everyone who works in the sex industry, including adults who work by choice, into that crime. It also suggests that the scale of trafficking equals the size of the sex industry, which no data support.',
		advice: [
			'Write “the sex industry” when you mean the industry as a whole',
			'When you mean the crime, name it and describe the cases: who was coerced, how and by whom'
		]
	},
	'sex-work-as-euphemism': {
		title: 'Sex work called a euphemism for trafficking',
		message: 'This presents sex work as a polite name for trafficking',
		explanation:
			'Calling sex work a cover, front or euphemism for trafficking implies that every sex worker is a hidden victim and that their own description of their work is false. Trafficking means exploitation through force, threats, deception or other coercion; it happens in parts of the sex industry and in many other industries. Treating one word as a mask for the other removes the distinction that lets both be addressed.',
		advice: [
			'Use two words for two things: sex work for consensual adult work, trafficking for exploitation through coercion',
			'If a specific case was presented as sex work but involved coercion, describe the evidence'
		]
	},
	'sex-work-linked-to-trafficking': {
		title: 'Sex work said to be inseparable from trafficking',
		message: 'This presents sex work as inherently tied to trafficking',
		explanation:
			'Saying the two are inextricably linked or go hand in hand implies that sex work cannot exist without trafficking. Trafficking happens in agriculture, construction, domestic work and other sectors as well as in the sex industry, and in every case it involves the coercion of particular people. In Canada, researchers found that treating the two as one has led the trafficking offence to be used mostly to police sex work.',
		advice: [
			'Say where trafficking was found and how it showed (threats, confiscated documents, debt bondage), with a source',
			'Present the sex industry as one of many settings where trafficking occurs, alongside farms, construction and domestic work'
		]
	},

	// ── indicators ───────────────────────────────────────────────────────────────────────────
	'ordinary-work-as-trafficking-sign': {
		title: 'Ordinary features of sex work as signs of trafficking',
		message: 'This lists an ordinary feature of sex work as a sign of trafficking',
		explanation:
			'Carrying condoms, cash or several phones, advertising online, working from hotels or receiving many visitors are common parts of adult sex work, often chosen for safety. Lists that treat them as red flags bring suspicion, profiling and police attention to sex workers who are not trafficked, while saying little about what trafficking looks like. Sex worker organisations such as SWAN Vancouver recommend focusing on signs of coercion instead.',
		advice: [
			'List signs of coercion instead: threats, confiscated identity documents, debt bondage, not being free to leave or refuse',
			'Leave out features that describe adult sex work itself, such as condoms, cash or online ads'
		]
	},

	// ── no-agency ────────────────────────────────────────────────────────────────────────────
	'prostituted-persons': {
		title: '“Prostituted women” and similar phrases',
		message: '“Prostituted” signals an abolitionist view of sex work',
		explanation:
			'This wording comes from the abolitionist view that selling sex is always something done to a person and never a choice. Abolitionist organisations use it on purpose, while many sex workers reject it because it sets aside how they describe their own lives. It is not an error: it shows which position the text takes. If the text aims to be neutral, use wording that does not presume either view.',
		advice: ['In a text meant to be neutral, describe people with the words they use for themselves']
	},
	'victims-of-prostitution': {
		title: '“Victims of prostitution”',
		message: '“Victims of prostitution” signals an abolitionist framing',
		explanation:
			'Calling people victims of prostitution presents the sale of sex itself as the harm done to them, which is the abolitionist position. Some people who sold sex describe themselves this way and abolitionist groups use the phrase deliberately, while many sex workers reject it. It is a framing choice, not an error; in a text meant to be neutral, keep “victim” for people harmed by trafficking or another specific crime.',
		advice: ['Keep “victim” or “survivor” for people harmed by trafficking or another crime, and ask which word they prefer']
	},
	'no-one-chooses': {
		title: '“No one chooses” sex work',
		message: 'This denies that any adult chooses sex work',
		explanation:
			'Many adults decide to do sex work, often within constraints such as poverty, debt, housing or immigration status, as people do with other work. Those constraints are real and worth describing, but they differ from the force, threats or deception that define trafficking. A blanket claim that no one chooses sex work overrides sex workers’ own accounts and makes each of them a trafficking victim by definition.',
		advice: [
			'Describe the constraints people face (poverty, housing, immigration status) without denying their decisions',
			'If this is a position, attribute it and include sex workers’ own accounts',
			'Quote sex workers about their own reasons'
		]
	},
	'all-sex-workers-victims': {
		title: 'All sex workers called victims',
		message: 'This describes all or most sex workers as victims',
		explanation:
			'No reliable evidence shows that all or most sex workers are trafficked or exploited, and many describe their work in other terms. Sweeping claims erase the difference between sex work and trafficking and turn policing and resources toward sex workers in general rather than toward the people actually harmed. “Victim” fits people who experienced a specific crime, and they can say which word they prefer.',
		advice: [
			'Say that some sex workers experience exploitation or violence, and describe who, how and according to whom',
			'Keep “victim” or “survivor” for people harmed by trafficking or another crime'
		]
	},
	'choice-called-a-myth': {
		title: 'Choice called a myth',
		message: 'This dismisses the idea that sex work can be chosen',
		explanation:
			'Calling choice a myth or a lie treats every sex worker who says they chose the work as mistaken or deceived. Choices about sex work are usually made within constraints, as with other work, and those constraints deserve attention. Dismissing choice altogether makes consent irrelevant and erases the line between sex work and trafficking.',
		advice: [
			'Describe the constraints on people’s choices rather than calling choice a myth',
			'Present the view as a position held by some groups, alongside sex workers’ own accounts'
		]
	},
	'sex-workers-presumed-exploited': {
		title: 'Sex workers presumed exploited',
		message: 'This presents sex workers as exploited by default',
		explanation:
			'Words such as “usually”, “always” or “inevitably” turn what happens to some people into a rule for everyone in the sex industry. Exploitation does happen and should be described where it occurs, with who did what. Presuming it for all sex workers makes their consent irrelevant and blurs sex work with trafficking.',
		advice: [
			'Describe the specific situation, the kind of exploitation and its source, instead of a general rule',
			'Say which sex workers and in what conditions, e.g. those working for a third party who withholds their pay'
		]
	},
	'rescue-from-sex-work': {
		title: '“Rescue” from sex work',
		message: 'This frames leaving sex work as being rescued',
		explanation:
			'Rescue language presents adults who sell sex as needing to be saved, whether or not they asked for help or want to stop. Research with migrant sex workers in Canada documents rights violations during operations carried out in the name of rescue. Describing the support offered and what each person chose keeps their agency in view, including for those who do want to leave.',
		advice: ['If someone asked for help to leave, say what help they asked for and received']
	},

	// ── sex-only ─────────────────────────────────────────────────────────────────────────────
	'trafficking-as-sexual-by-definition': {
		title: 'Trafficking defined as sexual',
		message: 'This presents human trafficking as mainly sexual',
		explanation:
			'Global estimates count forced labour rather than trafficking as such, but they show where exploitation happens: for 2021 the ILO estimated 27.6 million people in forced labour, of whom 6.3 million were in forced commercial sexual exploitation. Most of the others were in farming, construction, domestic work, manufacturing and other private work, or in labour imposed by states. Describing trafficking as mostly about sex hides that majority and feeds the confusion between trafficking and sex work.',
		advice: [
			'Name the form of trafficking you mean, e.g. “trafficking for sexual exploitation”',
			'When describing trafficking in general, mention forced labour in farming, construction, domestic work and other sectors'
		]
	},
	'trafficking-only-sexual': {
		title: 'Trafficking discussed only as sexual',
		message: 'This text discusses trafficking only in sexual terms',
		explanation:
			'The text speaks of trafficking only in sexual terms and names no other industry. Yet most forced labour happens elsewhere: of 27.6 million people in forced labour in 2021, the ILO estimated 6.3 million in forced commercial sexual exploitation, and the rest in farming, construction, domestic work, manufacturing, fishing and other sectors, or in labour imposed by states. A text about sexual exploitation alone is fine if it says so; otherwise it reinforces the idea that trafficking means the sex industry.',
		advice: [
			'Say early on that the text covers only sexual exploitation, and that most forced labour happens in other industries',
			'When speaking of trafficking in general, mention forced labour in farming, construction, domestic work or fishing'
		]
	},

	// ── numbers ──────────────────────────────────────────────────────────────────────────────
	'unsourced-trafficking-figure': {
		title: 'A trafficking figure without a source',
		message: 'This figure about trafficking or the sex industry has no source nearby',
		explanation:
			'Numbers about trafficking are hard to measure and often pass from text to text without their origin. Police-reported incidents, charges, convictions and modelled estimates count very different things, and even official counts change between releases: Statistics Canada has published both 528 and 597 police-reported incidents for 2022. Without a source, a year and a definition, readers cannot judge what the figure means.',
		advice: [
			'Name the source and the year next to the figure',
			'Say what is counted: police-reported incidents, charges, people served by an agency, or modelled estimates',
			'Do not present the number of sex workers as a number of victims'
		]
	},
	'epidemic-framing': {
		title: 'Trafficking framed as an epidemic',
		message: 'This frames trafficking as an epidemic or a fast-growing crime',
		explanation:
			'Claims that trafficking is an epidemic, is exploding or is the fastest-growing criminal industry are widely repeated but rarely traced to any data. Such framing calls for emergency measures, which have often fallen on sex workers and migrants. A rise in reported cases can also reflect more policing, awareness campaigns or new offences rather than more trafficking.',
		advice: [
			'Replace the superlative with a sourced figure, its year and what it counts',
			'Say whether a rise reflects more cases or more reporting and policing, if the source says so'
		]
	},
	'sporting-event-trafficking-myth': {
		title: 'The sporting-event trafficking myth',
		message: 'This repeats the claim that big sporting events bring a wave of trafficking',
		explanation:
			'Before Super Bowls, World Cups and Olympic Games, warnings of a surge in trafficking circulate widely. Reviews of these events, including one by the Global Alliance Against Traffic in Women, found no evidence of such increases. Repeating the claim keeps the myth alive and points policing at the sex industry rather than at evidence of coercion.',
		advice: [
			'Remove the claim, or cite a study of this specific event',
			'If police plan operations during the event, report them as policing, not as proof of trafficking'
		]
	},

	// ── migration ────────────────────────────────────────────────────────────────────────────
	'migrant-sex-workers-presumed-trafficked': {
		title: 'Migrant sex workers presumed trafficked',
		message: 'This presents migrant sex workers as trafficked because they are migrants',
		explanation:
			'Nationality, migration status or limited English are not evidence of trafficking. Many migrants choose sex work for the same reasons others do, and presuming them to be victims has brought raids and immigration enforcement down on them; migrant sex workers in Canada have documented rights violations during anti-trafficking investigations. Trafficking shows in coercion, such as threats, debt bondage or confiscated documents, not in where someone comes from.',
		advice: [
			'If there is evidence of coercion (threats, debt bondage, confiscated documents), describe it',
			'Otherwise, call them migrant sex workers and report what they say about their work'
		]
	},
	'smuggling-as-trafficking': {
		title: 'Smuggling treated as trafficking',
		message: 'This treats smuggling or irregular migration as trafficking',
		explanation:
			'Migrant smuggling and human trafficking are different crimes under separate UN protocols. Smuggling is a paid border crossing the person agreed to, a crime against a state; trafficking is the exploitation of a person through coercion and needs no border at all. Merging them turns migration control into anti-trafficking work and can make migrants who were exploited afraid to come forward.',
		advice: ['If people were exploited after they arrived, describe that exploitation and call it trafficking only then']
	},

	// ── raids-as-rescue ──────────────────────────────────────────────────────────────────────
	'raid-framed-as-rescue': {
		title: 'A raid framed as a rescue',
		message: 'This presents a police raid as a rescue',
		explanation:
			'Raids on brothels, massage parlours or hotels are often reported as rescues, but studies find they rarely identify trafficked people. In one US study, more than half of the trafficked women interviewed had been arrested, some repeatedly, without being recognised as trafficked. For many of the people they claim to rescue, raids end in arrest, lost income or deportation.',
		advice: ['Report what police did (entered, arrested, charged) and what the people found there said']
	},
	'sting-as-anti-trafficking': {
		title: 'A police operation on sex work presented as anti-trafficking',
		message: 'This presents a police operation on sex work as action against trafficking',
		explanation:
			'Operations that target clients or sex workers are often announced as fighting trafficking, yet the charges laid are usually for sexual-services offences, not trafficking. In one reported case, 125 arrests in a sting described as anti-trafficking led to no trafficking charges at all. Presenting such operations as anti-trafficking inflates the apparent scale of trafficking and blurs it with sex work.',
		advice: [
			'Name the charges actually laid and say whether any were for trafficking',
			'Describe the operation by what it targeted, e.g. people buying sexual services'
		]
	},
	'sting-called-trafficking': {
		title: 'A police operation labelled trafficking',
		message: 'This labels a police operation as trafficking before any trafficking charge',
		explanation:
			'Trafficking is a specific crime with legal elements, yet operations against sex work are often named after it even when nobody is charged with trafficking. The label tells readers that trafficking was found when the outcome may be arrests for buying or selling sexual services. Reporting the charges actually laid shows what the operation was.',
		advice: ['If trafficking charges were laid, name the offence and how many people were charged']
	},

	// ── demand ───────────────────────────────────────────────────────────────────────────────
	'demand-drives-trafficking': {
		title: 'Demand for paid sex said to drive trafficking',
		message: 'This links demand for paid sex between adults to trafficking',
		explanation:
			'The idea that buying sex drives trafficking is the main argument for criminalising clients, as Canada did in 2014. Evidence that such laws reduce trafficking is weak, while research finds they harm sex workers: after the 2014 law, sex workers in Vancouver had less access to health care, and across five Canadian cities almost a third said they could not call 911 for fear of police. Traffickers exploit poverty, debt and precarious immigration status, which laws on sex between consenting adults do not address.',
		advice: [
			'Treat trafficking and adult sex work as separate claims, each with its own evidence',
			'If the text argues for a law, present it as a position and note the evidence on its effects on sex workers’ safety'
		]
	},
	'buyers-called-perpetrators': {
		title: 'Clients called perpetrators',
		message: 'This casts clients of adult sex workers as perpetrators or exploiters',
		explanation:
			'Buying sexual services has been an offence in Canada since 2014, but paying an adult for consensual sex is not in itself trafficking, assault or exploitation. Calling all clients perpetrators presents every sex worker as a victim, whatever they say. Words like trafficker or abuser belong to people who used force, threats, deception or violence.',
		advice: [
			'Use “clients” for people who pay for sexual services',
			'Call someone a trafficker or abuser only when describing what that person did: force, threats, deception or violence'
		]
	},
	'decriminalisation-increases-trafficking': {
		title: 'Decriminalisation said to increase trafficking',
		message: 'This says legalising or decriminalising sex work increases trafficking',
		explanation:
			'Evidence for this claim is weak and disputed: the studies behind it often compare reported trafficking across countries, and reports rise wherever authorities look harder. Legalisation (state licensing of sex work) and decriminalisation (removing criminal laws on consensual adult sex work) are also different models. Human rights bodies such as Amnesty International support decriminalisation, and research links criminalisation and repressive policing with more violence against sex workers.',
		advice: [
			'Cite the study, the country and what it measured, and say whether its findings are disputed',
			'Distinguish legalisation from decriminalisation'
		]
	},

	// ── stigma-terms ─────────────────────────────────────────────────────────────────────────
	'prostitute-for-adults': {
		title: '“Prostitute” for an adult sex worker',
		message: '“Prostitute” is a stigmatising word for an adult sex worker',
		explanation:
			'The word carries a long history of moral judgement and defines a person by one activity. Most people who sell sexual services call themselves sex workers, a term that describes work rather than identity and that UN agencies and style guides recommend. It remains fine in quotations, when someone uses it for themselves, or when naming an offence in legal wording.',
		advice: []
	},
	'slur-for-sex-workers': {
		title: 'Slurs for sex workers',
		message: 'This is a slur for sex workers',
		explanation:
			'Words such as “hooker” or “whore” pass judgement on a person instead of describing them. In news about violence they signal that the victim mattered less, and headlines using them have been linked to public indifference to murdered women. Use them only in a quotation or when a person uses the word for themselves.',
		advice: []
	},
	'client-slang': {
		title: '“John” and “punter” for clients',
		message: '“John” or “punter” is slang that casts clients in a negative light',
		explanation:
			'Sex workers generally call the people who pay them clients. “John” is dismissive slang, and some abolitionist groups choose “punter” on purpose to present every client as an abuser. The word signals a framing rather than a mistake; in a text meant to be neutral, “client” describes the role without judging it.',
		advice: []
	},
	'pimp-for-third-parties': {
		title: '“Pimp” for third parties',
		message: '“Pimp” assumes that anyone working with sex workers exploits them',
		explanation:
			'The word is used for anyone who works alongside sex workers, from managers and receptionists to drivers, security staff, partners or family. Many of these third parties make the work safer, and the word presumes exploitation before anything is shown. Say what role the person had and, if they are accused of something, what it is.',
		advice: [
			'When reporting a charge, name the offence (for example procuring or receiving a material benefit) and the conduct alleged'
		]
	},
	'commercial-sex-worker': {
		title: '“Commercial sex worker”',
		message: '“Commercial” is redundant here: sex work is paid by definition',
		explanation:
			'UN agencies replaced “commercial sex worker” with “sex worker” years ago. Adding “commercial” suggests there is some other kind and makes the term sound clinical and distant. “Sex worker” or “sex work” says the same thing more simply.',
		advice: []
	},
	'sex-slave-label': {
		title: '“Sex slave”',
		message: '“Sex slave” sensationalises and blurs what happened',
		explanation:
			'The phrase turns abuse into a spectacle and eroticises it, and it can be applied to sex workers who were not trafficked at all. Where someone was trafficked, confined or assaulted, naming that crime is more accurate and more respectful. Sex worker groups and some anti-trafficking organisations avoid the term for these reasons.',
		advice: []
	},
	'modern-slavery-for-trafficking': {
		title: '“Modern slavery” for trafficking',
		message: '“Modern slavery” is an umbrella term, not a legal definition',
		explanation:
			'“Modern slavery” groups forced labour, forced marriage, trafficking and other practices under one emotive label; human trafficking and forced labour have legal definitions, modern slavery does not. The ILO’s 49.6 million people in modern slavery in 2021, for example, include 22 million in forced marriage. Using the term as a synonym for trafficking stretches both ideas, a shift legal scholars call exploitation creep.',
		advice: ['Keep the term when naming a report or law that uses it in its title']
	},
	'exploitation-hub': {
		title: '“Exploitation hub”',
		message: '“Exploitation hub” labels a workplace as abuse without saying what happened',
		explanation:
			'Calling a spa, massage parlour or apartment an exploitation hub presents everyone working there as exploited and everyone running it as an exploiter. Exploitation in the legal sense, such as making someone work through threats to their safety, is a specific accusation that needs facts. Naming the alleged conduct, such as coercion, extortion, wage theft or assault, says what actually happened.',
		advice: []
	},
	'child-prostitute': {
		title: '“Child prostitute”',
		message: 'A child cannot be a prostitute: this is child sexual exploitation',
		explanation:
			'Under Canadian and international law, a child who is paid or traded for sex is a victim of sexual exploitation, and no consent is possible. Any label that suggests a trade or a job hides the abuse and shifts blame onto the child. News style guides and child-protection bodies, including the AP Stylebook since 2016 and the Luxembourg Guidelines, have dropped the term for this reason.',
		advice: ['Name the adults responsible and what they did']
	},
	'prostitute-for-minors': {
		title: '“Prostitute” for a minor',
		message: '“Prostitute” is used here for a minor: a child is sexually exploited, not a sex worker',
		explanation:
			'The text applies “prostitute” to someone under 18. A minor who is paid or traded for sex is a victim of sexual exploitation under Canadian and international law, whatever they may appear to agree to. Calling them a prostitute presents the abuse as their activity and shifts attention away from the adults responsible.',
		advice: ['Name the adults responsible and what they did']
	},
	'child-prostitution': {
		title: '“Child prostitution”',
		message: '“Child prostitution” frames the abuse of a child as a trade',
		explanation:
			'What happens to a child in these situations is sexual exploitation and abuse by adults; calling it prostitution presents it as something the child does. The Luxembourg Guidelines and child-protection organisations such as ECPAT recommend “commercial sexual exploitation of children” instead. Some UN instruments and mandates still carry the old term in their names, and those names can be quoted as they are.',
		advice: []
	},
	'child-pornography': {
		title: '“Child pornography”',
		message: '“Child pornography” hides abuse: these are records of crimes against children',
		explanation:
			'“Pornography” suggests consenting adults and entertainment, while these images and videos document the sexual abuse of a child. Child-protection and law-enforcement bodies use “child sexual abuse material” (CSAM) instead, and Canada’s Criminal Code has used “child sexual abuse and exploitation material” since October 2025. Older laws, charges and court records may still use the old term; quote them as written.',
		advice: []
	}
} satisfies Record<RuleId, RuleMessages>;
