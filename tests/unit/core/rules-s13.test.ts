/**
 * Table tests for the rules of session 13 (own example sentences and invented names, none from the corpora): each
 * table lists cases that must read as given and cases that must not.
 */
import { analyze } from '../../../src/core/index';
import { flat, card } from './rule-views';

describe('a name after a work\'s noun is the work\'s title, not a person or an organisation', () => {
  it.each([
    ['The film Odessa Moon won the top prize at the festival.', 'Odessa Moon'],
    ['The film Anora won the top prize at the festival.', 'Anora'],
    ["Lena Varga's album The Quiet Hours Department topped the chart.", 'Quiet Hours Department'],
    ['He starred in the HBO series Halvard, which ran for four years.', 'Halvard'],
    ['The play Marguerite returns to the stage in June.', 'Marguerite'],
    ['Her memoir Tessa Black, published in May, sold well.', 'Tessa Black'],
  ])('%s', (text, name) => {
    expect(flat(text).filter((s) => s.endsWith(`:${name}`))).toEqual([]);
  });
  it.each([
    // The name as the subject of a clause about the work stays a person.
    ['The film Ana Ruiz directed won a prize.', 'PER:Ana Ruiz'],
    ['She praised the film Ana Ruiz directed.', 'PER:Ana Ruiz'],
    // "play", "show" and "series" that are verbs or no work's noun.
    ['Ravens play Chelsea on Saturday at home.', 'ORG:Chelsea'],
    ['Polls show Marek Zielinski ahead in the race.', 'PER:Marek Zielinski'],
  ])('%s', (text, expected) => {
    expect(flat(text)).toContain(expected);
  });
});

describe('"Greater" before a city names the metropolitan region, one place', () => {
  it.each([
    ['Officials in Greater Manchester said the trams would run.', ['LOC:Greater Manchester']],
    ['Floods hit Greater Cairo overnight.', ['LOC:Greater Cairo']],
    ['Traffic in the Greater Toronto Area was heavy.', ['LOC:Greater Toronto Area']],
    ['Greater Manchester mayor Idris Fenwick said the trams would run.', ['LOC:Greater Manchester', 'PER:Idris Fenwick']],
    // A body's longer name stays the body's.
    ['Greater Manchester Police said two men were arrested.', ['ORG:Greater Manchester Police']],
    // "greater" in lower case is an adjective.
    ['The storm caused greater damage in Manchester than expected.', ['LOC:Manchester']],
  ])('%s', (text, expected) => {
    expect(flat(text)).toEqual(expected);
  });
});

describe('a quote of shares in brackets ("(NYSE: BA)") is no mention, and the name before it is a company', () => {
  it.each([
    ['Halvard Mining (ASX: HVM) said output rose.', ['ORG:Halvard Mining']],
    ['Shares of Kestrel Dynamics (Nasdaq: KSTL) rose 4%.', ['ORG:Kestrel Dynamics']],
    ['Vantor Group (LSE: VTG; NYSE: VTGR) posted a profit.', ['ORG:Vantor Group']],
    // The exchange named in running text stays.
    ['Halvard Mining (ASX: HVM) fell. It listed on the ASX in 2019.', ['ORG:Halvard Mining', 'ORG:ASX']],
    // A bracket that is no quote of shares.
    ['Talks (BBC: live) continued in Geneva.', ['ORG:BBC', 'LOC:Geneva']],
  ])('%s', (text, expected) => {
    expect(flat(text)).toEqual(expected);
  });
  it('the chief executive of the company, not of the exchange', () => {
    expect(card('Boeing (NYSE: BA) reported a loss, its chief executive, Marta Olsen, said.', 'Marta Olsen')).toBe('chief executive | Boeing | United States');
  });
});

describe('the word before a party member\'s noun ("Green candidate", "Liberal incumbent") names the party', () => {
  it.each([
    ['In the riding of Nepean, Liberal incumbent Chandra Velu was not allowed to run.', ['ORG:Liberal', 'PER:Chandra Velu']],
    ['The Green candidate, Mara Holt, came second.', ['ORG:Green', 'PER:Mara Holt']],
    // A place before lawmakers stays a place; a person named after the noun stays a person.
    ['Ohio lawmakers passed the bill on Tuesday.', ['LOC:Ohio']],
    ['The candidate, Mara Holt, came second.', ['PER:Mara Holt']],
  ])('%s', (text, expected) => {
    expect(flat(text)).toEqual(expected);
  });
  it('the party is no town on the card list', () => {
    const a = analyze('In the riding of Nepean, Liberal incumbent Chandra Velu was not allowed to run.', { ignoreLanguage: true });
    expect(a.places.map((p) => p.name)).toEqual([]);
    expect(a.organizations.map((o) => o.name)).toEqual(['Liberal']);
  });
});

