/**
 * Table tests for the context rules of session 9 (own example sentences, none from the corpora):
 * each table lists cases that must read as given and cases that must not.
 */
import { analyze, entitySpans } from '../../../src/core/index';

/** The flat `--jsonl` view as "TYPE:text" strings. */
function spans(text: string): string[] {
  return entitySpans(analyze(text, { ignoreLanguage: true })).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

describe('a definition with a people\'s adjective types the name, also after a person of that family name', () => {
  it.each([
    ['Bravik is a major Danish manufacturer of kettles, based in Odense. In 1960, Bravik opened a plant.', ['ORG:Bravik', 'ORG:Bravik']],
    ['Tolvane is a small Norwegian publisher of maps. Tolvane was founded in 1921 by Erik Tolvane. In 1990, Tolvane moved to Bergen.', ['ORG:Tolvane', 'ORG:Tolvane']],
    ['Marvessa, an Italian maker of scooters, was sold in 2004. Marvessa now employs 300 people.', ['ORG:Marvessa', 'ORG:Marvessa']],
  ])('%s', (text, expected) => {
    const got = spans(text).filter((s) => s.endsWith(expected[0].slice(4)));
    expect(got.slice(0, expected.length)).toEqual(expected);
  });

  it.each([
    // A name after the noun stays its own name ("the group Free Speech"), a person stays a person.
    ['Tolvane is a Norwegian publisher. It was founded in 1921 by Erik Tolvane, and the Tolvane family sold it in 1990.', 'ORG:Tolvane family'],
    ['Karin Alvsen is a Danish singer and songwriter who lives in Aarhus.', 'ORG:Karin Alvsen'],
    ['Nordvik is a Swedish Social Democrat who chairs the committee.', 'ORG:Nordvik'],
  ])('%s', (text, wrong) => {
    expect(spans(text)).not.toContain(wrong);
  });
  it('keeps "the Tolvane family" as people', () => {
    const text = 'Tolvane is a small Norwegian publisher of maps. It was founded in 1921 by Erik Tolvane. The Tolvane family sold it in 1990.';
    expect(spans(text)).toContain('PER:Tolvane');
  });
});

describe('outside sports reports a town the tagger reads as an organisation is the town', () => {
  it.each([
    ['The line runs between Dover and Folkestone and serves Ashford.', 'LOC:Ashford'],
    ['Westward, the line leads to Ramsgate and Margate.', 'LOC:Margate'],
    ['The night train left Leipzig at 9:40 pm and reached Dresden before dawn.', 'LOC:Leipzig'],
    // Two-word towns and counties too.
    ['Orange County Sheriff Tom Ellis said the road was closed.', 'LOC:Orange County'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    // Sports reports: the town's name is its team.
    ['Leeds beat Hull 2-1 in the league match on Saturday, and Ashford drew with Margate.', 'LOC:Margate'],
    ['Ashford scored twice in the second half as the team won the cup final.', 'LOC:Ashford'],
    ['Harrogate won the match 2-1 and the team leads the league with three games left.', 'LOC:Harrogate'],
    // A town named like a party ("Liberal", Kansas) is the party here.
    ['The Liberal party met in Regina on Monday.', 'LOC:Liberal'],
  ])('%s', (text, wrong) => {
    expect(spans(text)).not.toContain(wrong);
  });
});

describe('states of the past and war fronts are places', () => {
  it.each([
    ['Trade grew across the Habsburg Empire after 1850.', 'LOC:Habsburg Empire'],
    ['The Mughal Empire and the Abbasid Caliphate traded silk.', 'LOC:Abbasid Caliphate'],
    ['She grew up in the Grand Duchy of Baden.', 'LOC:Grand Duchy of Baden'],
    ['He later moved to the Duchy of Parma.', 'LOC:Duchy of Parma'],
    ['Fighting on the Eastern Front stalled in 1916.', 'LOC:Eastern Front'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    ['The Empire State Building is tall.', 'LOC:Empire State Building'],
    ['Empire Records released the album.', 'LOC:Empire Records'],
    ['The Popular Front won the vote.', 'LOC:Popular Front'],
    ['The Eastern Front Association met in York.', 'LOC:Eastern Front'],
  ])('%s', (text, wrong) => {
    expect(spans(text)).not.toContain(wrong);
  });
});

describe('the names listed after a plural noun for people are people', () => {
  it.each([
    ['Today, many Norwegians honour the old gods, such as Odin, Frigg, Thor, Freya, and Loki.', ['PER:Odin', 'PER:Frigg', 'PER:Thor', 'PER:Freya', 'PER:Loki']],
    ['He has played with drummers such as Ana Ruiz and Tomas Berg.', ['PER:Ana Ruiz', 'PER:Tomas Berg']],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    // An owner's possessive in a list of bands is a person.
    ['He played in several bands, including Tom Ellis\'s in 1950.', 'ORG:Tom Ellis'],
    ['Songs by singers like Tom Ellis were banned in Greyford.', 'PER:Greyford'],
  ])('%s', (text, wrong) => {
    expect(spans(text)).not.toContain(wrong);
  });
});

describe('an unknown name between a place preposition or a semicolon and ", <region>" is a town', () => {
  it.each([
    ['Postings: Bramcote, England, 1950; Wexcombe, England, 1953; Harlow, Kent, 1955.', 'LOC:Wexcombe'],
    ['Bases: Larkin Field, Nevada, 1951; Upper Slaughterford, England, 1952; Wendlebury, England, 1953.', 'LOC:Wendlebury'],
    ['The hall stands on the grounds of Dunmore College in Ashby Falls, Vermont.', 'LOC:Ashby Falls'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    // A known given name makes a person of a results line; a possessive makes the region an owner.
    ['Results: 1. Colin Brady, England; 2. Tom Ellis, Wales; 3. Harvey Moss, Scotland.', 'LOC:Tom Ellis'],
    ['He spoke to Harvey Moss, Kent\'s chief constable.', 'LOC:Harvey Moss'],
  ])('%s', (text, wrong) => {
    expect(spans(text)).not.toContain(wrong);
  });
});

describe('a known body\'s one-word name ending a longer name is that longer body', () => {
  it.each([
    ['The Idaho Senate voted on Monday.', 'ORG:Idaho Senate'],
    ['A spokesman for the Kurdish National Congress said talks had failed.', 'ORG:Kurdish National Congress'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    ['The Senate voted on Monday.', 'ORG:Senate'],
    ['Republicans in Congress blocked the bill.', 'ORG:Congress'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });
});

describe('a short quote in title case is a work\'s title, and names no person', () => {
  it.each([
    ['In 1799 her novel "Marguerite" was printed in Vienna.', 'PER:Marguerite'],
    ['Their third single "Velvet Crow" reached number 9.', 'PER:Velvet Crow'],
    ['In 1799 her novel " Marguerite " was printed in Vienna .', 'PER:Marguerite'],
    ['The demo of “Lanterns for Anna” leaked in June.', 'PER:Anna'],
  ])('%s', (text, wrong) => {
    expect(spans(text)).not.toContain(wrong);
  });

  it.each([
    // A nickname between a given name and a family name, and running speech, stay.
    ['She married Thomas "Tommy" Ellison in 1975.', 'PER:Thomas "Tommy" Ellison'],
    ['"Tom Ellis called me on Monday and said he would come," she said.', 'PER:Tom Ellis'],
    ['"I spoke to Tom Ellis," she said.', 'PER:Tom Ellis'],
  ])('%s', (text, expected) => {
    expect(spans(text).join(' ')).toContain(expected);
  });
});

describe('a Roman numeral after a person\'s name is part of the name', () => {
  it.each([
    ['Queen Mary I was crowned in 1553.', 'PER:Mary I'],
    ['The Belgian King Leopold II ruled until 1909.', 'PER:Leopold II'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    // The bare "I" after a name without a title of rank is the pronoun.
    ['As Smith I would not go.', 'PER:Smith I'],
    ['Then John said I should go.', 'PER:John said I'],
  ])('%s', (text, wrong) => {
    expect(spans(text)).not.toContain(wrong);
  });
});

describe('names given by "called", "named" or "known as"', () => {
  it.each([
    ['The herders live in an area called Llano Verde, near the border.', 'LOC:Llano Verde'],
    ['Marcos Oliveira, commonly known as Tico, is a goalkeeper. Tico holds Portuguese citizenship.', 'PER:Tico'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    // After an organisation's name or no place noun, nothing is decided ("a drink called …", "the firm, known as …").
    ['The firm, known as Bravo Holdings, grew fast.', 'PER:Bravo Holdings'],
    ['He ordered a drink called Tom Collins at the bar.', 'LOC:Tom Collins'],
  ])('%s', (text, wrong) => {
    expect(spans(text)).not.toContain(wrong);
  });
});

describe('a nickname in quotation marks inside a person\'s name', () => {
  it.each([
    ['Boxing great Rafael "Fists of Iron" Montoya fights on Saturday.', 'PER:Rafael "Fists of Iron" Montoya'],
    ['He will face Ramon " Tiger " Alvarado in the rematch .', 'PER:Ramon " Tiger " Alvarado'],
    ['Walter "Dusty" March pitched for the Reds.', 'PER:Walter "Dusty" March'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    ['On Monday "Daily Star" Editor Tom Ellis resigned.', 'PER:Monday "Daily Star" Editor'],
    ['Maria said "we will win" on Monday.', 'PER:Maria said "we will win"'],
  ])('%s', (text, wrong) => {
    expect(spans(text)).not.toContain(wrong);
  });
});

describe('a name between "the", one lower-case modifier and a place noun is a place', () => {
  it.each([
    ['Fighting resumed in the mountainous Kelbajar district on Monday.', 'LOC:Kelbajar'],
    ['Troops moved into the northern Dravska province overnight.', 'LOC:Dravska'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    ['The troubled Brannock district attorney resigned.', 'LOC:Brannock'],
    ['Voters in the Kurdish region backed the plan.', 'LOC:Kurdish'],
  ])('%s', (text, wrong) => {
    expect(spans(text)).not.toContain(wrong);
  });
});

describe('a bracketed aside between a name and its definition', () => {
  it.each([
    ['Selnik (Bulgarian: Селник) is a village and municipality in Bulgaria.', ['LOC:Selnik', 'LOC:Селник']],
    ['Elm Brook (also Elmbrook) is a suburb of Leeds.', ['LOC:Elm Brook', 'LOC:Elmbrook']],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    // A lower-case word before the name means a longer name than the rule reads.
    ['The League of Tarrow (Liga de Tarrow) is a political party in Spain.', 'ORG:Tarrow'],
    ['The firm (founded 1990) is a maker of kettles.', 'ORG:The'],
  ])('%s', (text, wrong) => {
    expect(spans(text)).not.toContain(wrong);
  });
});

describe('a stage name opened by "DJ" or "MC" is a person, prefix and all', () => {
  it.each([
    ['The night featured DJ Marvo and DJ Snake.', 'PER:DJ Snake'],
    ['Guests included DJ KORVO, DJ LUMA and MC Lyte.', 'PER:DJ LUMA'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    ['The DJ played until dawn in Leeds.', 'PER:DJ'],
    ['He worked with DJ\'s like Tom Ellis in Leeds.', "PER:DJ's"],
  ])('%s', (text, wrong) => {
    expect(spans(text)).not.toContain(wrong);
  });
});

describe('a compass adjective before a region, or "Area" after a place, makes one wider place', () => {
  it.each([
    ['Wildfires spread across Southern Oregon on Monday.', 'LOC:Southern Oregon'],
    ['Rain fell in the Tampa Area overnight.', 'LOC:Tampa Area'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    // A country's part stays the country; another capitalised word makes another name.
    ['Fighting resumed in Northern Syria on Monday.', 'LOC:Northern Syria'],
    ['He studied at the Southern Oregon Institute of Technology.', 'LOC:Southern Oregon'],
  ])('%s', (text, wrong) => {
    expect(spans(text)).not.toContain(wrong);
  });
});

describe('an epithet after "the" is part of a one-word name', () => {
  it.each([
    ['Catherine the Great ruled for 34 years.', 'PER:Catherine the Great'],
    ['Frederick the Great was his patron.', 'PER:Frederick the Great'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    ['The Great Hall was full.', 'PER:The Great Hall'],
    ['John the good doctor arrived.', 'PER:John the good'],
  ])('%s', (text, wrong) => {
    expect(spans(text)).not.toContain(wrong);
  });
});

describe('a name right after a lower-case place noun is a place throughout the document', () => {
  it('reads "nature park Velika Bara" and its later mention as places', () => {
    const text = 'The farm lies on the edge of nature park Velika Bara, near the river Tamar. Velika Bara is rich in birds.';
    expect(spans(text).filter((s) => s.includes('Velika Bara'))).toEqual(['LOC:Velika Bara', 'LOC:Velika Bara']);
  });
  it.each([
    // The name opens a clause, or an institution word follows the noun.
    ['The village Tom Ellis founded is small.', 'LOC:Tom Ellis'],
    ['The town Council met on Monday.', 'LOC:Council'],
  ])('%s', (text, wrong) => {
    expect(spans(text)).not.toContain(wrong);
  });
});

describe('cricket scorecards name their players', () => {
  const card = [
    'CRICKET - KENT BEAT SURREY BY FIVE WICKETS .',
    'Surrey innings : T. Harlow c Brennock b Okonedo 45 / P. Marsh lbw b Vellacott 12 / R. Dunne st Ashgrove b de Vries 7',
    'Did not bat : Okonedo , Vellacott .',
    'Bowling : Okonedo 10-1-42-2 , Vellacott 9-0-51-1 , de Vries 10-2-30-1',
  ].join('\n');
  it.each(['PER:Brennock', 'PER:Okonedo', 'PER:Vellacott', 'PER:Ashgrove', 'PER:de Vries'])('%s', (expected) => {
    expect(spans(card)).toContain(expected);
  });
  it('reads no player outside a sports report', () => {
    expect(spans('Plan b Harlow 45 was approved by the council on Monday.')).not.toContain('PER:Harlow');
  });
});

describe('a name before a lower-case word for a range of hills is a place', () => {
  it.each([
    ['Sporadic fire echoed in the nearby Tarvosh mountains on Friday.', 'LOC:Tarvosh'],
    ['Rebels hid in the Korvath hills for a week.', 'LOC:Korvath'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });
  it('leaves a people\'s adjective alone', () => {
    expect(spans('Rebels hid in the Kurdish mountains.')).not.toContain('LOC:Kurdish');
  });
});
