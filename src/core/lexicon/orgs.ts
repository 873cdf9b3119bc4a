/**
 * Organisations the engine knows by name, with the surfaces they are written as. Only bodies that
 * roles and affiliations in world news keep pointing to; everything else is found from context
 * (organisation head words, credits, the tagger).
 */

/** A known organisation and its surfaces (abbreviations are matched in capitals only). */
export interface KnownOrg {
  name: string;
  surfaces: readonly string[];
  /** ISO alpha-2 when the body belongs to one country. */
  country?: string;
  /** Words after which a one-word surface is not this body ("Fed up with …", "Fed Cup", "FedEx" written "Fed Ex"). */
  notBefore?: readonly string[];
  /** A political party ("the party's president" points back to it). */
  party?: true;
  /** Surfaces (of more than one word) that other countries' bodies share: after a country's name, people's word or possessive they are that country's body ("Russia's Security Council"). */
  shared?: readonly string[];
}

/** The list. */
export const KNOWN_ORGS: readonly KnownOrg[] = [
  { name: 'United Nations', surfaces: ['United Nations', 'UN', 'U.N.'] },
  { name: 'United Nations Security Council', surfaces: ['United Nations Security Council', 'UN Security Council', 'U.N. Security Council', 'Security Council', 'UNSC'], shared: ['Security Council'] },
  { name: 'United Nations General Assembly', surfaces: ['United Nations General Assembly', 'UN General Assembly', 'General Assembly'], shared: ['General Assembly'] },
  { name: 'European Union', surfaces: ['European Union', 'EU', 'E.U.'] },
  { name: 'European Commission', surfaces: ['European Commission'] },
  { name: 'European Parliament', surfaces: ['European Parliament'] },
  { name: 'NATO', surfaces: ['NATO', 'Nato', 'North Atlantic Treaty Organization'] },
  { name: 'International Atomic Energy Agency', surfaces: ['International Atomic Energy Agency', 'IAEA'] },
  { name: 'International Monetary Fund', surfaces: ['International Monetary Fund', 'IMF'] },
  { name: 'World Bank', surfaces: ['World Bank'] },
  { name: 'World Health Organization', surfaces: ['World Health Organization', 'WHO'] },
  { name: 'World Trade Organization', surfaces: ['World Trade Organization', 'WTO'] },
  { name: 'International Criminal Court', surfaces: ['International Criminal Court', 'ICC'] },
  { name: 'African Union', surfaces: ['African Union'] },
  { name: 'OPEC', surfaces: ['OPEC', 'Organization of the Petroleum Exporting Countries'] },
  { name: 'Reuters', surfaces: ['Reuters'] },
  { name: 'Associated Press', surfaces: ['Associated Press', 'AP'] },
  { name: 'Agence France-Presse', surfaces: ['Agence France-Presse', 'Agence France Presse', 'AFP'] },
  { name: 'Bloomberg', surfaces: ['Bloomberg News'] },
  { name: 'BBC', surfaces: ['BBC'] },
  { name: 'CNN', surfaces: ['CNN'] },
  { name: 'Xinhua', surfaces: ['Xinhua'] },
  { name: 'Yonhap', surfaces: ['Yonhap'] },
  { name: 'Pentagon', surfaces: ['Pentagon'], country: 'US' },
  { name: 'FBI', surfaces: ['FBI', 'Federal Bureau of Investigation'], country: 'US' },
  { name: 'CIA', surfaces: ['CIA', 'Central Intelligence Agency'], country: 'US' },
  // Agencies and central banks whose officials news quotes by office ("NIH Director …", "ECB President …").
  { name: 'National Institutes of Health', surfaces: ['National Institutes of Health', 'NIH'], country: 'US' },
  { name: 'Centers for Disease Control and Prevention', surfaces: ['Centers for Disease Control and Prevention', 'CDC'], country: 'US' },
  { name: 'Food and Drug Administration', surfaces: ['Food and Drug Administration', 'FDA'], country: 'US' },
  { name: 'NASA', surfaces: ['NASA', 'National Aeronautics and Space Administration'], country: 'US' },
  { name: 'Environmental Protection Agency', surfaces: ['Environmental Protection Agency', 'EPA'], country: 'US' },
  { name: 'Department of Homeland Security', surfaces: ['Department of Homeland Security', 'DHS'], country: 'US' },
  { name: 'Immigration and Customs Enforcement', surfaces: ['Immigration and Customs Enforcement', 'ICE'], country: 'US' },
  { name: 'Department of Health and Human Services', surfaces: ['Department of Health and Human Services', 'HHS'], country: 'US' },
  { name: 'National Health Service', surfaces: ['National Health Service', 'NHS'], country: 'GB' },
  { name: 'European Central Bank', surfaces: ['European Central Bank', 'ECB'] },
  { name: 'Bank of England', surfaces: ['Bank of England'], country: 'GB' },
  { name: 'Police Scotland', surfaces: ['Police Scotland'], country: 'GB' },
  { name: 'Bank of Japan', surfaces: ['Bank of Japan', 'BOJ'], country: 'JP' },
  { name: 'Bundesbank', surfaces: ['Bundesbank'], country: 'DE' },
  { name: 'Interpol', surfaces: ['Interpol', 'INTERPOL'] },
  { name: 'Europol', surfaces: ['Europol'] },
  { name: 'Federal Reserve', surfaces: ['Federal Reserve', 'Fed', 'U.S. Federal Reserve'], country: 'US', notBefore: ['up', 'cup', 'ex'] },
  { name: 'Congress', surfaces: ['Congress'], country: 'US' },
  { name: 'Senate', surfaces: ['Senate'] },
  { name: 'Google', surfaces: ['Google'] },
  { name: 'Facebook', surfaces: ['Facebook'] },
  { name: 'Meta', surfaces: ['Meta Platforms', 'Meta'], notBefore: ['department', 'province', 'river'] },
  { name: 'Twitter', surfaces: ['Twitter'] },
  { name: 'Microsoft', surfaces: ['Microsoft'] },
  { name: 'YouTube', surfaces: ['YouTube'] },
  { name: 'Instagram', surfaces: ['Instagram'] },
  { name: 'Wikipedia', surfaces: ['Wikipedia'] },
  // Platforms officials post on ("the governor said on Telegram"), read as places or people after "on".
  { name: 'Telegram', surfaces: ['Telegram'], notBefore: ['newspaper', 'and'] },
  { name: 'WhatsApp', surfaces: ['WhatsApp'] },
  { name: 'Truth Social', surfaces: ['Truth Social'], country: 'US' },
  { name: 'Bluesky', surfaces: ['Bluesky'] },
  { name: 'LinkedIn', surfaces: ['LinkedIn'] },
  { name: 'Reddit', surfaces: ['Reddit'] },
  { name: 'Weibo', surfaces: ['Weibo'], country: 'CN' },
  { name: 'WeChat', surfaces: ['WeChat'], country: 'CN' },
  // Companies news keeps naming as employers and sources, whose names read like words or places.
  { name: 'Apple', surfaces: ['Apple', 'Apple Inc.'], country: 'US', notBefore: ['pie', 'pies', 'juice', 'cider', 'tree', 'trees', 'orchard', 'orchards', 'growers', 'harvest'] },
  { name: 'Amazon', surfaces: ['Amazon', 'Amazon.com'], country: 'US', notBefore: ['rainforest', 'river', 'basin', 'jungle', 'forest', 'region', 'delta', 'tribes', 'indigenous'] },
  { name: 'Tesla', surfaces: ['Tesla'], country: 'US', notBefore: ['coil', 'coils'] },
  { name: 'Nvidia', surfaces: ['Nvidia', 'NVIDIA'], country: 'US' },
  { name: 'Walmart', surfaces: ['Walmart', 'Wal-Mart'], country: 'US' },
  { name: 'Uber', surfaces: ['Uber'], country: 'US' },
  { name: 'Airbnb', surfaces: ['Airbnb'], country: 'US' },
  { name: 'Starbucks', surfaces: ['Starbucks'], country: 'US' },
  { name: 'Goldman Sachs', surfaces: ['Goldman Sachs'], country: 'US' },
  { name: 'JPMorgan Chase', surfaces: ['JPMorgan Chase', 'JPMorgan', 'JP Morgan', 'J.P. Morgan'], country: 'US' },
  { name: 'Morgan Stanley', surfaces: ['Morgan Stanley'], country: 'US' },
  { name: 'ExxonMobil', surfaces: ['ExxonMobil', 'Exxon Mobil', 'Exxon'], country: 'US' },
  { name: 'Toyota', surfaces: ['Toyota', 'Toyota Motor'], country: 'JP' },
  { name: 'Volkswagen', surfaces: ['Volkswagen', 'VW'], country: 'DE' },
  { name: 'OpenAI', surfaces: ['OpenAI'], country: 'US' },
  { name: 'Anthropic', surfaces: ['Anthropic'], country: 'US' },
  { name: 'SpaceX', surfaces: ['SpaceX'], country: 'US' },
  { name: 'Netflix', surfaces: ['Netflix'], country: 'US' },
  { name: 'Boeing', surfaces: ['Boeing'], country: 'US' },
  { name: 'Airbus', surfaces: ['Airbus'] },
  { name: 'Pfizer', surfaces: ['Pfizer'], country: 'US' },
  { name: 'Samsung', surfaces: ['Samsung', 'Samsung Electronics'], country: 'KR' },
  { name: 'Huawei', surfaces: ['Huawei'], country: 'CN' },
  { name: 'TikTok', surfaces: ['TikTok'] },
  { name: 'ByteDance', surfaces: ['ByteDance'], country: 'CN' },
  { name: 'Hamas', surfaces: ['Hamas'] },
  { name: 'Hezbollah', surfaces: ['Hezbollah'] },
  { name: 'Taliban', surfaces: ['Taliban'] },
  { name: 'Islamic State', surfaces: ['Islamic State', 'ISIS', 'ISIL'] },
  // News agencies and broadcasters that speakers "tell" and reports cite, whose names read like a person's or
  // a place's ("told Al Jazeera", "Interfax reported").
  { name: 'Al Jazeera', surfaces: ['Al Jazeera', 'Al-Jazeera'], country: 'QA' },
  { name: 'Al Arabiya', surfaces: ['Al Arabiya', 'Al-Arabiya'], country: 'SA' },
  { name: 'TASS', surfaces: ['TASS', 'Tass'], country: 'RU' },
  { name: 'Interfax', surfaces: ['Interfax'], country: 'RU' },
  { name: 'RIA Novosti', surfaces: ['RIA Novosti', 'RIA'], country: 'RU' },
  { name: 'Kyodo News', surfaces: ['Kyodo News', 'Kyodo'], country: 'JP' },
  { name: 'NPR', surfaces: ['NPR'], country: 'US' },
  // Humanitarian and rights bodies often named as sources.
  { name: 'Amnesty International', surfaces: ['Amnesty International', 'Amnesty'] },
  { name: 'Human Rights Watch', surfaces: ['Human Rights Watch', 'HRW'] },
  { name: 'International Committee of the Red Cross', surfaces: ['International Committee of the Red Cross', 'ICRC'] },
  { name: 'Doctors Without Borders', surfaces: ['Doctors Without Borders', 'Médecins Sans Frontières', 'MSF'] },
  { name: 'UNICEF', surfaces: ['UNICEF', 'Unicef'] },
  { name: 'UNHCR', surfaces: ['UNHCR'] },
  { name: 'Greenpeace', surfaces: ['Greenpeace'] },
  { name: 'Friends of the Earth', surfaces: ['Friends of the Earth'] },
  { name: 'World Food Programme', surfaces: ['World Food Programme', 'World Food Program', 'WFP'] },
  // Football clubs whose names read as a word, a person or a place ("Arsenal beat…" at a sentence start, "Aston
  // Villa" as a person, "Nottingham Forest" as a forest). Clubs named only by their city are left to context.
  { name: 'Arsenal', surfaces: ['Arsenal'], country: 'GB' },
  { name: 'Everton', surfaces: ['Everton'], country: 'GB' },
  { name: 'Aston Villa', surfaces: ['Aston Villa'], country: 'GB' },
  { name: 'Nottingham Forest', surfaces: ['Nottingham Forest'], country: 'GB' },
  { name: 'West Ham United', surfaces: ['West Ham United', 'West Ham'], country: 'GB' },
  { name: 'Juventus', surfaces: ['Juventus'], country: 'IT' },
  { name: 'Paris Saint-Germain', surfaces: ['Paris Saint-Germain', 'PSG'], country: 'FR' },
  { name: 'Real Madrid', surfaces: ['Real Madrid'], country: 'ES' },
  { name: 'Atlético Madrid', surfaces: ['Atlético Madrid', 'Atletico Madrid'], country: 'ES' },
  { name: 'Bayern Munich', surfaces: ['Bayern Munich', 'Bayern München', 'Bayern'], country: 'DE' },
  { name: 'Borussia Dortmund', surfaces: ['Borussia Dortmund'], country: 'DE' },
  // Charities whose names open with a verb or read like a place ("to Save the Children": not the town Savé).
  { name: 'Save the Children', surfaces: ['Save the Children'] },
  { name: 'Oxfam', surfaces: ['Oxfam', 'Oxfam International'] },
  { name: 'International Rescue Committee', surfaces: ['International Rescue Committee', 'IRC'] },
  { name: 'Mercy Corps', surfaces: ['Mercy Corps'] },
  { name: 'Norwegian Refugee Council', surfaces: ['Norwegian Refugee Council'] },
  { name: 'Reporters Without Borders', surfaces: ['Reporters Without Borders', 'Reporters Sans Frontières', 'RSF'] },
  { name: 'Committee to Protect Journalists', surfaces: ['Committee to Protect Journalists', 'CPJ'] },
  { name: 'Transparency International', surfaces: ['Transparency International'] },
  // Parliaments, security services, parties and public bodies that news names by one word that reads as a place
  // or a person ("a statement from the Knesset", "Shin Bet said"). ("Duma" alone is also a Syrian town: only
  // "State Duma".)
  { name: 'Knesset', surfaces: ['Knesset'], country: 'IL' },
  { name: 'Bundestag', surfaces: ['Bundestag'], country: 'DE' },
  { name: 'State Duma', surfaces: ['State Duma'], country: 'RU' },
  { name: 'Politburo', surfaces: ['Politburo'] },
  { name: 'Mossad', surfaces: ['Mossad'], country: 'IL' },
  { name: 'Shin Bet', surfaces: ['Shin Bet'], country: 'IL' },
  { name: 'MI5', surfaces: ['MI5'], country: 'GB' },
  { name: 'MI6', surfaces: ['MI6'], country: 'GB' },
  { name: 'GCHQ', surfaces: ['GCHQ'], country: 'GB' },
  { name: 'Scotland Yard', surfaces: ['Scotland Yard'], country: 'GB' },
  { name: 'Ofcom', surfaces: ['Ofcom'], country: 'GB' },
  { name: 'Eurostat', surfaces: ['Eurostat'] },
  { name: 'UNRWA', surfaces: ['UNRWA'] },
  { name: 'Fatah', surfaces: ['Fatah'], party: true },
  { name: 'Sinn Féin', surfaces: ['Sinn Féin', 'Sinn Fein'], party: true },
  { name: 'Frelimo', surfaces: ['Frelimo'], country: 'MZ', party: true },
  // Companies named after their founders or opened by a title word, which read as people ("Northrop Grumman won a
  // contract", "Philip Morris raised prices", "General Electric fell").
  { name: 'Lockheed Martin', surfaces: ['Lockheed Martin'], country: 'US' },
  { name: 'Northrop Grumman', surfaces: ['Northrop Grumman'], country: 'US' },
  { name: 'General Dynamics', surfaces: ['General Dynamics'], country: 'US' },
  { name: 'General Motors', surfaces: ['General Motors'], country: 'US' },
  { name: 'General Electric', surfaces: ['General Electric'], country: 'US' },
  { name: 'General Mills', surfaces: ['General Mills'], country: 'US' },
  { name: 'Philip Morris International', surfaces: ['Philip Morris International', 'Philip Morris'], country: 'US' },
  { name: 'Charles Schwab', surfaces: ['Charles Schwab'], country: 'US' },
  { name: 'Johnson & Johnson', surfaces: ['Johnson & Johnson'], country: 'US' },
  { name: 'Procter & Gamble', surfaces: ['Procter & Gamble'], country: 'US' },
  { name: 'Eli Lilly', surfaces: ['Eli Lilly'], country: 'US' },
  { name: 'Berkshire Hathaway', surfaces: ['Berkshire Hathaway'], country: 'US' },
  { name: 'Marks & Spencer', surfaces: ['Marks & Spencer', 'Marks and Spencer'], country: 'GB' },
  { name: 'Estée Lauder', surfaces: ['Estée Lauder', 'Estee Lauder'], country: 'US' },
  { name: 'Louis Vuitton', surfaces: ['Louis Vuitton'], country: 'FR' },
  { name: 'Rolls-Royce', surfaces: ['Rolls-Royce'], country: 'GB' },
  { name: 'Harley-Davidson', surfaces: ['Harley-Davidson'], country: 'US' },
  // Political parties whose members hold the offices news reports, by the names and short forms news writes them
  // with ("AfD co-leader Alice Weidel", "the leader of the far-right National Rally"). Names that other parties'
  // names end with ("Democratic Party" in "Kurdistan Democratic Party", "Labour Party" in "Scottish Labour Party")
  // are left to context.
  { name: 'Republican Party', surfaces: ['GOP'], country: 'US', party: true },
  { name: 'Labour Party', surfaces: ['Labour'], country: 'GB', notBefore: ['party', 'congress', 'union', 'unions', 'federation', 'confederation', 'council', 'commission', 'board', 'movement', 'front', 'relations', 'rights', 'statistics', 'exchange', 'day', 'force', 'market', 'code', 'court', 'ministry', 'minister', 'department', 'office', 'inspectorate', 'organisation', 'organization'], party: true },
  { name: 'Liberal Democrats', surfaces: ['Liberal Democrats', 'Lib Dems'], country: 'GB', party: true },
  { name: 'Reform UK', surfaces: ['Reform UK'], country: 'GB', party: true },
  { name: 'Scottish National Party', surfaces: ['Scottish National Party', 'SNP'], country: 'GB', party: true },
  { name: 'Plaid Cymru', surfaces: ['Plaid Cymru'], country: 'GB', party: true },
  { name: 'Democratic Unionist Party', surfaces: ['Democratic Unionist Party', 'DUP'], country: 'GB', party: true },
  { name: 'National Rally', surfaces: ['National Rally', 'Rassemblement National'], country: 'FR', party: true },
  { name: 'Alternative for Germany', surfaces: ['Alternative for Germany', 'AfD'], country: 'DE', party: true },
  { name: 'Christian Democratic Union', surfaces: ['Christian Democratic Union', 'CDU'], country: 'DE', party: true },
  { name: 'Christian Social Union', surfaces: ['Christian Social Union', 'CSU'], country: 'DE', party: true },
  { name: 'Social Democratic Party of Germany', surfaces: ['SPD'], country: 'DE', party: true },
  { name: 'Brothers of Italy', surfaces: ['Brothers of Italy', 'Fratelli d’Italia', "Fratelli d'Italia"], country: 'IT', party: true },
  { name: 'Forza Italia', surfaces: ['Forza Italia'], country: 'IT', party: true },
  { name: 'PSOE', surfaces: ['PSOE', 'Spanish Socialist Workers’ Party', "Spanish Socialist Workers' Party"], country: 'ES', party: true },
  { name: 'Podemos', surfaces: ['Podemos'], country: 'ES', party: true },
  { name: 'Fidesz', surfaces: ['Fidesz'], country: 'HU', party: true },
  { name: 'Law and Justice', surfaces: ['PiS'], country: 'PL', party: true },
  { name: 'Civic Platform', surfaces: ['Civic Platform'], country: 'PL', party: true },
  { name: 'Syriza', surfaces: ['Syriza', 'SYRIZA'], country: 'GR', party: true },
  { name: 'United Russia', surfaces: ['United Russia'], country: 'RU', party: true },
  { name: 'Likud', surfaces: ['Likud'], country: 'IL', party: true },
  { name: 'Yesh Atid', surfaces: ['Yesh Atid'], country: 'IL', party: true },
  { name: 'Bharatiya Janata Party', surfaces: ['Bharatiya Janata Party', 'BJP'], country: 'IN', party: true },
  { name: 'Indian National Congress', surfaces: ['Indian National Congress'], country: 'IN', party: true },
  { name: 'Aam Aadmi Party', surfaces: ['Aam Aadmi Party'], country: 'IN', party: true },
  { name: 'Pakistan Tehreek-e-Insaf', surfaces: ['Pakistan Tehreek-e-Insaf', 'Pakistan Tehrik-e-Insaf', 'PTI'], country: 'PK', party: true },
  { name: 'Pakistan Muslim League-Nawaz', surfaces: ['Pakistan Muslim League-Nawaz', 'PML-N'], country: 'PK', party: true },
  { name: 'Awami League', surfaces: ['Awami League'], country: 'BD', party: true },
  { name: 'Liberal Democratic Party', surfaces: ['LDP'], country: 'JP', party: true },
  { name: 'Kuomintang', surfaces: ['Kuomintang', 'KMT'], country: 'TW', party: true },
  { name: 'Chinese Communist Party', surfaces: ['Chinese Communist Party', 'Communist Party of China', 'CCP'], country: 'CN', party: true },
  { name: 'African National Congress', surfaces: ['African National Congress', 'ANC'], country: 'ZA', party: true },
  { name: 'Economic Freedom Fighters', surfaces: ['Economic Freedom Fighters'], country: 'ZA', party: true },
  { name: 'ZANU-PF', surfaces: ['ZANU-PF', 'Zanu-PF'], country: 'ZW', party: true },
  { name: 'Muslim Brotherhood', surfaces: ['Muslim Brotherhood'], party: true },
  { name: 'Nasdaq', surfaces: ['Nasdaq'], country: 'US' },
  { name: 'New York Stock Exchange', surfaces: ['New York Stock Exchange', 'NYSE'], country: 'US' },
  { name: 'Der Spiegel', surfaces: ['Der Spiegel'], country: 'DE' },
];

/** Names of the known parties ({@link KnownOrg.party}). */
const PARTY_NAMES: ReadonlySet<string> = new Set(KNOWN_ORGS.filter((o) => o.party).map((o) => o.name));

/** True when `name` is the name of a known political party ("National Rally", "Likud"). */
export function isKnownParty(name: string): boolean {
  return PARTY_NAMES.has(name);
}
