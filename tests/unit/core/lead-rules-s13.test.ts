/**
 * Table tests for the lead's rules of session 13 (own example sentences and invented names, none from the
 * corpora): each table lists cases that must read as given and cases that must not.
 */
import { analyze } from '../../../src/core/index';
import { flat, card } from './rule-views';

/** Each quote of `text` as `speaker name <- first words`. */
function quotes(text: string): string[] {
  const out: string[] = [];
  for (const p of analyze(text, { ignoreLanguage: true }).people) {
    for (const q of p.quotes ?? []) out.push(`${p.name} <- ${text.slice(q.span.start, q.span.end).split(' ').slice(0, 3).join(' ')}`);
  }
  return out.sort();
}

describe('a name in apposition to a title or a noun for a person is that person, whatever else its words name', () => {
  it.each([
    ['Her lawyer, Rose Bay, said the ruling would be appealed.', 'PER:Rose Bay'],
    ['The mayor, Victoria Park, said the road would reopen.', 'PER:Victoria Park'],
    ["The party's treasurer, Jordan Lake, resigned on Friday.", 'PER:Jordan Lake'],
    ['His wife, Rose Bay, said he was innocent.', 'PER:Rose Bay'],
    ['The actress, Ana María Ruiz, said she was moved.', 'PER:Ana María Ruiz'],
  ])('%s', (text, span) => {
    expect(flat(text)).toContain(span);
  });
  it.each([
    // Nouns that are no individuals, and names that are organisations.
    ["The city's largest park, Victoria Park, reopened.", 'LOC:Victoria Park'],
    ['The venue, Victoria Park, was full.', 'LOC:Victoria Park'],
    ['His hometown, Rose Bay, is quiet.', 'LOC:Rose Bay'],
    ['His lawyer, Morgan Stanley, said it.', 'ORG:Morgan Stanley'],
  ])('%s', (text, span) => {
    expect(flat(text)).toContain(span);
  });
  it('three words only as given name, given name or initial, family name', () => {
    expect(flat('Her lawyer, Rose Bay Legal, said it.')).not.toContain('PER:Rose Bay Legal');
  });
});

