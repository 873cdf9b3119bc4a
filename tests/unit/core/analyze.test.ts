import { analyze, entitySpans, quoteAttributions } from '../../../src/core/index';
import type { Analysis, Person } from '../../../src/core/types';

function run(text: string): Analysis {
  return analyze(text, { ignoreLanguage: true });
}

function person(a: Analysis, name: string): Person {
  const p = a.people.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name} in ${a.people.map((x) => x.name).join(', ')}`);
  return p;
}

describe('people: grouping (must link)', () => {
  const cases: Array<[string, string, string[]]> = [
    ['South Korean Ambassador Hwang Joon-kook spoke first. Mr. Hwang then left.', 'Hwang Joon-kook', ['Hwang Joon-kook', 'Mr. Hwang']],
    ['Russian Ambassador Nebenzya objected. Later, Mr. Nebenzya said no.', 'Nebenzya', ['Nebenzya', 'Mr. Nebenzya']],
    ['Foreign Minister Sergei Lavrov arrived. Lavrov said little.', 'Sergei Lavrov', ['Sergei Lavrov', 'Lavrov']],
    ['Chinese Foreign Minister Wang Yi met reporters. Mr. Wang declined to comment.', 'Wang Yi', ['Wang Yi', 'Mr. Wang']],
    ['Prime Minister Pham Minh Chinh visited Hanoi. Mr. Pham praised the workers.', 'Pham Minh Chinh', ['Pham Minh Chinh', 'Mr. Pham']],
    ['Senator Elizabeth Warren spoke. Ms. Warren later said she would vote no.', 'Elizabeth Warren', ['Elizabeth Warren', 'Ms. Warren']],
    // "Hassan" is also a city: before "Sheikh" it is still the given name, not a country's title.
    ['President Hassan Sheikh Mohamud arrived. Later, Hassan Sheikh Mohamud met the minister.', 'Hassan Sheikh Mohamud', ['Hassan Sheikh Mohamud', 'Hassan Sheikh Mohamud']],
  ];
  it.each(cases)('%s', (text, name, surfaces) => {
    const p = person(run(text), name);
    expect(p.mentions.map((m) => m.text)).toEqual(surfaces);
  });

  it('keeps two people with different surnames apart', () => {
    const a = run('President Joe Biden met Chancellor Olaf Scholz. Biden spoke first, then Scholz.');
    expect(person(a, 'Joe Biden').mentions.map((m) => m.text)).toEqual(['Joe Biden', 'Biden']);
    expect(person(a, 'Olaf Scholz').mentions.map((m) => m.text)).toEqual(['Olaf Scholz', 'Scholz']);
  });

  it('does not fold a Western first name into a family-first reading', () => {
    const a = run('Lee Anderson, a lawmaker, said the vote was close. Anderson said more later.');
    const p = person(a, 'Lee Anderson');
    expect(p.mentions.map((m) => m.text)).toContain('Anderson');
  });
});

describe('roles (must read)', () => {
  const cases: Array<[string, string, { role: string; organization?: string; country?: string }]> = [
    ['South Korean Ambassador to the United Nations Hwang Joon-kook said so.', 'Hwang Joon-kook', { role: 'Ambassador to the United Nations', organization: 'United Nations', country: 'South Korea' }],
    ['US Deputy Ambassador to the United Nations Robert Wood said so.', 'Robert Wood', { role: 'Deputy Ambassador to the United Nations', country: 'United States' }],
    ['Ukrainian Air Force Spokesperson Yurii Ihnat said so.', 'Yurii Ihnat', { role: 'Spokesperson', organization: 'Ukrainian Air Force', country: 'Ukraine' }],
    ['Maria Zakharova, the foreign ministry spokeswoman, said so.', 'Maria Zakharova', { role: 'foreign ministry spokeswoman' }],
    ['Olena Marchuk, a spokeswoman for the Odesa Regional Military Administration, said so.', 'Olena Marchuk', { role: 'spokeswoman', organization: 'Odesa Regional Military Administration', country: 'Ukraine' }],
    ["Russia's Foreign Minister Sergei Lavrov said so.", 'Sergei Lavrov', { role: 'Foreign Minister', country: 'Russia' }],
    ['French President Emmanuel Macron said so.', 'Emmanuel Macron', { role: 'President', country: 'France' }],
    ['Governor Kathy Hochul said so.', 'Kathy Hochul', { role: 'Governor' }],
    ['An IMF spokeswoman, Dana Keller, said the fund was watching.', 'Dana Keller', { role: 'spokeswoman', organization: 'International Monetary Fund' }],
    ['A senior U.S. official, Mark Stone, told reporters the plan was ready.', 'Mark Stone', { role: 'official', country: 'United States' }],
    ['Somali President Hassan Sheikh Mohamud arrived on Monday.', 'Hassan Sheikh Mohamud', { role: 'President', country: 'Somalia' }],
    ['Qatari Sheikh Hamad Darwish opened the talks.', 'Hamad Darwish', { role: 'Sheikh', country: 'Qatar' }],
    ['Tessa Brawn, the Mayor of Greater Manchester, said the plan would fail.', 'Tessa Brawn', { role: 'Mayor of Greater Manchester' }],
    ['The White House press secretary, Nora Vance, said the trip was on.', 'Nora Vance', { role: 'press secretary', organization: 'White House', country: 'United States' }],
    ['A Kremlin spokesman, Ivan Sorokin, said no.', 'Ivan Sorokin', { role: 'spokesman', organization: 'Kremlin', country: 'Russia' }],
    ['Ivan Sorokin, a spokesman for the Kremlin, said no.', 'Ivan Sorokin', { role: 'spokesman', organization: 'Kremlin', country: 'Russia' }],
    ['Chancellor of the Exchequer Rosa Fenwick delivered the budget.', 'Rosa Fenwick', { role: 'Chancellor of the Exchequer' }],
    // The party-and-state tag of American politics gives the party and the country.
    ['Rep. Dale Rusk, R-Ohio, said the committee would act.', 'Dale Rusk', { role: 'Representative', organization: 'Republican Party', country: 'United States' }],
    ['Sen. Mara Lind (D-Mass.) criticized the plan.', 'Mara Lind', { role: 'Senator', organization: 'Democratic Party', country: 'United States' }],
    // A past office keeps "former" (and the country word between) in its role.
    ['Former British prime minister Alan Hobbs visited Kyiv.', 'Alan Hobbs', { role: 'Former British prime minister', country: 'United Kingdom' }],
    ['Opposition leader Rafe Mundy called the move cosmetic.', 'Rafe Mundy', { role: 'Opposition leader' }],
    ['Senate Majority Leader Ada Quill disagreed.', 'Ada Quill', { role: 'Majority Leader', organization: 'Senate' }],
    ['Detective Chief Inspector Lena Holt told reporters the suspect was known to officers.', 'Lena Holt', { role: 'Detective Chief Inspector' }],
  ];
  it.each(cases)('%s', (text, name, expected) => {
    const p = person(run(text), name);
    expect(p.official).toBe(true);
    expect(p.role?.value).toBe(expected.role);
    if (expected.organization) expect(p.organization?.value).toBe(expected.organization);
    if (expected.country) expect(p.country?.value).toBe(expected.country);
    // Facts carry where they were read from.
    expect(p.role && text.slice(p.role.span.start, p.role.span.end)).toBe(p.role?.span.text);
    expect(p.role!.sentence.start).toBeLessThanOrEqual(p.role!.span.start);
  });

  const notRoles: Array<[string, string]> = [
    ['By Martin Smith', 'Martin Smith'],
    ['John Smith said the plan would work.', 'John Smith'],
    ['A friend, Tom Baker, said he was fine.', 'Tom Baker'],
    ['A neighbour, Rosa Lind, said the street flooded.', 'Rosa Lind'],
  ];
  it.each(notRoles)('no office for %s', (text, name) => {
    const p = person(run(text), name);
    expect(p.official).toBe(false);
  });

  it('reads no party from a word with a capital after "D-" that is no tag', () => {
    const p = person(run('Rosa Lind, D-Day veteran, laid a wreath.'), 'Rosa Lind');
    expect(p.organization).toBeUndefined();
    expect(p.country).toBeUndefined();
  });

  it("reads a territorial office's place as a place, not the office as an organisation", () => {
    const a = run('Tessa Brawn, the Mayor of Greater Manchester, said the plan would fail. The Governor of Lower Tarnia agreed.');
    expect(a.organizations.map((o) => o.name)).toEqual([]);
    expect(a.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Greater Manchester']));
  });

  it('never takes a title word for a name', () => {
    const a = run('Turkish Deputy Foreign Minister Selin Arda spoke. The Prosecutor’s Office in Kharkiv declined to comment.');
    expect(a.people.map((p) => p.name)).toEqual(['Selin Arda']);
    expect(person(a, 'Selin Arda').role?.value).toBe('Deputy Foreign Minister');
  });
});

describe('quotes (must attribute)', () => {
  const cases: Array<[string, string, string, string]> = [
    ['"We will respond," Mr. Smith said.\n', 'Smith', 'We will respond,', 'Mr. Smith'],
    ['“We will respond,” said John Smith.\n', 'John Smith', 'We will respond,', 'John Smith'],
    ['John Smith said: «Nous répondrons.»\n', 'John Smith', 'Nous répondrons.', 'John Smith'],
    ['Minister John Smith called it `a farce`.\n', 'John Smith', 'a farce', 'John Smith'],
    ['Minister John Smith spoke.\n“It is over,” he said.\n', 'John Smith', 'It is over,', 'he'],
    ['Minister John Smith spoke.\n„Es ist vorbei,“ sagte er. "It is over," he added.\n', 'John Smith', 'It is over,', 'he'],
    ['“It is over,” Jane Doe, the party’s spokeswoman, said.\n', 'Jane Doe', 'It is over,', 'Jane Doe'],
    // A partial quote in a reported clause belongs to the reporting speaker, not the clause's subject.
    ['Premier Wen Tao added that Beijing would respond "firmly and decisively" to the measures.\n', 'Wen Tao', 'firmly and decisively', 'Wen Tao'],
    ['Minister Ada Lund said that she would respond "in kind".\n', 'Ada Lund', 'in kind', 'she'],
    ['Spokesman Ivan Petrov said Moscow would respond "in a way that suits us".\n', 'Ivan Petrov', 'in a way that suits us', 'Ivan Petrov'],
    // Two apostrophes as quotation marks (archive and typewriter style).
    ["''We will respond,'' said John Smith.\n", 'John Smith', 'We will respond,', 'John Smith'],
    ["Minister John Smith spoke.\n''It is over,'' he said.\n", 'John Smith', 'It is over,', 'he'],
    // The speaker is the name inside an appositive phrase, not the whole phrase.
    ['"We are ready to talk," the minister, Anna Berg, told the BBC.\n', 'Anna Berg', 'We are ready to talk,', 'Anna Berg'],
    // A quote joined to an attributed one by "and" has the same speaker.
    ['Minister Anna Berg called the plan "a mistake" and "a waste of money".\n', 'Anna Berg', 'a waste of money', 'Anna Berg'],
    // "according to" after the quote names its source.
    ['“The talks failed,” according to Ivan Petrov, a spokesman.\n', 'Ivan Petrov', 'The talks failed,', 'Ivan Petrov'],
  ];
  it.each(cases)('%s', (text, name, quote, speaker) => {
    const a = run(text);
    const p = a.people.find((x) => x.name.endsWith(name));
    expect(p).toBeDefined();
    const q = p!.quotes.find((x) => x.span.text === quote);
    expect(q).toBeDefined();
    expect(q!.speaker.text).toBe(speaker);
    expect(text.slice(q!.span.start, q!.span.end)).toBe(quote);
  });

  it('continues the speaker of the previous paragraph for a quote standing alone', () => {
    const text = 'Spokesman Yurii Ihnat said the force had no evidence.\n\n`Even the weapons may be identical.`\n';
    const p = person(run(text), 'Yurii Ihnat');
    expect(p.quotes.map((q) => q.span.text)).toEqual(['Even the weapons may be identical.']);
  });

  it("does not read inch marks (6'') or a lone pair of apostrophes as quotation marks", () => {
    expect(quoteAttributions("Minister John Smith fitted a 6'' pipe and a 4'' valve, he said.\n")).toEqual([]);
  });

  const otherSpeakers: Array<[string, string]> = [
    ['The ministry said that Beijing would respond "firmly".\n', 'The ministry'],
    ['The ministry has said "no".\n', 'The ministry'],
    ['Beijing would respond "firmly", the ministry said.\n', 'the ministry'],
    ['"It is over," according to the ministry.\n', 'the ministry'],
  ];
  it('gives a second quote its own speaker when another speaks it', () => {
    const q = quoteAttributions('Minister Anna Berg said "yes" but the ministry said "no".\n');
    expect(q.map((x) => [x.span.text, x.speaker?.text])).toEqual([['yes', 'Anna Berg'], ['no', 'the ministry']]);
  });
  it.each(otherSpeakers)('attributes %j to %j', (text, speaker) => {
    expect(quoteAttributions(text)[0].speaker?.text).toBe(speaker);
  });

  it('gives non-person speakers to quoteAttributions only', () => {
    const text = '"The numbers are wrong," the campaign said.\n';
    expect(run(text).people).toEqual([]);
    const q = quoteAttributions(text);
    expect(q[0].speaker?.text).toBe('the campaign');
  });

  const noQuotes = [
    "It's the company's best year, the CEO's memo said.\n",
    'He said "hello\n and left.\n',
    'Unbalanced “quote here\n',
  ];
  it.each(noQuotes)('no quote in %j', (text) => {
    const a = run(text);
    expect(a.people.flatMap((p) => p.quotes)).toEqual([]);
  });
});

describe('page furniture and organisations', () => {
  it('reads bylines as people who are not officials, and ignores "Leave a Reply"', () => {
    const a = run('Officials met in Geneva.\n\nAvatar of Martin\n\nBy Martin\n\nLeave a Reply\n\nYour email address will not be published.');
    expect(a.people.map((p) => p.name)).toEqual(['Martin']);
    expect(a.people[0].official).toBe(false);
    expect(a.people[0].mentions.map((m) => m.text)).toEqual(['Martin', 'Martin']);
  });

  it('reads credits as organisations, not people', () => {
    const a = run('(Dan Tri) – Officials met. A fragment of a missile (Photo: Reuters).');
    expect(a.people).toEqual([]);
    expect(a.organizations.map((o) => o.name).sort()).toEqual(['Dan Tri', 'Reuters']);
  });

  it('groups organisation variants', () => {
    const a = run('The Kharkiv Provincial Prosecutor’s Office (Ukraine) released evidence. Kharkov Prosecutor’s Office spokesman Dmytro Chubenko said so.');
    const o = a.organizations.find((x) => x.name === 'Kharkiv Provincial Prosecutor’s Office');
    expect(o?.mentions.map((m) => m.text)).toEqual(['Kharkiv Provincial Prosecutor’s Office', 'Kharkov Prosecutor’s Office']);
    expect(o?.country).toBe('Ukraine');
    expect(person(a, 'Dmytro Chubenko').organization?.value).toBe('Kharkiv Provincial Prosecutor’s Office');
  });
});

describe('places inside organisation names', () => {
  const placeOf = (a: Analysis, text: string) => a.places.find((p) => p.mentions.some((m) => m.text === text))?.name;
  // [text, word inside the organisation, place it must stand for (undefined: none)]
  const cases: Array<[string, string, string | undefined]> = [
    ['Ministers of the European Union met in the capital on Monday.', 'European', undefined],
    ['The African Development Bank approved the loan on Friday.', 'African', undefined],
    ['A spokesman for the Ukrainian Air Force said two drones were shot down.', 'Ukrainian', 'Ukraine'],
    ['Staff at the Russian Embassy left the building on Friday.', 'Russian', 'Russia'],
    ['European leaders met again on Thursday.', 'European', 'Europe'],
  ];
  it.each(cases)('%s (%s)', (text, word, place) => {
    expect(placeOf(run(text), word)).toBe(place);
  });
});

describe('organisations named again by their last word', () => {
  it('groups "the Commission" with "the European Commission" named before it', () => {
    const a = run('The European Commission welcomed the deal. A spokesperson for the Commission said talks would go on.');
    const o = a.organizations.find((x) => x.name === 'European Commission');
    expect(o?.mentions.map((m) => m.text)).toEqual(['European Commission', 'Commission']);
  });
  it('does not guess between two organisations with the same last word', () => {
    const a = run('The European Commission and the Electoral Commission disagreed. The Commission later issued a statement.');
    const lone = a.organizations.filter((x) => x.mentions.some((m) => m.text === 'Commission'));
    expect(lone.map((o) => o.name)).toEqual(['Commission']);
  });
});

describe('never a person or place', () => {
  const cases = [
    ['Western countries objected to the plan.', 'Western'],
    ['Muslims gathered for prayers in the square.', 'Muslims'],
    ['Bangladeshis crossed the border overnight.', 'Bangladeshis'],
    ['The Iskander missile may differ in some aspects.', 'Iskander'],
  ];
  it.each(cases)('%s (no %s)', (text, word) => {
    const a = run(text);
    expect(a.people.map((p) => p.name)).not.toContain(word);
    expect(a.places.map((p) => p.name)).not.toContain(word);
  });

  it('reads facilities and natural features as places, not organisations', () => {
    const a = run('The shuttle landed at Kennedy Space Center after flying over the Deccan Plateau.');
    expect(a.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Kennedy Space Center', 'Deccan Plateau']));
    expect(a.organizations).toEqual([]);
  });
});

describe('language and empty input', () => {
  it('skips French, Spanish, Portuguese and German text', () => {
    const texts = [
      "Le président de la République a reçu les représentants des syndicats pour discuter de la réforme. Il a déclaré que le gouvernement restait ouvert au dialogue avec les partenaires sociaux.",
      'El presidente del Gobierno se reunió con los líderes de la oposición para hablar de la crisis. Dijo que las medidas se aplicarán en las próximas semanas.',
      'O presidente da República recebeu os representantes dos sindicatos para discutir a reforma. Ele disse que o governo não vai desistir das medidas.',
      'Der Bundeskanzler hat sich mit den Vertretern der Länder getroffen, um über die Reform zu sprechen. Er sagte, dass die Regierung an den Plänen festhält.',
    ];
    for (const t of texts) {
      const a = analyze(t);
      expect(a.skipped).toBe('not-english');
      expect(a.people).toEqual([]);
    }
  });

  it('analyses English and reports it', () => {
    expect(analyze('The minister said that the talks in Geneva would continue next week.').language).toBe('en');
  });

  it('returns an empty analysis for empty text', () => {
    expect(analyze('')).toMatchObject({ people: [], places: [], organizations: [], skipped: 'empty' });
    expect(analyze('   \n\t ').skipped).toBe('empty');
  });
});

describe('entitySpans (the --jsonl view)', () => {
  it('flattens without overlaps, without honorifics, with demonyms as MISC', () => {
    const text = 'Mr. Hwang met South Korean officials at the Kharkiv Provincial Prosecutor’s Office in Ukraine.';
    const spans = entitySpans(run(text));
    const view = spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
    expect(view).toEqual(['PER:Hwang', 'MISC:South Korean', 'ORG:Kharkiv Provincial Prosecutor’s Office', 'LOC:Ukraine']);
    for (let k = 1; k < spans.length; k++) expect(spans[k].start).toBeGreaterThanOrEqual(spans[k - 1].end);
  });
});
