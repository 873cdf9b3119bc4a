/**
 * Word lists the document layer reads (data, not logic). All entries are folded (lower case, no
 * accents), as {@link foldToken} produces them.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/**
 * Heads of official titles and roles ("ambassador", "spokesperson"). A title phrase is built around one
 * of these; multi-word heads ("prime minister", "attorney general") are found through {@link TITLE_MODIFIERS}.
 */
export const TITLE_HEADS = set(`
  minister ministers ambassador ambassadors spokesperson spokesman spokeswoman spokespeople prosecutor prosecutors
  president presidents vice-president governor governors mayor mayors general generals secretary secretary-general
  chancellor taoiseach tanaiste tánaiste patriarch envoy envoys senator senators judge judges justice ceo cfo coo cto chairman chairwoman chairperson chair
  director director-general commander commander-in-chief chief king queen prince princess emperor pope premier
  representative congressman congresswoman congressmember lawmaker legislator administrator commissioner deputy adviser
  advisor counsellor counselor official officials consul diplomat officer colonel lieutenant captain admiral sergeant
  marshal sheriff councillor councilman councilwoman councilor alderman alderwoman aldermen supervisor supervisors assemblyman
  assemblywoman assemblymember selectman selectwoman magistrate delegate head founder co-founder co-ceo co-chair co-chairman co-chairwoman co-president co-director co-leader executive manager coach
  president-elect attorney auditor inspector superintendent ombudsman rapporteur negotiator economist analyst minister-president
  leader mp mep speaker rector provost principal bishop archbishop cardinal rabbi imam cleric pastor reverend
  boss treasurer registrar spokesmen prefect mufti sultan emir sheikh ayatollah monarch regent crown-prince chieftain
  vice-chairman vice-chair chairmen secretaries commanders lieutenant-general major-general brigadier brigadier-general
  lieutenant-colonel lieutenant-commander vice-admiral rear-admiral sub-lieutenant corporal lance-corporal staff-sergeant
  correspondent editor editor-in-chief reporter columnist publisher producer professor researcher scientist referee umpire recorder coroner comptroller aide
  astronaut astronauts cosmonaut photographer photojournalist cameraman anchor strategist pollster historian commentator
  lord lady baroness duchess countess viscount marquess
`);

/**
 * Words that may precede a title head inside the title ("Deputy Ambassador", "Foreign Minister",
 * "Prime Minister", "Air Force Spokesperson" is handled as an organisation).
 */
export const TITLE_MODIFIERS = set(`
  deputy vice rear acting interim assistant associate foreign defense defence interior finance justice health education trade unification
  economy economic energy environment transport agriculture labor labour culture home prime chief senior former first
  state permanent special top general principal executive managing lieutenant attorney press grand high supreme
  lord lady crown deputy-head under under-secretary parliamentary junior regional provincial district county city
  federal national military police army naval navy air fire public information communications communication media
  security intelligence digital science industry housing development immigration treasury budget social sport
  sports tourism water women youth family veterans commerce mines oil petroleum cabinet opposition majority minority party detective policy climate field
  council civil protection emergency rescue union campaign central election electoral border customs prison coast guard
  human rights team club company homeland affairs services transportation infrastructure
  financial operating technology marketing commercial investment medical scientific legal shadow external
`);

/** Titles of nobility: a role the card shows ("Lady", "Lord"), but not an office. */
export const NOBLE_TITLES = set('lord lady baroness duchess countess viscount marquess');

/** Styles of address that are no office ("Sheikh", "Lord", "Dame"): a role read as one gives way to an office. */
export const ADDRESS_STYLES = set('sir dame lord lady sheikh sheikha');