describe('a colon after a sentence whose subject is a possessive and a noun for a person, then the name', () => {
  it.each([
    [
      'The senator, Ruth Calloway, was blunt. "This bill is dead," she said. Her colleague Sam Whitfield disagreed: "There is still time."',
      ['Ruth Calloway <- This bill is', 'Sam Whitfield <- There is still'],
    ],
    [
      'The coach was unrepentant. "We played better," said Tom Keller. Striker Joao Pinto was less sure: "We were lucky."',
      ['Joao Pinto <- We were lucky.', 'Tom Keller <- We played better,'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
  it('a sentence that opens with a preposition is no subject: the quote keeps the last speaker', () => {
    const text = '"We played better," said Tom Keller. After the match with Joao Pinto, the mood was grim: "We were lucky."';
    expect(quotes(text)).toEqual(['Tom Keller <- We played better,', 'Tom Keller <- We were lucky.']);
  });
});

describe('quotes: a full stop ends the words, and a relative clause sits between the speaker and the verb', () => {
  it('a quote that ends with a full stop is not attributed by the next sentence', () => {
    const text = 'Dr. Lin Wei, who leads the study at Fudan University, said the results were "encouraging but early." She added: "We need a larger trial."';
    const p = analyze(text, { ignoreLanguage: true }).people.find((x) => x.name === 'Lin Wei');
    const speakers = (p?.quotes ?? []).map((q) => `${text.slice(q.span.start, q.span.end).split(' ')[0]} via ${text.slice(q.speaker.start, q.speaker.end)}`);
    expect(speakers).toEqual(['encouraging via Dr. Lin Wei', 'We via She']);
  });
  it.each([
    ['"Why not?" she asked. ', 'Why not?'],
    ['"Enough!" the mayor, Jonas Berg, shouted. ', 'Enough!'],
  ])('a question or an exclamation may still be attributed after it: %s', (text, words) => {
    const all = analyze(`Jonas Berg was asked about the plan. ${text}`, { ignoreLanguage: true }).people.flatMap((p) => p.quotes ?? []);
    expect(all.map((q) => `Jonas Berg was asked about the plan. ${text}`.slice(q.span.start, q.span.end))).toContain(words);
  });
  it.each([
    ['Ana Ruiz, who chairs the committee, said the bill was "a step backwards."', 'Ana Ruiz <- a step backwards.'],
    ['The minister, Ivo Petrov, whose ministry runs the scheme, said it was "working well."', 'Ivo Petrov <- working well.'],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual([expected]);
  });
});

describe('an office with its portfolio ("Minister for Health") and an office "of" a body named with a place', () => {
  it.each([
    ["Kenya's Minister for Health, Mary Wanjiku, said the outbreak was under control.", 'Mary Wanjiku', 'Minister for Health | - | Kenya'],
    ['The Minister for Foreign Affairs, Tomas Ruiz, said the talks had ended.', 'Tomas Ruiz', 'Minister for Foreign Affairs | - | -'],
    ["Kenya's Cabinet Secretary for Health, Mary Wanjiku, said it was over.", 'Mary Wanjiku', 'Cabinet Secretary for Health | - | Kenya'],
    ['Deputy Governor of the Bank of Japan Kenta Mori said rates would stay low.', 'Kenta Mori', 'Deputy Governor of the Bank of Japan | Bank of Japan | Japan'],
    ['Governor of the Bank of England Alan Reeve said rates would stay high.', 'Alan Reeve', 'Governor of the Bank of England | Bank of England | United Kingdom'],
  ])('%s', (text, name, expected) => {
    expect(card(text, name)).toBe(expected);
  });
  it.each([
    ["Kenya's Minister of Health, Mary Wanjiku, said it.", ['LOC:Kenya', 'PER:Mary Wanjiku']],
    ['The Minister for Foreign Affairs, Tomas Ruiz, said it.', ['PER:Tomas Ruiz']],
    // A ministry is a body; a place after a body's "of" with no office before it keeps the name whole.
    ['The Ministry of Health said it.', ['ORG:Ministry of Health']],
    ['The University of California Los Angeles said it would appeal.', ['ORG:University of California Los Angeles']],
    ['The Bank of Ireland Group reported a profit.', ['ORG:Bank of Ireland Group']],
  ])('%s', (text, spans) => {
    expect(flat(text)).toEqual(spans);
  });
});

describe('a lower-case office before a rank: the grade words are no name, and the office gives the country', () => {
  it.each([
    ['Israeli military spokesman Rear Adm. Dov Amit said the strikes continued.', ['MISC:Israeli', 'PER:Dov Amit']],
    ['Israeli military spokesman Rear Admiral Dov Amit said the strikes continued.', ['MISC:Israeli', 'PER:Dov Amit']],
  ])('%s', (text, spans) => {
    expect(flat(text)).toEqual(spans);
  });
  it.each([
    ['Pakistani army spokesman Lt. Gen. Tariq Nawaz told reporters.', 'Tariq Nawaz', 'Lieutenant General | - | Pakistan'],
    ["Israel's military spokesman Rear Adm. Dov Amit said it.", 'Dov Amit', 'Rear Admiral | - | Israel'],
    ['Israeli military spokesman Rear Admiral Dov Amit said it.', 'Dov Amit', 'Rear Admiral | - | Israel'],
    ['Pakistani army chief Field Marshal Tariq Nawaz visited Washington.', 'Tariq Nawaz', 'Field Marshal | - | Pakistan'],
    ['The Pentagon press secretary Maj. Gen. Paul Reed said it.', 'Paul Reed', 'Major General | Pentagon | United States'],
    // No office before the rank: nothing to read.
    ['The spokesman Gen. Ali Reza said it.', 'Ali Reza', 'General | - | -'],
    // A place before the rank with no office between gives nothing either (the town is where, not whose).
    ['In Lahore Lt. Gen. Tariq Nawaz said it.', 'Tariq Nawaz', 'Lieutenant General | - | -'],
  ])('%s', (text, name, expected) => {
    expect(card(text, name)).toBe(expected);
  });
});

describe('what an office of a company is "of" is a body, not a place the gazetteer does not know', () => {
  it.each([
    ['"We are cutting jobs," said Ola Berg, the chairman of Mercedes-Benz.', 'ORG:Mercedes-Benz'],
    ['The chief executive of Klarna, Ida Lund, said it.', 'ORG:Klarna'],
    ['The chairman of Ryanair, Stan Hale, said it.', 'ORG:Ryanair'],
    // One word read as a person there, no given name, is that body too.
    ['The chief executive of Halvorsen, Ida Lund, said it.', 'ORG:Halvorsen'],
    // An office of a territory keeps its place; a place the gazetteer knows stays a place.
    ['The mayor of Komárno said the bridge was safe.', 'LOC:Komárno'],
    ['The chief executive of the port of Rotterdam said it.', 'LOC:Rotterdam'],
  ])('%s', (text, span) => {
    expect(flat(text)).toContain(span);
  });
});

describe('an office given by appointment, active or passive, with a new holder', () => {
  it.each([
    ['Varrow named Ana Ruiz as its new chief executive on Monday.', 'Ana Ruiz', 'chief executive | - | -'],
    ['Ana Ruiz was named chief executive of Varrow Group in February.', 'Ana Ruiz', 'chief executive | Varrow Group | -'],
    ['Maria Lopez, who was appointed finance minister last year, resigned.', 'Maria Lopez', 'finance minister | - | -'],
    ['Tom Reyes has been elected mayor of Springfield.', 'Tom Reyes', 'mayor | - | United States'],
    ['The senate confirmed Kofi Owusu as the interim chief justice.', 'Kofi Owusu', 'interim chief justice | - | -'],
    // No appointment: "was seen", "has been a", a verb with no office after it.
    ['Tom Reyes was seen with the mayor of Springfield.', 'Tom Reyes', '- | - | -'],
    ['Ana Ruiz was named in the report as a witness.', 'Ana Ruiz', '- | - | -'],
  ])('%s', (text, name, expected) => {
    expect(card(text, name)).toBe(expected);
  });
});

describe('gazetteer order: a place own name before a longer form of another place name in the same country', () => {
  it.each([
    ['Floods hit the Brazilian state of Rio Grande do Sul on Friday.', 'Rio Grande do Sul', 'region'],
    ['The quake was felt across Tokat Province.', 'Tokat Province', 'region'],
    // The shorter form stays with the city that bears it.
    ['The ship docked at Rio Grande on Friday.', 'Rio Grande', 'city'],
  ])('%s', (text, name, kind) => {
    const places = analyze(text, { ignoreLanguage: true }).places.map((p) => `${p.name}/${p.kind}`);
    expect(places).toContain(`${name}/${kind}`);
  });
});

describe('a bare title word yields to an appositive that names the same office in full, or any office after a style', () => {
  it.each([
    ['Khalid bin Nasser, the Saudi crown prince, met the envoy. Prince Khalid said talks were productive.', 'Khalid bin Nasser', 'crown prince | - | Saudi Arabia'],
    ['Prince Faisal bin Omar, the Saudi foreign minister, met his counterpart.', 'Faisal bin Omar', 'foreign minister | - | Saudi Arabia'],
    // No office in the appositive: the title stays.
    ['Sheikh Ali Nasser, a businessman, said it.', 'Ali Nasser', 'Sheikh | - | -'],
    ['President Ana Ruiz, a former teacher, said it.', 'Ana Ruiz', 'President | - | -'],
  ])('%s', (text, name, expected) => {
    expect(card(text, name)).toBe(expected);
  });
});

describe('title-case lines: a page label before the headline, an attribution after it, head-word runs the text never names', () => {
  it.each([
    ['Mayor Pardons Son Ahead of Leaving Office\nMayor Ana Ruiz pardoned her son on Sunday.', 'ORG:Leaving Office'],
    ['Related: Varga Picks Tom Hale to Lead Agency\nThe council met on Monday to discuss the budget.', 'ORG:Varga Picks Tom Hale'],
    ['Read more: How Varga Lost the Election\nThe council met on Monday to discuss the budget.', 'ORG:Election'],
    ['EXCLUSIVE: Halvik Plans New Factory in Mexico, Sources Say\nThe carmaker told suppliers in Austin that the plant would open in 2026.', 'ORG:Halvik Plans New Factory'],
  ])('%s', (text, span) => {
    expect(flat(text)).not.toContain(span);
  });
  it.each([
    // Supported by the running text, or a label that is no page label: the readings stand.
    ['Supreme Court Blocks Rule on Asylum\nThe Supreme Court blocked the rule on Monday.', 'ORG:Supreme Court'],
    ['Read more: How Varga Lost the Election\nAna Varga lost the election to Tom Hale.', 'PER:Varga'],
  ])('%s', (text, span) => {
    expect(flat(text)).toContain(span);
  });
});

describe('place features and organisation heads read from pages: "Basin", "Dependency", "Cooperation"', () => {
  it.each([
    ['Rain is rare in the Tarrow Basin of inland Canterbury.', 'LOC:Tarrow Basin'],
    ['The country claims the Ross Dependency, which is in Antarctica.', 'LOC:Ross Dependency'],
    ['Flooding closed roads across the Orvan Highlands.', 'LOC:Orvan Highlands'],
    ['It belongs to the Commonwealth, ANZUS, Asia-Pacific Economic Cooperation and the Pacific Community.', 'ORG:Asia-Pacific Economic Cooperation'],
  ])('%s', (text, span) => {
    expect(flat(text)).toContain(span);
  });
  it.each([
    // Words that are family names too ("Delta", "Reef") are no feature heads: the person after a title stays.
    ['Senator Mara Delta said the bill would pass.', 'PER:Mara Delta'],
    ['Senator Tom Reef said the bill would pass.', 'PER:Tom Reef'],
  ])('%s', (text, span) => {
    expect(flat(text)).toContain(span);
  });
});
