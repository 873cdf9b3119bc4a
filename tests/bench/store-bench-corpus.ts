/**
 * Generated articles for the store benchmark: engine-shaped analyses (~30 entities each) over pools of
 * people, places and organisations with Zipf-like popularity, on text whose offsets are real.
 * Deterministic (seeded), so every run ingests the same corpus.
 */
import type { Analysis, Mention, Organization, Person, Place, Span } from '../../src/core/types';
import type { IngestInput } from '../../src/background/model';

/** Small seeded PRNG (xorshift32). */
export function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const FIRST = ('Anna Boris Carlos Dmitri Elena Fatima Gustavo Hana Ivan Jae-won Karim Lucia Mohammed Nadia Olga Pedro Qiang ' +
  'Rania Sergei Tomas Ursula Viktor Wang Xavier Yuki Zainab Ahmed Beatriz Chen Daniela Emeka Farah Giorgi Helga Ines Jorge ' +
  'Kofi Leila Marek Ngozi Omar Priya Rafael Sofia Tariq Uma Valentina Wei Yasmin Zoltan Amara Bjorn Camille Diego Esther ' +
  'Felix Grace Hassan Irina Jonas Kateryna Luis Mariam Nikolai Oksana Pablo Rosa Samir Tatiana Ugo Vera William Yusuf').split(' ');
const LAST = ('Abe Bakr Costa Dubois Eriksen Fischer Garcia Haddad Ivanova Jensen Kim Lopez Moreau Novak Okafor Petrov Quinn ' +
  'Rossi Schmidt Tanaka Usman Varga Weber Xu Yilmaz Zhang Andersson Banda Castro Dlamini Esposito Ferreira Gomez Hoffmann ' +
  'Ibrahim Jovanovic Kowalski Lindqvist Mendes Nakamura Ortiz Park Rahman Silva Takahashi Umarov Vasquez Wojcik Yamamoto ' +
  'Zuniga Aziz Bianchi Cohen Diallo Evans Fernandez Gruber Horvat Ito Johansson Kaya Lee Mwangi Nguyen Olsen Popescu Reyes ' +
  'Sato Torres Ueda Volkov Walsh Yoon Zidane Hwang Nebenzya Wood Kuleba Zelensky Blinken Lavrov Guterres Sunak').split(' ');
const ROLES = ['Foreign Minister', 'Defence Minister', 'Prime Minister', 'President', 'Ambassador to the United Nations',
  'Deputy Ambassador', 'Finance Minister', 'Spokesperson', 'Governor', 'Mayor', 'Secretary-General', 'Chief Executive',
  'Interior Minister', 'Senator', 'General', 'Central Bank Governor', 'Health Minister', 'Trade Representative'];
const COUNTRIES = ['United States', 'Russia', 'Ukraine', 'South Korea', 'North Korea', 'China', 'France', 'Germany',
  'United Kingdom', 'Japan', 'India', 'Brazil', 'Nigeria', 'Kenya', 'Turkey', 'Poland', 'Italy', 'Spain', 'Mexico', 'Egypt'];
const SYLL = 'ka ro mi sa ta lo vi ne da ri po lu ha be go zu ki an or el ur in ol es'.split(' ');
const ORG_FORMS = ['Ministry of {x}', '{x} Party', '{x} Bank', '{x} Institute', '{x} Council', '{x} Agency', '{x} Group', '{x} Union'];
const ORG_TOPICS = ['Defence', 'Energy', 'Trade', 'Health', 'Justice', 'Finance', 'Labour', 'Security', 'Transport', 'Culture'];
const FILLER = ['the talks would continue next week', 'the measures were long overdue', 'no agreement had been reached',
  'the situation remained serious', 'more aid would follow', 'the claims were unfounded', 'the vote was postponed',
  'investigators were still at work', 'prices had risen sharply', 'the border would stay closed'];

interface PersonProto { name: string; surname: string; role: string; country: string; org: string }
interface PlaceProto { name: string; key: string; country: string; kind: 'city' | 'country' | 'region' }
interface OrgProto { name: string; country: string }

/** Pools and Zipf samplers of the corpus. */
export interface Pools {
  people: PersonProto[];
  places: PlaceProto[];
  orgs: OrgProto[];
  pickPerson: () => number;
  pickPlace: () => number;
  pickOrg: () => number;
}