describe('a quoted title may hold the small words of other languages ("Corazón de Piedra")', () => {
  it.each([
    ['Singer Maribel Soto will perform her hit "Corazón de Piedra" in Seville.', ['PER:Maribel Soto', 'LOC:Seville']],
    ['Their single "Lucía del Mar" went gold in Chile.', ['LOC:Chile']],
    // A nickname between the parts of a name and running speech stay as they were.
    ['Walter "Dusty" Marsh said he was happy.', ['PER:Walter "Dusty" Marsh']],
    ['"Ask Juan de Souza about it," Ana Prieto said.', ['PER:Juan de Souza', 'PER:Ana Prieto']],
  ])('%s', (text, expected) => {
    expect(flat(text)).toEqual(expected);
  });
});

describe('a family name\'s particle written with a capital ("Del Castillo said") stays part of the name', () => {
  it.each([
    ['The senator, José Luis del Castillo, said the bill would pass. Del Castillo did not elaborate.', ['PER:José Luis del Castillo', 'PER:Del Castillo']],
    ['Striker Lucas dos Santos scored. Dos Santos has 12 goals.', ['PER:Lucas dos Santos', 'PER:Dos Santos']],
    // A capitalised particle with no such family name in the document is left as read.
    ['Van Morrison played in Belfast.', ['PER:Van Morrison', 'LOC:Belfast']],
  ])('%s', (text, expected) => {
    expect(flat(text)).toEqual(expected);
  });
});

describe('a role phrase opening the sentence without an article is an appositive\'s role ("Labour MP for Bath, X, said")', () => {
  it.each([
    ['Conservative MP for Huntingdon, Ben Ashby, said the result was a disappointment.', 'Ben Ashby', 'MP'],
    ['Finance minister, Kofi Mensah, said inflation had peaked.', 'Kofi Mensah', 'Finance minister'],
    ['Conservative deputy leader, Ann Holt, said no.', 'Ann Holt', 'deputy leader'],
    // Still with the article.
    ["The company's chief executive, Lena Brandt, said sales had doubled.", 'Lena Brandt', 'chief executive'],
  ])('%s', (text, name, role) => {
    expect(card(text, name).split(' | ')[0]).toBe(role);
  });
  it.each([
    // No role word before the comma: no role.
    ['In Paris, Ana Ruiz said no.', 'Ana Ruiz'],
    ['Police, Ann Holt, said no.', 'Ann Holt'],
  ])('%s', (text, name) => {
    expect(card(text, name).split(' | ')[0]).toBe('-');
  });
});

describe('the name after a legislator\'s noun and "for" is the seat, a place ("the MP for Bath")', () => {
  it.each([
    ['The MP for Bath, Wera Hollins, said she would vote against it.', ['LOC:Bath', 'PER:Wera Hollins']],
    ['The Labour MP for Leeds Central, Edna Pryor, said the plan was sound.', ['ORG:Labour', 'LOC:Leeds Central', 'PER:Edna Pryor']],
    ['Alma Reyes, MP for Harrogate and Knaresborough, resigned.', ['PER:Alma Reyes', 'LOC:Harrogate and Knaresborough']],
    ['She was elected MP for Newcastle upon Tyne Central in 2019.', ['LOC:Newcastle upon Tyne Central']],
    // "and" then more words: two names.
    ['The MP for Bath and Labour leader Tom Reeve spoke.', ['LOC:Bath', 'ORG:Labour', 'PER:Tom Reeve']],
    // A board member sits for no seat.
    ['A board member for Tesla, Ana Ruiz, said no.', ['ORG:Tesla', 'PER:Ana Ruiz']],
  ])('%s', (text, expected) => {
    expect(flat(text)).toEqual(expected);
  });
});

describe('a cited publication written with its article ("a correspondent for The Atlantic") is an organisation', () => {
  it.each([
    ['Anika Sorvik is a senior correspondent for The Atlantic.', ['PER:Anika Sorvik', 'ORG:The Atlantic']],
    ['She previously worked at The Guardian, Anika Sorvik said.', ['ORG:The Guardian', 'PER:Anika Sorvik']],
    ['He spoke to The Atlantic about the war.', ['ORG:The Atlantic']],
    // Places named with their article, and a venue without a citing word, stay places.
    ['They flew to The Hague on Monday.', ['LOC:The Hague']],
    ['She spoke at The Oval on Monday.', ['LOC:The Oval']],
  ])('%s', (text, expected) => {
    expect(flat(text)).toEqual(expected);
  });
});