/** Honorifics before a name; they are not part of the canonical name. */
export const HONORIFICS = set(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady madam mme mme. messrs messrs. rev rev. hon hon.
  gen gen. col col. lt lt. sgt sgt. capt capt. maj maj. adm adm. cmdr cmdr. gov gov. sen sen. rep rep. st.
  brig. cpl. pvt. pfc. spc. cdr. det. insp. supt. amb. msgr.
`);

/** Honorifics that mark a man or a woman (for "he"/"she" resolution). */
export const MALE_HONORIFICS = set('mr mr. sir lord messrs messrs.');
/** See {@link MALE_HONORIFICS}. */
export const FEMALE_HONORIFICS = set('mrs mrs. ms ms. miss dame lady madam mme mme.');

/** Words that, at the head of a capitalised phrase, make it an organisation ("Office", "Council"). */
export const ORG_HEADS = set(`
  office force forces council ministry department university college school party agency bank army navy court
  commission committee parliament assembly corporation corp corp. inc inc. ltd ltd. llc plc co. group association union
  organization organisation institute foundation fund company companies authority authorities administration bureau
  service services police guard guards federation alliance coalition league club times post news press network
  agency tribune journal herald gazette daily broadcasting television radio tv society trust board senate congress
  cabinet government church mission front movement brigade brigades battalion regiment command corps unit chamber
  hospital airlines airways railways motors technologies systems holdings partners capital media studios
  records labs laboratories institution embassy consulate parliamentarians secretariat directorate prosecutor's
  prosecutors' tribunal programme program cooperation co-operation
  weekly magazine monthly chronicle courier inquirer examiner telegraph observer publishing publishers recordings
  productions entertainment pictures enterprises industries consulting
  mall band orchestra choir associates lounge theatre theater cinema restaurant shop
  store stores boutique salon casino casinos design designs software solutions ventures pharmaceuticals foods brands
  interactive apparel
  rovers wanderers hotspur albion rangers argyle thistle academicals harriers
  forum caucus consortium cooperative co-operative syndicate
  gmbh s.p.a. srl s.r.l. sarl oyj pty bros bros.
  treasury fleet
`);

/** Speech and attribution verbs that introduce or follow a quote. */
export const SPEECH_VERBS = set(`
  said says say saying told tells tell added adds add accused accuses accuse stated states argued argues claimed
  claims warned warns noted notes wrote writes asked asks explained explains insisted insists declared declares
  announced announces replied replies responded responds continued continues suggested suggests believes believed
  thinks thought suspects suspected recalled recalls acknowledged acknowledges admitted admits agreed agrees
  asserted asserts charged charges complained complains conceded concedes confirmed confirms contended contends
  countered counters cried emphasized emphasised emphasizes emphasises estimated observed observes predicted
  predicts promised promises remarked remarks reported reports shouted stressed stresses testified tweeted tweets
  posted posts urged urges vowed vows yelled joked jokes quipped mused lamented laments boasted boasts cautioned
  cautions concluded concludes described describes called calls dubbed labeled labelled branded denounced
  criticized criticised slammed praised hailed blasted demanded demands wondered wonders recounted recounts
  reiterated reiterates retorted scoffed snapped sighed whispered chided pleaded pleads answered answers
  commented argue insist warn write respond explain declare announce describe ask urge admit acknowledge
  concede confirm predict suggest
  alleged alleges yells yell shouts shout screamed screams chanted chanting chant sang sings urged texted emailed dismissed dismisses rejected rejects scolded scolds adding asking telling noting arguing writing declaring insisting warning explaining calling
`);

/** Personal pronouns that can be quote speakers. */
export const SPEAKER_PRONOUNS = set('he she they i we');

/** Capitalised function words that open sentences and are never part of a name. */
export const CAPITALISED_FUNCTION_WORDS = set(`
  the a an in on at to for from of by with without and or but nor so yet if when while after before since until
  as because although though however meanwhile also then there here this that these those it its he she they we i
  you his her their our my your who whom whose what which where why how all some many most any each every no not
  one two three four five six seven eight nine ten last next first previously later earlier today yesterday tomorrow
  specifically additionally furthermore moreover still even just only according during despite under over between
  instead eventually finally nevertheless nonetheless otherwise thus hence therefore perhaps suddenly initially
  ultimately currently recently similarly likewise consequently accordingly separately elsewhere afterwards subsequently
  among against about into onto upon within via per than like unlike both either neither such other another
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december is are was were be been has have had do does did will would can could should
  must might shall let please yes oh mr mrs ms dr avatar leave reply posted updated share comments comment read born
  photo video image source related advertisement subscribe sign follow click see more new breaking live
`);

/** Family names that come first in Korean, Chinese and Vietnamese names ("Hwang Joon-kook"). */
export const FAMILY_FIRST_SURNAMES = set(`
  kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo shin sin kwon hwang
  ahn an song yoo yu hong jeon chun ko go moon mun yang son bae baek heo nam noh roh ha ryu shim sim
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie tang feng
  deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao qian xi hua
  chan wong cheung leung lau ng lam tsang yeung yau hui tse fung kwok mak chow chau siu lai tam kwan chu lo poon yip
  au cheng chiang tsai hsu kuo
  nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly
`);

/**
 * Common Hungarian family names, which Hungarian order writes first ("Orbán Viktor"); read as family-first
 * only before a Hungarian given name ({@link HUNGARIAN_GIVEN_NAMES}). Folded (no accents).
 */
export const HUNGARIAN_SURNAMES = set(`
  nagy kovacs toth szabo horvath varga kiss molnar nemeth farkas balogh papp takacs juhasz lakatos meszaros olah
  racz fekete szilagyi torok feher balazs gal kis szucs kocsis orsos pinter fodor szalai sipos magyar lukacs gulyas
  biro kiraly balog katona jakab bogdan boros fazekas kelemen antal orosz somogyi fulop veres budai vincze hegedus
  deak pap balint illes vass szoke fabian voros lengyel bognar bodnar jonas hajdu halasz kozma pasztor gaspar
  bakos dudas virag orban novak szekely sandor laszlo pal mate simon
`);

/** Hungarian given names (folded), the second part of a family-first Hungarian name ("Kovács János"). */
export const HUNGARIAN_GIVEN_NAMES = set(`
  istvan gyorgy laszlo zoltan ferenc janos jozsef sandor tibor attila csaba zsolt gabor tamas balazs mihaly imre
  lajos gergely bence mate krisztian akos levente szabolcs norbert karoly andras peter viktor miklos geza gyula
  erno dezso jeno odon bela kalman szilard kornel barnabas marton daniel adam david robert richard balint
  katalin erzsebet ilona eva zsuzsanna maria judit agnes krisztina aniko timea reka orsolya eszter noemi marta
  edit klara ildiko beata szilvia rita boglarka dora petra zsofia anna julianna erika gabriella andrea eniko
  melinda tunde zsuzsa piroska margit magdolna jolan gizella aranka etelka
`);

/** Words after "By" that mean the line is not a byline ("By the way", "By then"). */
export const NOT_BYLINE = set('the a an then now far contrast comparison way law order contrast default design chance');

/** Pre-nominal words that end a title phrase leftwards (never part of the title). */
export const TITLE_STOP = set('the a an and or but said says of by with for from in on at to as that who which while');

/** Words that, at the head of a capitalised phrase, make it a facility or a natural feature: a place ("Kennedy Space Center", "Deccan Plateau"). */
export const FACILITY_HEADS = set(`
  center centre museum airport stadium arena square park bridge station palace cathedral mosque temple tower
  memorial hall street avenue ave ave. boulevard blvd blvd. plaza hotel hotels motel
  river brook creek lake reservoir bay mountains hill hills valley plateau island islands peninsula desert forest
  canyon falls glacier strait sea ocean gulf coast canal dam railroad railway playfield metro subway sound sounds fjord inlet lagoon
  county counties province prefecture township parish borough district dock docks junction beach
  gym gymnasium road highway motorway freeway pier wharf harbour harbor marsh swamp heath moor hollow
  prison prisons jail gaol penitentiary courthouse
  basin basins archipelago atoll estuary gorge volcano highlands lowlands wetlands steppe
  dependency territory
`);

/** Religions and peoples written as one capitalised word, never a person ("Muslims", "Rohingya"). */
export const GROUP_WORDS = set(`
  muslim muslims islam islamic christian christians christianity jew jews jewish judaism hindu hindus hinduism
  buddhist buddhists buddhism sikh sikhs sikhism catholic catholics protestant protestants sunni sunnis shia shiite shiites
  taoism taoist shinto jainism jain zoroastrianism mormon mormons mormonism scientology scientologists baha'i
  arab arabs kurd kurds kurdish rohingya uighur uighurs uyghur uyghurs pashtun pashtuns tamil tamils maori
  latino latinos latina hispanic hispanics roman romans inuit aboriginal yazidi yazidis hutu hutus tutsi tutsis
`);

/** Words after which a capitalised word is read as a place ("in Reading", "from Nice"). */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set(['in', 'near', 'from', 'outside', 'at', 'to', 'across', 'throughout', 'around', 'into', 'across', 'between', 'of', 'visited', 'visit', 'toward', 'towards']);

/** Offices of a team, before which a town names the team ("Surrey captain Chris Lewis"), not the place. */
export const TEAM_ROLES = set('captain coach manager skipper goalkeeper striker midfielder defender player quarterback pitcher');

/**
 * Lower-case nouns for individuals that are no titles: relations to another person, kin, and occupations of people
 * ("Her lawyer, Rose Bay, said", "Striker Joao Pinto was less sure:"). Not "owner", "winner", "employer", "buyer",
 * "sponsor": companies and horses are those too.
 */
export const PERSON_NOUNS = set(`
  lawyer lawyers solicitor barrister colleague friend partner neighbour neighbor rival successor predecessor opponent
  ally assistant teammate counterpart wife husband son daughter brother sister mother father widow widower girlfriend
  boyfriend fiancée fiancé nephew niece cousin grandson granddaughter stepson stepdaughter uncle aunt
  victim suspect witness survivor teacher doctor surgeon nurse pilot driver farmer activist campaigner candidate
  challenger incumbent nominee singer rapper actor actress author writer novelist poet artist designer architect
  engineer biographer striker midfielder defender goalkeeper forward winger footballer
`);

/**
 * Stock exchanges' codes written before a company's ticker in brackets ("(NYSE: BA)", "(ASX: BHP)", "(TSX-V: XYZ)").
 */
export const STOCK_EXCHANGE_CODES = set(`
nyse nasdaq amex lse aim tsx tsxv tsx-v cse asx nzx otc otcqx otcqb euronext hkex sehk sgx bse nse jse lon etr
xetra fra epa ams ebr bit bme tyo krx kosdaq six bmv bovespa b3 tase idx set klse psx
`);

/**
 * Nouns for a party's members and candidates, written after the party's word ("Green candidate", "Liberal
 * incumbent", "Reform MPs"): the word before them names a party, not a person or a town.
 */
export const PARTY_MEMBER_NOUNS = set(`
candidate candidates incumbent nominee mp mps mep meps mla mlas msp msps td tds lawmaker lawmakers legislator legislators
`);

/**
 * Grade words that may stand before a rank written short, short or in full ("Lt." or "Lieutenant" before "Gen.",
 * "Rear" before "Adm.", "Det." before "Sgt."), and the word each is read as.
 */
export const RANK_GRADES: Readonly<Record<string, string>> = {
  lt: 'Lieutenant', 'lt.': 'Lieutenant', lieutenant: 'Lieutenant', maj: 'Major', 'maj.': 'Major', major: 'Major',
  'brig.': 'Brigadier', brigadier: 'Brigadier', rear: 'Rear', vice: 'Vice', staff: 'Staff', master: 'Master',
  'det.': 'Detective', detective: 'Detective', chief: 'Chief', first: 'First', '1st': 'First', second: 'Second',
  '2nd': 'Second', command: 'Command', 'sgt.': 'Sergeant', sergeant: 'Sergeant', deputy: 'Deputy', assistant: 'Assistant',
};