function zipf(n: number, s: number, r: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
  return () => {
    const u = r() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const pick = <T>(xs: T[], r: () => number): T => xs[Math.floor(r() * xs.length)];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** Builds the pools (sizes: people, places, organisations). */
export function makePools(seed = 7, sizes = { people: 30000, places: 5000, orgs: 2000 }): Pools {
  const r = rng(seed);
  const people: PersonProto[] = [];
  const names = new Set<string>();
  while (people.length < sizes.people) {
    const surname = pick(LAST, r) + (people.length > FIRST.length * LAST.length / 4 ? pick(SYLL, r) : '');
    const name = `${pick(FIRST, r)} ${cap(surname)}`;
    // ~2% deliberate namesakes: same name, other country and role.
    if (names.has(name) && r() > 0.02) continue;
    names.add(name);
    people.push({ name, surname: cap(surname), role: pick(ROLES, r), country: pick(COUNTRIES, r), org: '' });
  }
  const places: PlaceProto[] = COUNTRIES.map((c, i) => ({ name: c, key: `iso:${i}`, country: c, kind: 'country' as const }));
  const placeNames = new Set(places.map((p) => p.name));
  while (places.length < sizes.places) {
    const name = cap(pick(SYLL, r) + pick(SYLL, r) + pick(SYLL, r) + (r() < 0.5 ? pick(SYLL, r) : ''));
    if (placeNames.has(name)) continue;
    placeNames.add(name);
    places.push({ name, key: `geonames:${100000 + places.length}`, country: pick(COUNTRIES, r), kind: r() < 0.85 ? 'city' : 'region' });
  }
  const orgs: OrgProto[] = [];
  const orgNames = new Set<string>();
  while (orgs.length < sizes.orgs) {
    const x = r() < 0.4 ? pick(ORG_TOPICS, r) : cap(pick(SYLL, r) + pick(SYLL, r));
    const name = pick(ORG_FORMS, r).replace('{x}', x) + (orgs.length > 300 ? ` of ${pick(COUNTRIES, r)}` : '');
    if (orgNames.has(name)) continue;
    orgNames.add(name);
    orgs.push({ name, country: pick(COUNTRIES, r) });
  }
  for (const p of people) p.org = orgs[Math.floor(r() * 200)].name;
  return {
    people, places, orgs,
    pickPerson: zipf(people.length, 1.0, r), pickPlace: zipf(places.length, 1.0, r), pickOrg: zipf(orgs.length, 1.0, r),
  };
}

/** Which pool entries an article used (for picking frequent and rare entities to query). */
export interface Drawn {
  people: number[];
  places: number[];
  orgs: number[];
}

/** Generates article `i` (about 30 entities, 12 people, 12 places, 6 organisations). */
export function makeArticle(pools: Pools, i: number, r: () => number): { input: IngestInput; drawn: Drawn } {
  const draw = (f: () => number, n: number) => {
    const s = new Set<number>();
    while (s.size < n) s.add(f());
    return [...s];
  };
  const drawn: Drawn = { people: draw(pools.pickPerson, 12), places: draw(pools.pickPlace, 12), orgs: draw(pools.pickOrg, 6) };
  let text = '';
  const sentences: Array<[number, number]> = [];
  const write = (parts: Array<string | { text: string; into: Span[] }>) => {
    const start = text.length;
    for (const p of parts) {
      if (typeof p === 'string') text += p;
      else {
        p.into.push({ start: text.length, end: text.length + p.text.length, text: p.text });
        text += p.text;
      }
    }
    sentences.push([start, text.length]);
    text += ' ';
  };
  const people: Person[] = [];
  const places: Place[] = drawn.places.map((k, n) => {
    const p = pools.places[k];
    return { id: `l${n}`, name: p.name, kind: p.kind, country: p.country, key: p.key, mentions: [] };
  });
  const orgs: Organization[] = drawn.orgs.map((k, n) => ({ id: `o${n}`, name: pools.orgs[k].name, country: pools.orgs[k].country, mentions: [] }));
  const asMentions = (spans: Span[]): Mention[] => spans.map((s) => ({ ...s, form: 'name' as const }));
  drawn.people.forEach((k, n) => {
    const p = pools.people[k];
    const place = places[n % places.length];
    const org = orgs[n % orgs.length];
    const names: Span[] = [];
    const roleSpan: Span[] = [];
    const placeSpans: Span[] = [];
    const orgSpans: Span[] = [];
    const sStart = text.length;
    write([{ text: p.role, into: roleSpan }, ' ', { text: p.name, into: names }, ' said in ', { text: place.name, into: placeSpans }, ' that ', pick(FILLER, r), '.']);
    const roleSentence = { start: sStart, end: text.length - 1, text: text.slice(sStart, text.length - 1) };
    const quotes: Person['quotes'] = [];
    if (r() < 0.35) {
      const q: Span[] = [];
      write(['"', { text: `${cap(pick(FILLER, r))}, and ${pick(FILLER, r)}`, into: q }, '," ', { text: `Mr. ${p.surname}`, into: names }, ' told the ', { text: org.name, into: orgSpans }, '.']);
      quotes.push({ span: q[0], speaker: names[names.length - 1] });
    } else if (r() < 0.5) {
      write(['Later, ', { text: `Mr. ${p.surname}`, into: names }, ' added that ', pick(FILLER, r), '.']);
    }
    place.mentions.push(...asMentions(placeSpans));
    org.mentions.push(...asMentions(orgSpans));
    people.push({
      id: `p${n}`, name: p.name, mentions: asMentions(names), official: true, quotes,
      role: { value: p.role, span: roleSpan[0], sentence: roleSentence },
      organization: r() < 0.5 ? { value: p.org, span: roleSpan[0], sentence: roleSentence } : undefined,
      country: { value: p.country, span: roleSpan[0], sentence: roleSentence },
    });
  });
  for (const pl of places) {
    if (pl.mentions.length) continue;
    const s: Span[] = [];
    write(['Reports also came from ', { text: pl.name, into: s }, ', where ', pick(FILLER, r), '.']);
    pl.mentions.push(...asMentions(s));
  }
  for (const o of orgs) {
    if (o.mentions.length) continue;
    const s: Span[] = [];
    write(['A statement by the ', { text: o.name, into: s }, ' said ', pick(FILLER, r), '.']);
    o.mentions.push(...asMentions(s));
  }
  const analysis: Analysis = { people, places, organizations: orgs, language: 'en', sentences };
  const day = new Date(Date.UTC(2022, 0, 1) + i * 3 * 3600_000).toISOString();
  const site = `news${i % 40}.test`;
  return {
    input: { meta: { url: `https://${site}/story/${i}`, title: `${people[0].name} and ${places[0].name}: story ${i}`, site, published: day }, text, analysis },
    drawn,
  };
}