describe('local legislators\' and court officers\' titles ("Alderman", "Supervisor", "Assemblywoman", "Magistrate")', () => {
  it.each([
    ['Alderman Tomasz Nowak of the 41st Ward voted against the ordinance.', 'Tomasz Nowak', 'Alderman'],
    ['Supervisor Hilda Ramirez of Los Angeles County said 2,000 homes burned.', 'Hilda Ramirez', 'Supervisor'],
    ['Assemblywoman Rosa Ibarro introduced the bill in Albany.', 'Rosa Ibarro', 'Assemblywoman'],
    ['Magistrate Dora Kwame remanded the suspect.', 'Dora Kwame', 'Magistrate'],
  ])('%s', (text, name, role) => {
    expect(card(text, name).split(' | ')[0]).toBe(role);
  });
});

describe('the name after a score and a result\'s noun ("the 1-1 draw with Napoli") is the other side, a team', () => {
  it.each([
    ['Juventus midfielder Teun Kooistra was injured in the 1-1 draw with Napoli.', 'ORG:Napoli'],
    ['Sevilla sacked their coach on Monday after a 3-0 loss to Getafe.', 'ORG:Getafe'],
    ['The 2-1 home defeat to Leicester hurt.', 'ORG:Leicester'],
    // A national side stays its country, a player stays a person, and no score means no match.
    ["Brazil's 2-1 win over Argentina sealed the group.", 'LOC:Argentina'],
    ["Ruud's 6-3 6-4 win over Tomas Bartek was quick.", 'PER:Tomas Bartek'],
    ['The plant closure was a loss to Leicester, the mayor said.', 'LOC:Leicester'],
  ])('%s', (text, expected) => {
    expect(flat(text)).toContain(expected);
  });
});

/** Names of the place cards and organisation cards of a text. */
function cards(text: string): string {
  const a = analyze(text, { ignoreLanguage: true });
  return `places: ${a.places.map((p) => `${p.name} ×${p.mentions.length}`).join(', ')}; orgs: ${a.organizations.map((o) => o.name).join(', ')}`;
}

describe('a county read as an organisation over exactly the gazetteer\'s place is one card, the place', () => {
  it.each([
    ['Cook County sued the company on Monday.', 'places: Cook County ×1; orgs: '],
    ['Harris County Judge Lina Hidalgo declared a disaster.', 'places: Harris County ×1; orgs: '],
    ['Supervisor Hilda Ramirez of Los Angeles County said 2,000 homes burned.', 'places: Los Angeles County ×1; orgs: '],
    // A body named with more words keeps its card.
    ['The Cook County Board of Commissioners met on Monday.', 'places: ; orgs: Cook County Board of Commissioners'],
  ])('%s', (text, expected) => {
    expect(cards(text)).toBe(expected);
  });
});

describe('a title word ending the tagger\'s person, with no name after it, is the family name ("Alastair King")', () => {
  it.each([
    ['Alastair King hosted the banquet.', ['PER:Alastair King']],
    ['The Lord Mayor of London, Alastair King, hosted the banquet.', ['LOC:London', 'PER:Alastair King']],
    // A title before a name stays an office.
    ['Israeli Prime Minister Benjamin Netanyahu spoke.', ['MISC:Israeli', 'PER:Benjamin Netanyahu']],
  ])('%s', (text, expected) => {
    expect(flat(text)).toEqual(expected);
  });
  it('an office with its complement is no family name ("Mary Queen of Scots")', () => {
    expect(flat('Mary Queen of Scots was executed in 1587.')).not.toContain('PER:Mary Queen');
  });
});

describe('an office\'s words alone ("Lord Mayor") name no place or body', () => {
  it.each([
    ["Sydney's Lord Mayor, Clover Moorby, said the city would plant 10,000 trees.", ['LOC:Sydney', 'PER:Clover Moorby']],
    // A body's head word at the end keeps the body.
    ['The Supreme Court ruled on Friday.', ['ORG:Supreme Court']],
    ['The Home Office said the rules would change.', ['ORG:Home Office']],
  ])('%s', (text, expected) => {
    expect(flat(text)).toEqual(expected);
  });
});

describe('Scotland\'s national police force is a known body ("Police Scotland")', () => {
  it('is an organisation, the officer\'s', () => {
    expect(flat('Police Scotland said a man had been arrested in Dundee.')).toEqual(['ORG:Police Scotland', 'LOC:Dundee']);
    expect(card('A spokeswoman for Police Scotland, Inspector Moira Dunne, said inquiries continue.', 'Moira Dunne')).toBe('Inspector | Police Scotland | United Kingdom');
  });
});
