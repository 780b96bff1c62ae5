import type { Cue, CueCondition } from './rules/types.ts';

/**
 * What each cue looks like, in the pattern syntax of rules (see rules/types.ts). Cues are the
 * vocabulary of context: rules ask whether a sentence or the document contains them.
 */
export const CUES: Record<Cue, readonly string[]> = {
	trafficking: ['traffick*', 'sex slave*', 'sex slavery', 'sexual slavery', 'modern (day)? slavery', 'white slavery'],
	'sex-industry': [
		'prostitut*',
		'sex (work|worker|workers|trade|industry|industries|market|buyer|buyers|purchase|purchasers)',
		'commercial sex',
		'(paid|purchased) sex',
		'(selling|sell|sells|sold|buying|buy|buys|bought|purchase|purchasing) (of)? (sex|sexual services)',
		'sexual services',
		'vice (trade|industry)',
		'(exchange|exchanges|exchanging|exchanged|trade|trading|traded|sell|sells|selling|sold) sex for',
		'sex for (money|cash|payment|drugs|goods|rent|food)',
		'brothel*',
		'escort*',
		'massage (parlour|parlours|parlor|parlors|business|businesses|spa|spas|establishment|establishments)',
		'(strip|lap dancing|lap dance) (club|clubs)',
		'red light',
		'solicit*',
		'johns',
		'pimp*',
		'hooker*',
		'whore*'
	],
	sexual: ['sex', 'sexual', 'sexually', 'prostitut*', 'brothel*', 'commercial sex', 'sex trade', 'escort*', 'pornograph*'],
	labour: [
		'(labour|labor) (trafficking|exploitation|rights|standards|inspector|inspectors|law|laws|violation|violations)',
		'forced (labour|labor|work)',
		'(agriculture|agricultural|farm|farms|farmworker|farmworkers|harvest|fishing|fishery|fisheries|vessel|vessels|construction|factory|factories|manufacturing|garment|textile|domestic|caregiver|caregivers|nanny|nannies|housekeeper|restaurant|restaurants|hospitality|nail|mining|mines|seafood|cleaning|warehouse|landscaping)',
		'debt bondage',
		'wage theft',
		'(temporary|seasonal|foreign) workers?'
	],
	enforcement: [
		'raid*',
		'sting',
		'stings',
		'(undercover|decoy|operation|operations|sweep|sweeps|bust|busts|crackdown|crackdowns)',
		'posing as',
		'arrest*',
		'police',
		'officers',
		'detectives',
		'sheriff*',
		'(task force|vice squad|vice unit)',
		'waging war'
	],
	rescue: ['(rescue|rescued|rescues|rescuing|saved|freed|liberated)', 'set free', '(free|freeing) (any)? (victims|women|girls)'],
	foreign: [
		'(women|girls|workers|people|sex workers) from (\\d)? (countries|abroad|overseas)',
		'from \\d countries',
		'foreign (women|nationals|nationalities|national|girls|workers|sex workers|born)',
		'(women|people|workers) of foreign nationalities',
		'(migrant|migrants|immigrant|immigrants|undocumented|illegal immigrants|illegal aliens|irregular migrants)',
		'(asian|chinese|korean|thai|vietnamese|filipina|romanian|bulgarian|albanian|nigerian|brazilian|russian|ukrainian|eastern european) (women|girls|sex workers|massage|masseuses|nationals)',
		'(work|student|tourist|visitor) (visa|visas|permit|permits)',
		'(asian|african|eastern european|latin american|east european) (and asian|and african|and eastern european|and latin american)? (women|girls|sex workers)',
		'(trafficked|brought|smuggled) (here)? from (south east|southeast|east|eastern|west|south|central|north)? (asia|europe|africa|america|china|thailand|korea|vietnam|nigeria|romania|brazil)',
		'(brought|smuggled|spirited|shipped|imported|transported|trafficked) (in)? (into|to) (the country|this country|the uk|britain|canada|the us|the united states|australia|europe)',
		'(are|were|come|came|is) from (overseas|abroad|outside the uk|outside the country|other countries|outside)',
		'(coming|come|came|brought|smuggled|trafficked) across (the)? (border|borders)',
		'(cross|crosses|crossing|crossed) (the)? (border|borders)'
	],
	coercion: [
		'(force|forced|forcing|forcibly|coerce*|coercion|coercive|threat|threats|threaten*|deceiv*|deception|deceptive|fraud|fraudulent*|tricked|tricking|duped|lured|abduct*|kidnap*)',
		'held (against|captive|hostage)',
		'(not|never) allowed to leave',
		'(confiscat*|withheld|withholding|seized|took|taken) (their|her|his)? (passport|passports|documents|identity|id|wages|pay|earnings)',
		'(passport|passports|documents|papers|id|wages|pay|earnings) (was|were|had been|have been|has been) (confiscated|withheld|seized|taken)',
		'debt bondage',
		'(locked|lock) (in|up)',
		'against (their|her|his) will'
	],
	falsehood: ['(lie|lies|myth|myths|illusion|illusions|fiction|fallacy|untrue|deception)'],
	signs: [
		'(signs|indicators|indicator|red flags|warning signs|tell tale signs|telltale signs|clues)',
		'(spot|spotting|recognise|recognize|recognising|recognizing|identify|identifying) (the)? (signs|victims|trafficking|a victim|potential victims)',
		'look (out)? for',
		'suspicious',
		'be alert'
	],
	source: [
		'according to',
		'(ilo|unodc|iom|statcan|juristat|unicef|unhcr|ohchr|walk free|statistics canada|the daily|polaris|gaatw)',
		'(report|reports|reported|study|studies|survey|surveys|data|figures|estimates|estimated) (by|from|of|published)',
		'(published|reported) (in|by)',
		'(source|sources|cited|citation|reference|references|doi|https|http|www)'
	],
	critique: [
		'(ineffective|counterproductive|backfire|backfired|backfires|myth|myths|mythical|misleading|misconception|misconceptions|misinformation|misrepresent*|misguided|inaccurate|unfounded|unsubstantiated|baseless|debunk*|dubious|exaggerat*|inflated|hysteria|sensational*|stereotyp*|scapegoat*|panic)',
		'conflat*',
		'moral panic',
		'no (evidence|proof|data|basis)',
		'(false|falsely|wrongly|wrong|erroneous|erroneously|mistaken|mistakenly)',
		'(harmful|dangerous) (narrative|narratives|rhetoric|framing|myth|myths|assumption|assumptions|conflation)',
		'(rhetoric|narrative|narratives|framing|frame|trope|tropes)',
		'(lump|lumps|lumped|lumping) (together)?',
		'what (\\w)? (officials|activists|politicians|police|media|advocates|abolitionists|campaigners|they) (call|calls|called|describe|describes|label)',
		'(criticise|criticize|criticised|criticized|critique|critics|critical|challenge|challenging|challenged|contest|contested|dispute|disputed|questioned)'
	],
	attribution: [
		'(say|says|said|claim|claims|claimed|claiming|argue|argues|argued|arguing|assert|asserts|asserted|insist|insists|insisted|contend|contends|contended|allege|alleges|alleged|allegedly|maintain|maintains|purport|purports|purported)',
		'(believe|believes|believed) that',
		'(report|reports|reported|describe|describes|described|told|tell|tells|recount|recounts|recounted) (that|how)',
		// "told reporters that …": one listener between the verb and what was said.
		'(told|tell|tells) (\\w)? (that|how)',
		'(cited|quoted|repeated|reported|attributed) (by|to|in) (the)? (media|press|news|officials|police|advocates|campaigners|activists|politicians)',
		'(often|widely|frequently|commonly) (cited|quoted|repeated|attributed|claimed)',
		'(in their|in his|in her) (view|words)',
		'(they|officials|police|advocates|activists|abolitionists|campaigners|critics|proponents|supporters) (see|view|frame|portray|describe|treat|paint)'
	],
	distinction: [
		'(distinguish|distinguishes|distinguishing|distinction|distinctions|differentiate|differentiating|differentiation)',
		'difference between',
		'differences between',
		'not the same (as|thing)?',
		'(distinct|different|separate) (from|issues|phenomena|crimes|things)',
		'(is|are|was|were) not (human|sex)? (trafficking|trafficked)',
		"(isn't|aren't|wasn't|weren't) (human|sex)? (trafficking|trafficked)",
		'not (all|every|everyone|everybody|most) (sex workers|people|women|migrants|migrant sex workers|who)',
		'conflat*',
		'(confuse|confused|confusing|confusion) (with|between)?'
	],
	minors: [
		'(child|children|childhood|minor|minors|underage|juvenile|juveniles|youth|youths|teen|teens|teenage|teenager|teenagers|adolescent|adolescents|kid|kids|schoolgirl|schoolgirls|pubescent|preteen)',
		'under (the age of)? (18|16|eighteen|sixteen)',
		'(12|13|14|15|16|17) (year|years) old',
		'(twelve|thirteen|fourteen|fifteen|sixteen|seventeen) (year|years) old',
		'high school'
	],
	'self-identification': [
		"(i'm|im) (a)? (sex worker|whore|hooker|prostitute|escort|stripper)",
		'(i am|we are|am) (a)? (sex worker|sex workers|whore|whores|hooker|hookers|prostitute|prostitutes|escort|escorts)',
		'(identify|identifies|identified|identifying) (themselves|herself|himself|myself|ourselves)? as',
		'self identif*',
		'(call|calls|called|describe|describes) (themselves|herself|himself|myself|ourselves)',
		'in (their|her|his|our|my) own words',
		'(reclaim|reclaimed|reclaiming)'
	],
	legal: [
		'(prohibited|prohibit|prohibits|banned|outlawed|regulated|regulate|law|laws|legal|legally|illegal|illegally|criminal|criminalize*|criminalise*|decriminaliz*|decriminalis*|legaliz*|legalis*|offence|offences|offense|offenses|charge|charges|charged|statute|statutes|statutory|code|court|courts|bill|act|legislation|section|convicted|conviction|prosecut*|provision|provisions)'
	],
	increase: [
		'(increase|increases|increased|increasing|higher|more|larger|greater|rise|rises|rising|rose|risen|grow|grows|growing|grew|grown|surge|surges|boom|booming|fuel|fuels|fueled|fuelled|fuelling|fueling|drive|drives|driving|drove|feed|feeds|feeding|spur|spurs|magnet|expand|expands|expansion|explod*)'
	],
	generic: [
		'(combat|combating|combatting|fight|fighting|end|ending|stop|stopping|prevent|preventing|tackle|tackling|eradicate|eradicating|abolish|abolishing)',
		'(epidemic|scourge|plague|crisis|awareness)',
		'(worldwide|globally|global|every year|each year|annually|nationwide)',
		'(fastest|largest|biggest|second largest|most profitable)',
		'(crime|crimes|criminal enterprise|industry)'
	],
	number: [
		'\\d',
		'(million|millions|billion|billions|thousand|thousands|hundreds|dozens|percent)',
		'per cent',
		'(one|two|three|four|five|nine) in (\\d|two|three|four|five|ten)'
	]
};

/**
 * Cues as bits of one number, so that "which cues does this sentence (or the document) hold" is
 * an integer and a rule's condition is three masks: no sets built per sentence.
 */
export const CUE_BIT = Object.fromEntries(
	(Object.keys(CUES) as Cue[]).map((cue, i) => {
		if (i > 30) throw new Error('more than 31 cues: they no longer fit the bits of one number');
		return [cue, 1 << i];
	})
) as Record<Cue, number>;

/** A cue condition compiled to masks. */
export interface CueMask {
	all: number;
	any: number;
	none: number;
}

const maskOf = (cues: readonly Cue[] | undefined) => (cues ?? []).reduce((mask, cue) => mask | CUE_BIT[cue], 0);

export function compileCondition(condition: CueCondition | undefined): CueMask | undefined {
	if (!condition) return undefined;
	return { all: maskOf(condition.all), any: maskOf(condition.any), none: maskOf(condition.none) };
}

/** Whether the cues present (a mask) meet a condition. */
export function meets(present: number, condition: CueMask | undefined): boolean {
	if (!condition) return true;
	return (
		(present & condition.all) === condition.all &&
		(condition.any === 0 || (present & condition.any) !== 0) &&
		(present & condition.none) === 0
	);
}
