/**
 * Turns resolved mentions into the analysis entities: people (with roles, organisations, countries and
 * quotes), places (linked to the gazetteer) and organisations (variants grouped).
 */
import type { Doc } from '../doc/document';
import type { Fact, Mention, Organization, Person, Place, Quote, Span } from '../types';
import { gazetteer, type GazTarget } from '../gazetteer/load';
import { KNOWN_ORGS, isKnownParty } from '../lexicon/orgs';
import { TITLE_HEADS, TITLE_MODIFIERS, SPEAKER_PRONOUNS, ORG_HEADS, TEAM_ROLES, ADDRESS_STYLES, RANK_GRADES } from '../lexicon/words';
import { phraseKey } from '../gazetteer/fold';
import { afterPlacePreposition, ageAfter, modifiesPlural, type Cand } from './detect';
import { isOfficeDomain, ministryBefore, MINISTRY_NOUNS, type TitleParse } from './titles';
import { groupPeople, type PersonGroup } from './people';
import { genderFromPronouns, genderOfRole } from './pronoun-gender';
import { counterpartBefore } from './counterparts';
import { ledeOffice } from './lede-roles';
import { appointedAs, isOccupation, occupationAfter, whoHeads } from './roles-after-name';
import type { Lookups } from './lookups';
import type { FoundQuote } from '../quotes';

function span(doc: Doc, i: number, j: number): Span {
  const start = doc.start(i);
  const end = doc.end(j - 1);
  return { start, end, text: doc.text.slice(start, end) };
}

/** The mention of tokens [i, j) with its form: the fields of {@link span}, then `form` (no object spread). */
function formedSpan<F extends string>(doc: Doc, i: number, j: number, form: F): Span & { form: F } {
  const start = doc.start(i);
  const end = doc.end(j - 1);
  return { start, end, text: doc.text.slice(start, end), form };
}

function sentenceSpan(doc: Doc, t: number): Span {
  const k = doc.sentenceOf[t];
  return span(doc, doc.sentences.first[k], doc.sentences.last[k] + 1);
}

/** Parties of American politics' party-and-state tags ("R-Ohio", "D-Mass."); "I-" names no party. */
const PARTY_TAGS: Readonly<Record<string, string | undefined>> = { r: 'Republican Party', d: 'Democratic Party', i: undefined };

/**
 * The party-and-state tag right after a name ("Jim Jordan, R-Ohio," or "Elizabeth Warren (D-Mass.)"): its token
 * and its party, or undefined.
 */
function partyTagAfter(doc: Doc, j: number): { at: number; party?: string } | undefined {
  if (j + 1 >= doc.n || (doc.fold(j) !== ',' && doc.fold(j) !== '(') || doc.sentenceOf[j + 1] !== doc.sentenceOf[j]) return undefined;
  const m = /^([RDI])-\p{Lu}/u.exec(doc.raw(j + 1));
  // The tag ends at a comma, a bracket or its abbreviation's dot ("D-Day veteran" is no tag).
  const after = j + 2 < doc.n ? doc.fold(j + 2) : '';
  if (!m || (after !== ',' && after !== ')' && after !== '.')) return undefined;
  const key = m[1].toLowerCase();
  return { at: j + 1, party: PARTY_TAGS[key] };
}

/** Party members' words of American politics ("an Ohio Republican", "a Texas Democrat"). */
const PARTY_MEMBERS: Readonly<Record<string, string | undefined>> = { republican: 'Republican Party', democrat: 'Democratic Party' };

/**
 * "Jim Jordan, an Ohio Republican," / "Ann Reyes, a Democrat from Texas,": the party member's word in an
 * appositive right after a name: its token and its party, and whether a US state names where the member sits.
 */
function partyMemberAfter(input: PeopleInput, j: number): { at: number; party: string; us: boolean } | undefined {
  const { doc } = input;
  if (j + 2 >= doc.n || doc.fold(j) !== ',' || (doc.fold(j + 1) !== 'a' && doc.fold(j + 1) !== 'an')) return undefined;
  const s = doc.sentenceOf[j];
  let k = j + 2;
  const place = input.lk.placeAt(k);
  let state: string | undefined;
  if (place && doc.sentenceOf[place.j] === s) {
    state = gazetteer().place(place.targets[0].place).cc;
    k = place.j;
  }
  if (k >= doc.n || doc.sentenceOf[k] !== s || !doc.cap(k)) return undefined;
  const party = PARTY_MEMBERS[doc.fold(k)];
  if (!party) return undefined;
  if (state === undefined && k + 2 < doc.n && doc.fold(k + 1) === 'from') {
    const from = input.lk.placeAt(k + 2);
    if (from) state = gazetteer().place(from.targets[0].place).cc;
  }
  return { at: k, party, us: state === 'US' };
}

function fact(doc: Doc, value: string, i: number, j: number): Fact {
  return { value, span: span(doc, i, j), sentence: sentenceSpan(doc, i) };
}

/** Words dropped when comparing organisation names ("Kharkiv Provincial Prosecutor’s Office" ≈ "Kharkov Prosecutor’s Office"). */
const ORG_GENERIC = new Set(['provincial', 'regional', 'oblast', 'district', 'city', 'municipal', 'the', "'s", 'of', 'state']);

interface OrgGroup {
  name: string;
  key: string[];
  mentions: Cand[];
  country?: string;
  known?: number;
}

/** Builds places from LOC/MISC mentions. */
export function buildPlaces(doc: Doc, mentions: Cand[], lk: Lookups): { places: Place[]; placeOfMention: Map<Cand, Place> } {
  const gaz = gazetteer();
  // Country vote, to read ambiguous surfaces ("Georgia" next to "Atlanta").
  const vote = new Map<string, number>();
  for (const m of mentions) {
    if (!m.place) continue;
    const cc = gaz.place(m.place[0].place).cc;
    if (!cc || m.place.some((t) => gaz.place(t.place).cc !== cc)) continue;
    vote.set(cc, (vote.get(cc) ?? 0) + 1);
  }
  const endingAt = new Map<number, Cand>();
  const startingAt = new Map<number, Cand>();
  for (const m of mentions) {
    if (!m.place) continue;
    endingAt.set(m.j - 1, m);
    startingAt.set(m.i, m);
  }
  const byKey = new Map<string, Place>();
  const places: Place[] = [];
  const placeOfMention = new Map<Cand, Place>();
  for (const m of mentions) {
    if (m.type !== 'LOC' && !(m.type === 'MISC' && m.place)) continue;
    let targets: readonly GazTarget[] | undefined = m.place;
    if (!targets) {
      const parts: string[] = [];
      for (let t = m.i; t < m.j; t++) parts.push(doc.raw(t));
      targets = gaz.lookup(phraseKey(parts));
      if (!targets && doc.fold(m.i) === 'the' && m.j - m.i > 1) targets = gaz.lookup(phraseKey(parts.slice(1)));
      // A place name that is also a word ("the Gulf", "the Delta variant") names the gazetteer place only
      // after "in", "from"… (detection kept the word's own reading otherwise).
      if (targets?.[0].ambiguous && (!afterPlacePreposition(doc, m.i) || modifiesPlural(doc, m.j)) && !inPlaceAfterComma(doc, m, targets, startingAt)) targets = undefined;
      // A short form ("NYC", "US") names its place only as written, in capitals: "Nyc", "Us" are no places.
      if (targets?.[0].form === 'abbreviation' && /\p{Ll}/u.test(doc.text.slice(doc.start(m.i), doc.end(m.j - 1)))) continue;
    }
    let target: GazTarget | undefined = targets?.[0];
    if (m.type === 'MISC' && target?.form !== 'demonym') continue; // only demonyms stand for places
    if (targets && targets.length > 1) {
      const own = gaz.place(targets[0].place);
      // "Atlanta, Georgia": the place before the comma tells the country.
      const before = m.i >= 2 && doc.fold(m.i - 1) === ',' ? endingAt.get(m.i - 2) : undefined;
      const beforeCc = before?.place ? gaz.place(before.place[0].place).cc : '';
      // "Pokrovsk, Ukraine", "near Pokrovsk in the Donetsk region": the place right after tells the country.
      let a = m.j;
      while (a < doc.n && a < m.j + 3 && (doc.fold(a) === ',' || doc.fold(a) === 'in' || doc.fold(a) === 'the')) a++;
      const after = a > m.j ? startingAt.get(a) : undefined;
      const afterCc = after?.place ? gaz.place(after.place[0].place).cc : '';
      for (const t of targets.slice(1)) {
        const alt = gaz.place(t.place);
        if (alt.cc === own.cc) continue;
        // Two countries of one name ("Congo"): the places named around it choose, by any lead ("Goma" → DR Congo).
        const margin = own.kind === 'country' && alt.kind === 'country' ? 0 : 1;
        if (beforeCc === alt.cc || afterCc === alt.cc || (vote.get(alt.cc) ?? 0) > (vote.get(own.cc) ?? 0) + margin) {
          target = t;
          break;
        }
      }
    }
    const mention: Mention = formedSpan(doc, m.i, m.j, target?.form ?? 'name');
    if (m.type === 'MISC' || target?.form === 'demonym') mention.tag = 'MISC';
    else if (m.tag === 'ORG') mention.tag = 'ORG';
    let place: Place | undefined;
    if (target) {
      const gp = gaz.place(target.place);
      place = byKey.get(gp.key);
      if (!place) {
        const country = gp.cc ? gaz.country(gp.cc) : undefined;
        place = { id: '', name: gp.name, kind: gp.kind, key: gp.key, mentions: [] };
        if (country) {
          place.country = country.name;
          place.countryCode = gp.cc;
        }
        if (gp.latlng) place.latlng = gp.latlng;
        byKey.set(gp.key, place);
        places.push(place);
      }
    } else {
      if (m.type === 'MISC') continue;
      const key = 'text:' + mention.text.toLowerCase();
      place = byKey.get(key);
      if (!place) {
        place = { id: '', name: mention.text, kind: 'place', mentions: [] };
        byKey.set(key, place);
        places.push(place);
      }
    }
    place.mentions.push(mention);
    placeOfMention.set(m, place);
  }
  void lk;
  for (const p of places) if (p.key && TRANSLITERATION_MARKS.test(p.name)) p.name = writtenName(p) ?? p.name;
  places.forEach((p, k) => (p.id = `l${k}`));
  return { places, placeOfMention };
}

/**
 * True when the mention is followed by ", <its region or country>" ("AUSTIN, Texas —", "Reading, Pennsylvania"): a
 * place name that is also a word or a given name is that place when the next place contains it.
 */
function inPlaceAfterComma(doc: Doc, m: Cand, targets: readonly GazTarget[], startingAt: ReadonlyMap<number, Cand>): boolean {
  if (m.j + 1 >= doc.n || doc.fold(m.j) !== ',' || doc.sentenceOf[m.j + 1] !== doc.sentenceOf[m.i]) return false;
  const next = startingAt.get(m.j + 1)?.place?.[0];
  if (!next || next.form !== 'name') return false;
  const outer = gazetteer().place(next.place);
  if (outer.kind !== 'region' && outer.kind !== 'country') return false;
  const own = gazetteer().place(targets[0].place);
  return own.cc !== '' && own.cc === outer.cc && (outer.kind === 'country' || nearby(own, outer));
}

/** True when two places lie within about 800 km of each other (a city and the state or province around it). */
function nearby(a: { latlng?: readonly number[] }, b: { latlng?: readonly number[] }): boolean {
  if (!a.latlng || !b.latlng) return true;
  const dLat = a.latlng[0] - b.latlng[0];
  const dLng = (a.latlng[1] - b.latlng[1]) * Math.cos((a.latlng[0] * Math.PI) / 180);
  return dLat * dLat + dLng * dLng < 7.2 * 7.2;
}

/**
 * Marks of a scholarly romanisation that news never prints ("Ḩamāh", "Ţūlkarm", "Khān Yūnis" in GeoNames):
 * macrons, dots and cedillas below, and the ʻayn and hamza letters.
 */
const TRANSLITERATION_MARKS = /[\u0100\u0101\u0112\u0113\u012a\u012b\u014c\u014d\u016a\u016b\u0162\u0163\u1e00-\u1eff\u02bb\u02be\u02bf]/;

/**
 * The spelling the text names a place by most often ("Hama", "Khan Younis"), as the card shows it, from its
 * name mentions not written in capitals; undefined when there is none.
 */
function writtenName(p: Place): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const m of p.mentions) {
    if (m.form !== 'name' || m.text.toUpperCase() === m.text || m.text.toLowerCase() === m.text) continue;
    const text = m.text.replace(/\s+/g, ' ');
    const c = (counts.get(text) ?? 0) + 1;
    counts.set(text, c);
    if (best === undefined || c > counts.get(best)!) best = text;
  }
  return best;
}

/** Groups organisation mentions. */
export function buildOrgs(doc: Doc, mentions: Cand[], placeMentions: Cand[], placeOf: Map<Cand, Place>): { orgs: Organization[]; orgOf: Map<Cand, Organization> } {
  const gaz = gazetteer();
  const groups: OrgGroup[] = [];
  const orgOf = new Map<Cand, Organization>();
  const groupOf = new Map<Cand, OrgGroup>();
  const nestedAt = new Map<number, Cand>();
  for (const p of placeMentions) if (p.nested) nestedAt.set(p.i, p);
  const knownGroup = new Map<number, OrgGroup>();
  const byKey = new Map<string, OrgGroup>();
  /** Unknown-organisation groups by their last two key words, for suffix matches ("Air Force"). */
  const byTail = new Map<string, OrgGroup[]>();
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    let g: OrgGroup | undefined;
    const known = m.org;
    const key: string[] = [];
    let country: string | undefined;
    for (let t = m.i; t < m.j; t++) {
      const inner = nestedAt.get(t);
      if (inner) {
        const pl = placeOf.get(inner);
        key.push(pl?.key ?? doc.fold(t));
        if (pl && !country) country = pl.kind === 'country' ? pl.name : pl.country;
        t = Math.min(inner.j, m.j) - 1;
        continue;
      }
      const f = doc.fold(t);
      if (!ORG_GENERIC.has(f)) key.push(f);
    }
    if (known !== undefined) {
      g = knownGroup.get(known);
      if (!g) {
        g = { name: KNOWN_ORGS[known].name, key, mentions: [], known };
        const cc = KNOWN_ORGS[known].country;
        if (cc) g.country = gaz.country(cc)?.name;
        groups.push(g);
        knownGroup.set(known, g);
      }
    } else {
      const k = key.join(' ');
      const tail = key.slice(-2).join(' ');
      // A shorter name after a longer one is that organisation ("Commission" after "European Commission"); a longer
      // one after a shorter extends it, unless it adds a place ("the Supreme Court", then "Georgia Supreme Court").
      g = byKey.get(k) ?? byTail.get(tail)?.find((x) => isSuffix(key, x.key) || (isSuffix(x.key, key) && !placeKeyIn(key, key.length - x.key.length))) ?? headWordGroup(doc, m, groups);
      if (!g) {
        g = { name: '', key, mentions: [] };
        groups.push(g);
        const l = byTail.get(tail);
        if (l) l.push(g);
        else byTail.set(tail, [g]);
      }
      byKey.set(k, g);
      const text = doc.text.slice(doc.start(m.i), doc.end(m.j - 1)).replace(/\s+/g, ' ');
      if (m.j - m.i > (g.mentions.length ? longest(g) : 0)) {
        g.name = text;
        g.key = key.length > g.key.length ? key : g.key;
      }
      if (country && !g.country) g.country = country;
    }
    g.mentions.push(m);
    groupOf.set(m, g);
  }
  const orgs: Organization[] = [];
  const orgOfGroup = new Map<OrgGroup, Organization>();
  groups.forEach((g, k) => {
    const o: Organization = { id: `o${k}`, name: g.name, mentions: g.mentions.map((m) => formedSpan(doc, m.i, m.j, m.j - m.i === 1 && doc.allCaps(m.i) ? 'abbreviation' : 'name')) };
    if (g.country) o.country = g.country;
    orgs.push(o);
    orgOfGroup.set(g, o);
  });
  for (const [m, g] of groupOf) orgOf.set(m, orgOfGroup.get(g)!);
  return { orgs, orgOf };
}

/**
 * A one-word organisation mention that repeats the last word of exactly one organisation named before it
 * ("the Commission" after "the European Commission"): that organisation. Two candidates: none.
 */
function headWordGroup(doc: Doc, m: Cand, groups: OrgGroup[]): OrgGroup | undefined {
  if (m.j - m.i !== 1 || doc.allCaps(m.i)) return undefined;
  const word = doc.fold(m.i);
  let found: OrgGroup | undefined;
  for (const g of groups) {
    const last = g.mentions.length ? g.mentions[0] : undefined;
    if (!last || last.j - last.i < 2 || doc.fold(last.j - 1) !== word) continue;
    if (found && found !== g) return undefined;
    found = g;
  }
  return found;
}

function longest(g: OrgGroup): number {
  let best = 0;
  for (const m of g.mentions) best = Math.max(best, m.j - m.i);
  return best;
}

/** True when one of the first `n` words of an organisation's key is a place's key (nested places are keyed so). */
function placeKeyIn(key: readonly string[], n: number): boolean {
  for (let k = 0; k < n; k++) if (key[k].includes(':')) return true;
  return false;
}

function isSuffix(short: string[], long: string[]): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  for (let k = 1; k <= short.length; k++) if (short[short.length - k] !== long[long.length - k]) return false;
  return true;
}

/** Everything people assembly needs. */
export interface PeopleInput {
  doc: Doc;
  perMentions: Cand[];
  titles: TitleParse[];
  lk: Lookups;
  orgOfToken: (i: number) => Organization | undefined;
  placeOfToken: (i: number) => Place | undefined;
  quotes: FoundQuote[];
}

/**
 * Builds people with roles, affiliations and quotes.
 *
 * Its steps loop with indexes, not `for…of`: this function runs once per document, so V8 optimises it only after
 * hundreds of documents, at a cost that grows with its bytecode, and each `for…of` added ~150-250 bytes of
 * iterator protocol (12,503 -> 7,983 bytes for the 13 loops: compiled during the bench's warm-up, not in its
 * timed passes).
 */
export function buildPeople(input: PeopleInput): Person[] {
  const { doc, perMentions, titles } = input;
  const groups = groupPeople(doc, perMentions);
  const personOfMention = new Map<Cand, PersonGroup>();
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi];
    for (let mi = 0; mi < g.mentions.length; mi++) personOfMention.set(g.mentions[mi], g);
  }
  const people: Person[] = groups.map((g, k) => ({
    id: `p${k}`,
    name: g.name,
    mentions: g.mentions.map((m) => {
      const start = doc.start(m.i);
      const end = doc.end(m.j - 1);
      return { start, end, text: doc.text.slice(start, end), form: 'name' as const, tag: 'PER' as const };
    }),
    official: false,
    quotes: [],
  }));
  const personOf = new Map<PersonGroup, Person>();
  groups.forEach((g, k) => personOf.set(g, people[k]));
  const mentionByNameStart = new Map<number, Cand>();
  for (let mi = 0; mi < perMentions.length; mi++) {
    const m = perMentions[mi];
    mentionByNameStart.set(m.nameI ?? m.i, m);
  }

  // Titles → role, organisation, country.
  for (let ti = 0; ti < titles.length; ti++) {
    const t = titles[ti];
    if (t.nameJ <= t.nameI) continue;
    const m = mentionByNameStart.get(t.nameI);
    if (!m) continue;
    const g = personOfMention.get(m);
    if (!g) continue;
    const p = personOf.get(g)!;
    applyTitle(input, p, t);
    // "Pakistani army spokesman Lt. Gen. Ana Levi": a lower-case office right before the title gives the country and the
    // organisation the title does not (its own parse gave way to the rank's).
    if ((!p.country || !p.organization) && t.roleI > 0) outerOfficeAffiliation(input, p, t.roleI);
    // "Pakistan's army chief, Field Marshal Asim Munir,": an appositive before the titled name gives the country
    // and the organisation the title does not.
    if ((!p.country || !p.organization) && t.roleI > 0 && doc.fold(t.roleI - 1) === ',') {
      const before: Person = { ...p, role: undefined, organization: undefined, country: undefined };
      appositiveBefore(input, before, { ...m, i: t.roleI, j: t.nameJ });
      if (before.role) {
        p.country ??= before.country;
        p.organization ??= before.organization;
        // "Qatar's emir, Sheikh Tamim …": a style of address is no office; the appositive's office is the role.
        if (p.role && ADDRESS_STYLES.has(p.role.value.toLowerCase())) {
          p.role = before.role;
          p.official = before.official || p.official;
        }
      }
    }
  }
  // Appositives: "Maria Zakharova, the foreign ministry spokeswoman".
  for (let mi = 0; mi < perMentions.length; mi++) {
    const m = perMentions[mi];
    const g = personOfMention.get(m);
    if (!g) continue;
    const p = personOf.get(g)!;
    if (p.role) {
      // "Mohammed bin Salman, the Saudi crown prince, … Prince Mohammed": an appositive that names the same office in
      // full (its country, its grade) is the better role than the bare title word.
      if (!/\s/.test(p.role.value) && TITLE_HEADS.has(p.role.value.toLowerCase())) fullerAppositive(input, p, m);
      continue;
    }
    appositive(input, p, m);
    if (!p.role) appositiveBefore(input, p, m);
    if (!p.role) roleAfterName(input, p, m);
  }
  // "Ukraine's foreign minister accused Russia … . Andrii Sybiha said …": an office opening the sentence before the one
  // a person is first named in, naming nobody itself, is that person's.
  let personSentences: Set<number> | undefined;
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi];
    const p = personOf.get(g)!;
    const m = g.mentions[0];
    if (p.role || g.furnitureOnly || m.j - m.i < 2) continue;
    const s = doc.sentenceOf[m.i];
    if (s === 0 || doc.sentences.first[s] !== m.i || m.j >= doc.n || doc.sentenceOf[m.j] !== s || !doc.word(m.j) || doc.cap(m.j)) continue;
    personSentences ??= new Set(perMentions.map((x) => doc.sentenceOf[x.i]));
    const office = ledeOffice(doc, s - 1, (k) => personSentences!.has(k));
    if (!office) continue;
    p.role = fact(doc, doc.text.slice(doc.start(office.roleI), doc.end(office.roleJ - 1)), office.roleI, office.roleJ);
    p.official = true;
    affiliationBetween(input, p, office.ownerI, office.ownerJ);
  }
  // "The Rapid Support Forces, led by Mohamed Hamdan Dagalo,": the person who leads the organisation just named.
  for (let mi = 0; mi < perMentions.length; mi++) {
    const m = perMentions[mi];
    const g = personOfMention.get(m);
    const p = g ? personOf.get(g)! : undefined;
    if (!p || p.role || m.i < 4 || doc.fold(m.i - 1) !== 'by' || !LEAD_VERBS.has(doc.fold(m.i - 2)) || doc.fold(m.i - 3) !== ',') continue;
    const o = input.orgOfToken(m.i - 4);
    if (!o || doc.sentenceOf[m.i - 4] !== doc.sentenceOf[m.i]) continue;
    let from = m.i - 4;
    while (from > 0 && input.orgOfToken(from - 1) === o) from--;
    const founder = doc.fold(m.i - 2) === 'founded';
    p.role = fact(doc, founder ? 'founder' : 'leader', m.i - 2, m.i);
    if (!founder) p.official = true;
    p.organization = fact(doc, o.name, from, m.i - 3);
    if (o.country && !p.country) p.country = fact(doc, o.country, from, m.i - 3);
  }
  // "Nvidia's Jensen Huang", "Meta's Andy Stone": an organisation's possessive before the name is the employer.
  for (let mi = 0; mi < perMentions.length; mi++) {
    const m = perMentions[mi];
    const at = m.nameI ?? m.i;
    if (at < 2 || (doc.fold(at - 1) !== "'s" && doc.fold(at - 1) !== '\u2019s') || doc.sentenceOf[at - 2] !== doc.sentenceOf[at]) continue;
    const o = input.orgOfToken(at - 2);
    const g = personOfMention.get(m);
    if (!g) continue;
    const p = personOf.get(g)!;
    // "Russia's Sergei Lavrov": a country's possessive gives the country.
    const pl = o ? undefined : input.placeOfToken(at - 2);
    if (pl && (pl.kind === 'country' || pl.kind === 'historical country') && !p.country) p.country = fact(doc, pl.name, at - 2, at - 1);
    if (!o || p.organization) continue;
    let from = at - 2;
    while (from > 0 && input.orgOfToken(from - 1) === o) from--;
    p.organization = fact(doc, o.name, from, at - 1);
    if (o.country && !p.country) p.country = fact(doc, o.country, from, at - 1);
  }
  // "Detective Inspector Ana Ruiz of Thames Valley Police", "Mr. Okoro of the Red Cross": an organisation named
  // right after the name, with "of", is the employer.
  for (let mi = 0; mi < perMentions.length; mi++) {
    const m = perMentions[mi];
    const g = personOfMention.get(m);
    const p = g ? personOf.get(g)! : undefined;
    if (!p || m.j + 1 >= doc.n || doc.fold(m.j) !== 'of' || doc.sentenceOf[m.j] !== doc.sentenceOf[m.j - 1]) continue;
    let e = m.j + 1;
    if (doc.fold(e) === 'the' && e + 1 < doc.n) e++;
    const o = input.orgOfToken(e);
    if (o && !p.organization && input.orgOfToken(e - 1) !== o) organizationAt(input, p, e);
    // "Foreign Minister Penny Wong of Australia": an office holder's country after the name.
    const pl = o || !p.official || p.country ? undefined : input.placeOfToken(e);
    const country = pl && (pl.kind === 'country' || pl.kind === 'historical country' ? pl.name : pl.kind === 'region' || pl.kind === 'city' ? pl.country : undefined);
    if (country) {
      let end = e + 1;
      while (end < doc.n && input.placeOfToken(end) === pl) end++;
      // Not a town's name opening a longer one ("of Avon and Somerset Police"), nor a small town (the name is
      // more often another place's there).
      const match = input.lk.placeAt(e);
      const sizeable = match !== undefined && (pl.kind !== 'city' || gazetteer().place(match.targets[0].place).rank >= 1);
      const goesOn = end < doc.n && doc.sentenceOf[end] === doc.sentenceOf[e] && ((doc.fold(end) === 'and' && end + 1 < doc.n && doc.cap(end + 1)) || (doc.cap(end) && doc.word(end)));
      if (sizeable && !goesOn) p.country = fact(doc, country, e, end);
    }
  }
  // "his Japanese counterpart, Aiko Mori": the office of the person the possessive points to, for that country.
  for (let mi = 0; mi < perMentions.length; mi++) {
    const m = perMentions[mi];
    const g = personOfMention.get(m);
    const phrase = g && !personOf.get(g)!.role ? counterpartBefore(doc, m.i) : undefined;
    if (!g || !phrase) continue;
    let holder: Person | undefined;
    for (let k = perMentions.length - 1; k >= 0 && !holder; k--) {
      const o = perMentions[k];
      if (o.j > phrase.possessive || doc.sentenceOf[o.i] !== doc.sentenceOf[phrase.possessive]) continue;
      const og = personOfMention.get(o);
      const op = og && og !== g ? personOf.get(og) : undefined;
      if (op?.role && op.official) holder = op;
    }
    if (!holder?.role) continue;
    const p = personOf.get(g)!;
    p.role = fact(doc, holder.role.value, phrase.head, phrase.head + 1);
    p.official = true;
    affiliationBetween(input, p, phrase.possessive + 1, phrase.head);
  }
  // "Rep. Jim Jordan, R-Ohio," / "(D-Mass.)": the party-and-state tag of American politics gives the party and the country.
  for (let mi = 0; mi < perMentions.length; mi++) {
    const m = perMentions[mi];
    const tag = partyTagAfter(doc, m.j);
    const g = tag ? personOfMention.get(m) : undefined;
    if (!tag || !g) continue;
    const p = personOf.get(g)!;
    if (!p.organization && tag.party) p.organization = fact(doc, tag.party, tag.at, tag.at + 1);
    if (!p.country) p.country = fact(doc, 'United States', tag.at, tag.at + 1);
  }
  // "Rep. Jim Jordan, an Ohio Republican,": the party member's word gives the party, and a US state the country.
  for (let mi = 0; mi < perMentions.length; mi++) {
    const m = perMentions[mi];
    const member = partyMemberAfter(input, m.j);
    const g = member ? personOfMention.get(m) : undefined;
    if (!member || !g) continue;
    const p = personOf.get(g)!;
    if (!p.organization) p.organization = fact(doc, member.party, member.at, member.at + 1);
    if (!p.country && member.us) p.country = fact(doc, 'United States', member.at, member.at + 1);
  }
  // "Sen. Elizabeth Warren", "Gen. Mark Milley": an office written short before the name, when nothing else gave one.
  for (let mi = 0; mi < perMentions.length; mi++) {
    const m = perMentions[mi];
    if (m.nameI === undefined || m.nameI !== m.i + 1) continue;
    const short = OFFICE_ABBREVIATIONS[doc.fold(m.i).replace(/\.$/, '')];
    const g = personOfMention.get(m);
    if (!short || !g) continue;
    const p = personOf.get(g)!;
    if (p.role) continue;
    // "Brig. Gen.", "Rear Adm.", "Det. Sgt.": the grade words written before the rank are part of it.
    const rank = compoundRank(doc, m.i, short);
    const office = rank.office;
    p.role = fact(doc, office, rank.first, m.i + 1);
    p.official = true;
    if ((!p.country || !p.organization) && rank.first > 0) outerOfficeAffiliation(input, p, rank.first);
    // "Gov. Gavin Newsom of California", "Sen. Lisa Murkowski of Alaska": the place after the name is the office's.
    if (STATE_OFFICES.has(office) && m.j + 1 < doc.n && doc.fold(m.j) === 'of' && doc.sentenceOf[m.j + 1] === doc.sentenceOf[m.j]) {
      const place = input.lk.placeAt(m.j + 1);
      // A state's office: the state of that name ("of New York"), though the text's place reads as the city.
      const region = place?.targets.find((t) => t.form === 'name' && gazetteer().place(t.place).kind === 'region');
      const gp = region ? gazetteer().place(region.place) : undefined;
      if (place && gp) {
        if (office === 'Governor') p.role = fact(doc, `Governor of ${gp.name}`, m.i, place.j);
        const country = gp.cc ? gazetteer().country(gp.cc)?.name : undefined;
        if (country && !p.country) p.country = fact(doc, country, m.j + 1, place.j);
      }
    }
  }
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi];
    const p = personOf.get(g)!;
    if (g.furnitureOnly) {
      p.official = false;
      if (!p.role) p.role = fact(doc, photoCredit(doc, g.mentions[0].i) || slashCredit(doc, g.mentions[0].j) ? 'photographer' : editingCredit(doc, g.mentions[0].i) ? 'editor' : 'author', g.mentions[0].i, g.mentions[0].j);
    }
  }

  // Quotes → people.
  // Gender for "he said" / "she said" (read only when such a quote exists): an honorific first (people.ts), then
  // the text's pronouns, then a role word.
  if (input.quotes.some((q) => q.speakerI !== undefined && q.speakerJ === q.speakerI + 1 && (doc.fold(q.speakerI) === 'he' || doc.fold(q.speakerI) === 'she'))) {
    const inQuote = new Uint8Array(doc.n);
    for (let qi = 0; qi < input.quotes.length; qi++) {
      const q = input.quotes[qi];
      inQuote.fill(1, q.i, Math.min(q.j, doc.n));
    }
    genderFromPronouns(doc, groups, personOfMention, inQuote);
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi];
      const role = g.gender ? undefined : personOf.get(g)!.role;
      if (role) g.gender = genderOfRole(role.value);
    }
  }
  const personMentions = perMentions.slice().sort((a, b) => a.i - b.i);
  const mentionAt = new Map<number, Cand>();
  for (let pi = 0; pi < personMentions.length; pi++) mentionAt.set(personMentions[pi].i, personMentions[pi]);
  for (let qi = 0; qi < input.quotes.length; qi++) {
    const q = input.quotes[qi];
    if (q.speakerI === undefined || q.speakerJ === undefined) continue;
    let who: PersonGroup | undefined;
    for (let t = q.speakerI; t < q.speakerJ; t++) {
      const m = mentionAt.get(t);
      if (m && m.j <= q.speakerJ) who = personOfMention.get(m);
    }
    if (!who && q.speakerJ - q.speakerI === 1 && SPEAKER_PRONOUNS.has(doc.fold(q.speakerI))) {
      const f = doc.fold(q.speakerI);
      if (f === 'he' || f === 'she') who = focusBefore(personMentions, personOfMention, q.carried ? q.speakerI : Math.min(q.i, q.speakerI), f === 'he' ? 'm' : 'f', q);
    }
    if (!who) {
      // "the ambassador", "the spokesman": the last person with that role.
      const head = lastTitleHead(doc, q.speakerI, q.speakerJ);
      if (head) {
        for (let k = lastBefore(personMentions, q.speakerI), steps = 0; k >= 0 && steps < 200; k--, steps++) {
          const m = personMentions[k];
          const g = personOfMention.get(m);
          const role = g && personOf.get(g)!.role;
          if (role && role.value.toLowerCase().includes(head)) {
            who = g;
            break;
          }
        }
      }
    }
    if (!who) continue;
    const p = personOf.get(who)!;
    const quote: Quote = {
      span: { start: q.start, end: q.end, text: doc.text.slice(q.start, q.end) },
      speaker: span(doc, q.speakerI, q.speakerJ),
    };
    if (q.cue !== undefined) quote.cue = span(doc, q.cue, q.cue + 1);
    p.quotes.push(quote);
  }
  return people;
}

function lastTitleHead(doc: Doc, i: number, j: number): string | undefined {
  for (let t = j - 1; t >= i; t--) if (TITLE_HEADS.has(doc.fold(t))) return doc.fold(t);
  return undefined;
}

/** Index of the last mention starting before token `before` (mentions sorted by start), or -1. */
function lastBefore(mentions: Cand[], before: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].i < before) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function focusBefore(mentions: Cand[], personOf: Map<Cand, PersonGroup>, before: number, gender: 'm' | 'f', q: FoundQuote): PersonGroup | undefined {
  let fallback: PersonGroup | undefined;
  for (let k = lastBefore(mentions, before), steps = 0; k >= 0 && steps < 200; k--, steps++) {
    const m = mentions[k];
    if (m.i >= q.i && m.j <= q.j) continue; // inside the quote itself
    const g = personOf.get(m);
    if (!g || g.furnitureOnly) continue;
    if (!g.gender || g.gender === gender) return g;
    if (!fallback) fallback = g;
  }
  return fallback;
}

function applyTitle(input: PeopleInput, p: Person, t: TitleParse): void {
  const { doc } = input;
  if (!p.role || p.role.value.split(' ').length < t.roleJ - t.roleI) {
    const value = doc.text.slice(doc.start(t.roleI), doc.end(t.roleJ - 1)).replace(/\s+/g, ' ');
    p.role = fact(doc, value, t.roleI, t.roleJ);
  }
  if (!t.descriptor) p.official = true;
  if (t.orgI !== undefined && t.orgJ !== undefined && !p.organization) {
    const o = input.orgOfToken(t.orgI);
    const value = o ? o.name : doc.text.slice(doc.start(t.orgI), doc.end(t.orgJ - 1));
    p.organization = fact(doc, value, t.orgI, t.orgJ);
    if (!p.country && o?.country) p.country = fact(doc, o.country, t.orgI, t.orgJ);
  }
  // "Commission spokesperson Pieter Van Damme": an organisation mention right before the role is its employer,
  // though no organisation head-word phrase ends there (a lone "Commission", "NASA").
  // "Liverpool manager Arne Slot": a team's role names the club, though the club is named like its city.
  const teamRole = TEAM_ROLES.has(doc.fold(t.roleJ - 1));
  if (!p.organization && t.orgI === undefined && (t.placeI === undefined || teamRole) && t.roleI > 0 && doc.sentenceOf[t.roleI - 1] === doc.sentenceOf[t.roleI]) {
    const o = input.orgOfToken(t.roleI - 1);
    if (o) {
      p.organization = fact(doc, o.name, t.roleI - 1, t.roleI);
      if (o.country && !p.country) p.country = fact(doc, o.country, t.roleI - 1, t.roleI);
    }
  }
  // "New York Mayor Zohran Mamdani", "Texas Governor Greg Abbott": a city's or a region's office is named with it.
  if (t.placeI !== undefined && t.placeJ === t.roleI && p.role?.span.start === doc.start(t.roleI)) {
    const pl = input.placeOfToken(t.placeI);
    if (pl && (pl.kind === 'city' || pl.kind === 'region') && !TEAM_ROLES.has(doc.fold(t.roleJ - 1))) {
      p.role = fact(doc, doc.text.slice(doc.start(t.placeI), doc.end(t.roleJ - 1)).replace(/\s+/g, ' '), t.placeI, t.roleJ);
    }
  }
  if (t.placeI !== undefined && t.placeJ !== undefined && !p.country) {
    const pl = input.placeOfToken(t.placeI);
    const value = pl ? (pl.kind === 'country' || pl.kind === 'historical country' ? pl.name : pl.country) : undefined;
    if (value) p.country = fact(doc, value, t.placeI, t.placeJ);
    // "Kremlin spokesman", "White House press secretary": a named site stands for the office it houses.
    if (pl?.kind === 'place' && !p.organization) p.organization = fact(doc, pl.name, t.placeI, t.placeJ);
  }
  // "Governor of Texas", "Mayor of Komárno": the office belongs to that place (not so "Ambassador to Russia").
  if (t.domainIsOwner && t.domainI !== undefined && t.domainJ !== undefined && !p.country) {
    const pl = input.placeOfToken(t.domainI);
    const value = pl ? (pl.kind === 'country' || pl.kind === 'historical country' ? pl.name : pl.country) : undefined;
    if (value) p.country = fact(doc, value, t.domainI, t.domainJ);
  }
  if (!p.country && t.orgI !== undefined && t.orgJ !== undefined) {
    for (let k = t.orgI; k < t.orgJ; k++) {
      const pl = input.placeOfToken(k);
      const value = pl ? (pl.kind === 'country' ? pl.name : pl.country) : undefined;
      if (value) {
        p.country = fact(doc, value, t.orgI, t.orgJ);
        break;
      }
    }
  }
  // "Iran's Foreign Ministry spokesman Esmaeil Baghaei": a country's possessive before the organisation.
  if (!p.country && p.organization && p.organization.span.start > 0) {
    let k = t.orgI ?? t.roleI - 1;
    const o = input.orgOfToken(k);
    while (o && k > 0 && input.orgOfToken(k - 1) === o) k--;
    if (k >= 2 && (doc.fold(k - 1) === "'s" || doc.fold(k - 1) === '\u2019s') && doc.sentenceOf[k - 2] === doc.sentenceOf[k]) {
      const pl = input.placeOfToken(k - 2);
      if (pl && (pl.kind === 'country' || pl.kind === 'historical country')) p.country = fact(doc, pl.name, k - 2, k - 1);
    } else if (k >= 1 && doc.sentenceOf[k - 1] === doc.sentenceOf[k]) {
      // "Afghan Taliban spokesman Zabihullah Mujahid": a people's word right before the organisation.
      const pl = input.placeOfToken(k - 1);
      if (pl && (pl.kind === 'country' || pl.kind === 'historical country')) p.country = fact(doc, pl.name, k - 1, k);
    }
  }
}

/** True when the name at token `i` follows a photo caption's label ("Credit", "Photo:", "Image:"). */
function photoCredit(doc: Doc, i: number): boolean {
  let t = i - 1;
  if (t >= 0 && doc.fold(t) === ':') t--;
  if (t >= 0 && doc.allCaps(t) && doc.end(t) - doc.start(t) >= 2 && t > 0 && doc.fold(t - 1) === ':') t -= 2; // "Image: NASA Bill Ingalls"
  if (t < 0) return false;
  const f = doc.fold(t);
  return f === 'credit' || f === 'photo' || f === 'image' || f === 'photograph';
}

/** "Editing by Tom Hale and Mark Potter": a name in a credit line's editing credit (back to its "by", not past a ";"). */
function editingCredit(doc: Doc, i: number): boolean {
  const s = doc.sentenceOf[i];
  for (let t = i - 1; t > 0 && t >= i - 12 && doc.sentenceOf[t] === s; t--) {
    const f = doc.fold(t);
    if (f === ';') return false;
    if (f === 'by') return doc.fold(t - 1) === 'edited' || doc.fold(t - 1) === 'editing';
  }
  return false;
}

/** "… in Paris Jane Roe/Reuters": a name glued to a slash and an agency is a caption's photo credit. */
function slashCredit(doc: Doc, j: number): boolean {
  return j < doc.n && doc.fold(j) === '/' && doc.end(j - 1) === doc.start(j);
}

/** Reads "X, the Russian foreign ministry spokeswoman," after a name. */
function appositive(input: PeopleInput, p: Person, m: Cand): void {
  const { doc } = input;
  const s = doc.sentenceOf[m.j - 1];
  if (m.j >= doc.n || doc.fold(m.j) !== ',') return;
  let k = m.j + 1;
  // "Lena Holm, 45, the chief executive of …": an age between the name and the appositive is skipped.
  if (ageAfter(doc, m.j) && doc.fold(k + 1) === ',') k += 2;
  // "Ursula von der Leyen, and the secretary general of NATO, Mark Rutte": a list goes on, no appositive.
  if (k < doc.n && (doc.fold(k) === 'and' || doc.fold(k) === 'or')) return;
  let headAt = -1;
  const limit = Math.min(doc.n, k + 10);
  for (let t = k; t < limit && doc.sentenceOf[t] === s; t++) {
    const f = doc.fold(t);
    if (f === ',' || f === '.' || f === ';' || f === 'who' || f === 'said' || f === 'says') break;
    // "a former prosecutor in the Bronx district attorney's office": the office the person holds comes before the
    // place or body it is held in, whose own title words are no role of the person.
    if (headAt >= 0 && t === headAt + 1 && (f === 'in' || f === 'at' || f === 'with')) break;
    if (TITLE_HEADS.has(f) && !modifierBeforeNoun(doc, t)) headAt = t;
    if (ORG_HEADS.has(f) && headAt >= 0) break;
  }
  if (headAt < 0) return;
  if (doc.fold(k) === 'the' || doc.fold(k) === 'a' || doc.fold(k) === 'an') k++;
  else if (!(doc.fold(k) === 'who' || headAt - k <= 4)) return;
  let roleI = headAt;
  while (roleI - 1 >= k && (TITLE_MODIFIERS.has(doc.fold(roleI - 1)) || TITLE_HEADS.has(doc.fold(roleI - 1)))) roleI--;
  roleI = ministryBefore(doc, roleI, k, input.lk);
  let roleJ = headAt + 1;
  if (roleJ + 1 < doc.n && (doc.fold(roleJ) === 'of' || doc.fold(roleJ) === 'for' || doc.fold(roleJ) === 'to')) {
    const forOrg = doc.fold(roleJ) === 'for';
    let e = roleJ + 1;
    if (doc.fold(e) === 'the') e++;
    // "the leader of the far-right National Rally": a party's leaning before its name.
    let named = e;
    while (named < doc.n && named < e + 2 && !doc.cap(named) && LEANINGS.has(doc.fold(named))) named++;
    if (named > e && (input.lk.orgSpanAt(named) !== undefined || input.orgOfToken(named))) e = named;
    let orgEnd = input.lk.orgSpanAt(e);
    // "country director for Amnesty International": an organisation the tagger found, with no head word.
    if (orgEnd === undefined && input.orgOfToken(e)) {
      orgEnd = e + 1;
      while (orgEnd < doc.n && input.orgOfToken(orgEnd) === input.orgOfToken(e)) orgEnd++;
    }
    if (orgEnd !== undefined) {
      const o = input.orgOfToken(e);
      // "of Amnesty International Kenya": the organisation read may run past the known name (a national branch).
      while (o && orgEnd < doc.n && input.orgOfToken(orgEnd) === o) orgEnd++;
      p.organization = fact(doc, o?.name ?? doc.text.slice(doc.start(e), doc.end(orgEnd - 1)), e, orgEnd);
      if (o?.country && !p.country) p.country = fact(doc, o.country, e, orgEnd);
      if (!forOrg) roleJ = orgEnd; // "Ambassador to the UN" is the role; "spokeswoman for X" works for X
    } else {
      roleJ = placeComplement(input, p, roleJ, e, roleJ);
      // "speaker of Serbia's parliament": the place's possessive and the lower-case body after it belong to the role.
      if (roleJ > e && roleJ + 1 < doc.n && (doc.fold(roleJ) === "'s" || doc.fold(roleJ) === '\u2019s') && doc.sentenceOf[roleJ + 1] === doc.sentenceOf[e] && doc.word(roleJ + 1) && !doc.cap(roleJ + 1)) {
        roleJ += 2;
        while (roleJ < doc.n && roleJ < e + 6 && doc.sentenceOf[roleJ] === doc.sentenceOf[e] && doc.word(roleJ) && !doc.cap(roleJ) && !STOP_AFTER_BODY.has(doc.fold(roleJ))) roleJ++;
      }
    }
  } else if (roleJ + 1 < doc.n && (doc.fold(roleJ) === 'at' || doc.fold(roleJ) === 'with') && doc.sentenceOf[roleJ + 1] === doc.sentenceOf[roleJ]) {
    // "chief technology officer at Zorvex", "a spokesman with the Red Cross": the body the office is held at.
    organizationAt(input, p, doc.fold(roleJ + 1) === 'the' ? roleJ + 2 : roleJ + 1);
  }
  const value = doc.text.slice(doc.start(roleI), doc.end(roleJ - 1)).replace(/\s+/g, ' ');
  p.role = fact(doc, value, roleI, roleJ);
  p.official = true;
  affiliationBetween(input, p, k, roleI);
}

/** Lower-case words for a party's or a movement's leaning, written before its name ("the far-right National Rally"). */
const LEANINGS: ReadonlySet<string> = new Set([
  'far-right', 'far-left', 'right-wing', 'left-wing', 'hard-right', 'hard-left', 'centre-right', 'centre-left', 'center-right',
  'center-left', 'centrist', 'conservative', 'liberal', 'ruling', 'governing', 'opposition', 'nationalist', 'populist',
  'socialist', 'communist', 'progressive', 'main', 'mainstream', 'anti-immigration', 'pro-european', 'islamist', 'separatist',
]);

/** "Kevin Dore, a meteorologist at the weather service," and "named Lena Holm foreign secretary": see roles-after-name.ts. */
function roleAfterName(input: PeopleInput, p: Person, m: Cand): void {
  const { doc } = input;
  // "Ivo Kral, who heads the Czech central bank,": "head of the Czech central bank", with its organisation and country.
  const h = whoHeads(doc, m.j);
  if (h) {
    const body = doc.text.slice(doc.start(h.bodyI), doc.end(h.bodyJ - 1)).replace(/\s+/g, ' ');
    p.role = fact(doc, `${h.role} of ${body}`, h.verb, h.bodyJ);
    p.official = true;
    affiliationBetween(input, p, h.bodyI, h.bodyJ);
    return;
  }
  // "Maria Lopez, 34, a nurse;": an age between the name and the occupation is skipped.
  const r = occupationAfter(doc, ageAfter(doc, m.j) && doc.fold(m.j + 2) === ',' ? m.j + 2 : m.j) ?? appointedAs(doc, m.i, m.j);
  if (!r) return;
  p.role = fact(doc, doc.text.slice(doc.start(r.roleI), doc.end(r.roleJ - 1)).replace(/\s+/g, ' '), r.roleI, r.roleJ);
  if (r.office) p.official = true;
  const a = r.affiliationAt;
  if (a === undefined || organizationAt(input, p, a)) return;
  const pl = input.placeOfToken(a);
  const value = pl ? (pl.kind === 'country' || pl.kind === 'historical country' ? pl.name : pl.country) : undefined;
  if (!pl || !value || p.country) return;
  let e = a + 1;
  while (e < doc.n && input.placeOfToken(e) === pl) e++;
  p.country = fact(doc, value, a, e);
}

/**
 * The organisation mention over token `e` (to its end) as the person's organisation, and its country, where the
 * person has none yet; false when no organisation is read at `e`.
 */
function organizationAt(input: PeopleInput, p: Person, e: number): boolean {
  const { doc } = input;
  const o = input.orgOfToken(e);
  if (!o) return false;
  let end = e + 1;
  while (end < doc.n && input.orgOfToken(end) === o) end++;
  if (!p.organization) p.organization = fact(doc, o.name, e, end);
  if (o.country && !p.country) p.country = fact(doc, o.country, e, end);
  return true;
}


/** Offices of {@link OFFICE_ABBREVIATIONS} that a state or country after the name ("of California") belongs to. */
const STATE_OFFICES: ReadonlySet<string> = new Set(['Governor', 'Senator', 'Representative']);

/** Offices written short before a name, and the office each stands for. */
const OFFICE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  sen: 'Senator', rep: 'Representative', gov: 'Governor', gen: 'General', col: 'Colonel', lt: 'Lieutenant',
  sgt: 'Sergeant', capt: 'Captain', cpt: 'Captain', maj: 'Major', adm: 'Admiral', cmdr: 'Commander', cdr: 'Commander',
  brig: 'Brigadier', cpl: 'Corporal', pvt: 'Private', pfc: 'Private First Class', spc: 'Specialist', det: 'Detective',
  insp: 'Inspector', supt: 'Superintendent', amb: 'Ambassador',
};


/** The grades {@link RANK_GRADES} may combine with, by the rank they come before. */
const GRADED_RANKS: ReadonlySet<string> = new Set([
  'General', 'Colonel', 'Commander', 'Admiral', 'Sergeant', 'Lieutenant', 'Inspector', 'Superintendent', 'Major', 'Governor', 'Constable',
]);

/**
 * The rank written short at token `t` with the capitalised grade words just before it in the same sentence
 * ("Brig. Gen." → "Brigadier General", "Det. Insp." → "Detective Inspector", "Command Sgt. Maj." → "Command
 * Sergeant Major"), and the token it starts at. A grade that does not fit its rank ("Vice Sgt.") stops the reading.
 */
function compoundRank(doc: Doc, t: number, office: string): { office: string; first: number } {
  let first = t;
  let words = office;
  let head = office;
  for (let k = t - 1; k >= 0 && t - k <= 3 && doc.sentenceOf[k] === doc.sentenceOf[t] && doc.cap(k); k--) {
    const grade = RANK_GRADES[doc.fold(k)];
    if (!grade || !GRADED_RANKS.has(head)) break;
    // "Sgt. Maj.": a rank word as a grade reads as that rank; "Lt. Gov." → "Lieutenant Governor" only.
    if ((grade === 'Rear' || grade === 'Vice') && head !== 'Admiral') break;
    words = `${grade} ${words}`;
    head = grade;
    first = k;
  }
  return { office: words, first };
}

/** Title words that are also adjectives ("general secretariat", "general staff", "chief concern"). */
const ADJECTIVAL_TITLES = new Set(['general', 'chief', 'principal']);

/** Token `t` is an adjectival title word before a lower-case noun that is no title: "Ennahda's general secretariat". */
function modifierBeforeNoun(doc: Doc, t: number): boolean {
  if (!ADJECTIVAL_TITLES.has(doc.fold(t)) || t + 1 >= doc.n || doc.sentenceOf[t + 1] !== doc.sentenceOf[t]) return false;
  const next = doc.fold(t + 1);
  return doc.word(t + 1) && !doc.cap(t + 1) && !TITLE_HEADS.has(next) && !TITLE_MODIFIERS.has(next);
}

/** Country and organisation from the words before a role ("the Russian foreign ministry spokeswoman"), tokens [from, to). */
function affiliationBetween(input: PeopleInput, p: Person, from: number, to: number): void {
  const { doc } = input;
  for (let t = from; t < to; t++) {
    // "The company's chief financial officer": the company the text last named.
    // "The company's chief financial officer", "the ministry's spokesman": the body of that kind the text last named.
    if (!p.organization && t > 0 && doc.fold(t - 1) === 'the' && t + 1 < doc.n && (doc.fold(t + 1) === "'s" || doc.fold(t + 1) === '\u2019s')) {
      const f = doc.fold(t);
      const body = COMPANY_NOUNS.has(f) ? lastBodyBefore(input, t - 1, (name) => !PUBLIC_BODY.test(name)) : PUBLIC_BODY_NOUNS[f] ? lastBodyBefore(input, t - 1, PUBLIC_BODY_NOUNS[f]!) : undefined;
      if (body) {
        // Read at "the company" (the sentence the card quotes), named as the earlier mention names it.
        p.organization = fact(doc, body.org.name, t - 1, t + 1);
        if (body.org.country && !p.country) p.country = fact(doc, body.org.country, t - 1, t + 1);
      }
    }
    const pl = input.placeOfToken(t);
    if (pl && pl.kind === 'place' && !p.organization) {
      // "the White House press secretary": a named site stands for the office it houses.
      let e = t + 1;
      while (e < to && input.placeOfToken(e) === pl) e++;
      p.organization = fact(doc, pl.name, t, e);
    }
    if (pl && !p.country) {
      const value = pl.kind === 'country' ? pl.name : pl.country;
      if (value) p.country = fact(doc, value, t, t + 1);
    }
    const o = input.orgOfToken(t);
    if (o && !p.organization) {
      p.organization = fact(doc, o.name, t, t + 1);
      if (o.country && !p.country) p.country = fact(doc, o.country, t, t + 1);
    }
  }
}

/** Royal styles that yield to an office named in an appositive ("Prince Faisal …, the foreign minister,"). */
const ROYAL_STYLES: ReadonlySet<string> = new Set(['prince', 'princess']);

/**
 * Replaces a one-word role ("Prince") with the appositive after mention `m` when that appositive names the same
 * office with more words ("the Saudi crown prince"), or names any office after a royal or noble style, taking its
 * country and organisation where `p` has none.
 */
function fullerAppositive(input: PeopleInput, p: Person, m: Cand): void {
  const word = p.role!.value.toLowerCase();
  const scratch: Person = { ...p, role: undefined, organization: undefined, country: undefined };
  appositive(input, scratch, m);
  const role = scratch.role?.value.toLowerCase();
  // "Prince Faisal bin Farhan, the Saudi foreign minister,": a royal or noble style yields to any office.
  if (!role || role === word || !(role.split(/\s+/).includes(word) || (scratch.official && (ADDRESS_STYLES.has(word) || ROYAL_STYLES.has(word))))) return;
  p.role = scratch.role;
  p.official = p.official || scratch.official;
  p.country ??= scratch.country;
  p.organization ??= scratch.organization;
}

/**
 * "Pakistani army spokesman Lt. Gen. Ana Levi", "Israel's military spokesman Rear Adm. …": the affiliation (a country,
 * a people's word, an organisation) before a lower-case office that stands right before the title at `roleI`.
 */
function outerOfficeAffiliation(input: PeopleInput, p: Person, roleI: number): void {
  const { doc, lk } = input;
  const s = doc.sentenceOf[roleI];
  let k = roleI - 1;
  let office = false;
  while (k >= 0 && k > roleI - 5 && doc.sentenceOf[k] === s && doc.word(k) && !doc.cap(k) && (TITLE_HEADS.has(doc.fold(k)) || TITLE_MODIFIERS.has(doc.fold(k)) || MINISTRY_NOUNS.has(doc.fold(k)))) {
    if (TITLE_HEADS.has(doc.fold(k))) office = true;
    k--;
  }
  if (!office || k < 0 || doc.sentenceOf[k] !== s) return;
  const last = doc.fold(k) === "'s" || doc.fold(k) === '\u2019s' ? k - 1 : k;
  if (last < 0) return;
  const from = lk.placeEndingAt(last)?.i ?? lk.orgEndingAt(last);
  if (from !== undefined) affiliationBetween(input, p, from, last + 1);
}

/** Nouns for a company that "the …'s" points back with ("the company's chief executive"). */
const COMPANY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'carrier', 'airline', 'automaker', 'carmaker', 'retailer', 'bank', 'lender', 'insurer', 'startup', 'chipmaker', 'conglomerate', 'group']);

/** Words in the name of a public body, which "the company" never points back to. */
const PUBLIC_BODY = /\b(?:Ministry|Department|Police|Court|Party|Council|Parliament|Government|Agency|Commission|Office|Army|Force|Nations|Union|Senate|Congress|Assembly|University)\b/;

/**
 * Nouns for a public body that "the …'s" points back with, and whether a body's name fits the noun ("the ministry's
 * spokesman" → a name with "Ministry"; "the party's president" → a name with "Party" or a known party, "National Rally").
 */
const PUBLIC_BODY_NOUNS: Readonly<Record<string, ((name: string) => boolean) | undefined>> = {
  ministry: (n) => /\bMinistry\b/.test(n), department: (n) => /\bDepartment\b/.test(n), agency: (n) => /\bAgency\b/.test(n),
  commission: (n) => /\bCommission\b/.test(n), council: (n) => /\bCouncil\b/.test(n), court: (n) => /\bCourt\b/.test(n),
  party: (n) => /\bParty\b/.test(n) || isKnownParty(n),
};

/** How far back, in tokens, "the company's" looks for the company. */
const BODY_LOOKBACK = 400;

/**
 * The organisation mention closest before token `before` (within {@link BODY_LOOKBACK} tokens) whose name `fits`:
 * the organisation and the mention's token range.
 */
function lastBodyBefore(input: PeopleInput, before: number, fits: (name: string) => boolean): { org: Organization; i: number; j: number } | undefined {
  const floor = Math.max(0, before - BODY_LOOKBACK);
  for (let t = before - 1; t >= floor; t--) {
    const o = input.orgOfToken(t);
    if (!o) continue;
    let i = t;
    while (i - 1 >= floor && input.orgOfToken(i - 1) === o) i--;
    if (fits(o.name)) return { org: o, i, j: t + 1 };
    t = i;
  }
  return undefined;
}

const COMPLEMENT_PREPOSITIONS = new Set(['of', 'to', 'for']);

/** Lower-case words that end a body's name after a place's possessive ("Serbia's parliament said …"). */
const STOP_AFTER_BODY: ReadonlySet<string> = new Set(['said', 'says', 'told', 'and', 'or', 'who', 'which', 'that', 'since', 'until', 'in', 'on', 'at', 'for', 'to', 'from', 'with', 'by', 'was', 'is', 'has', 'had']);

/** Verbs of "<organisation>, led by <person>": the person leads (or founded) it. */
const LEAD_VERBS: ReadonlySet<string> = new Set(['led', 'headed', 'founded', 'chaired']);

/** Heads of a parliament member's office, whose "for" names the seat ("MP for Leeds Central"). */
const MEMBER_HEADS: ReadonlySet<string> = new Set(['mp', 'mep', 'mla', 'msp', 'member', 'senator', 'representative', 'congressman', 'congresswoman', 'deputy']);

/** True when tokens [i, j) are all capitalised words. */
function capitalWords(doc: Doc, i: number, j: number): boolean {
  for (let t = i; t < j; t++) if (!doc.word(t) || !doc.cap(t)) return false;
  return true;
}

/** True when tokens [i, j) are all capitalised words or title words ("Conservative", "Labour deputy"). */
function namesOrTitleWords(doc: Doc, i: number, j: number): boolean {
  for (let t = i; t < j; t++) if (!doc.word(t) || !(doc.cap(t) || TITLE_MODIFIERS.has(doc.fold(t)) || TITLE_HEADS.has(doc.fold(t)))) return false;
  return true;
}

/** True when tokens [i, j) are all lower-case words. */
function lowerWords(doc: Doc, i: number, j: number): boolean {
  for (let t = i; t < j; t++) if (!doc.word(t) || doc.cap(t)) return false;
  return true;
}

/** One-word "of" complements that belong to an office ("chief of staff", "secretary of state"). */
const OFFICE_COMPLEMENTS = new Set(['staff', 'state', 'defence', 'defense', 'police', 'justice', 'finance', 'health']);

/**
 * "mayor of Komárno", "ambassador to Russia" in an appositive: the place ends the role; an office "of"
 * a place gives its country. Returns the role's new end (`roleJ` when no place starts at `e`).
 * @param prep - token index of the preposition ("of", "to").
 * @param e - first token after the preposition (and "the").
 */
function placeComplement(input: PeopleInput, p: Person, prep: number, e: number, roleJ: number): number {
  const { doc } = input;
  const place = input.lk.placeAt(e);
  if (doc.fold(prep) === 'for') {
    // "a spokesman for the Kremlin": a named site stands for the office it houses, as in "Kremlin spokesman".
    const site = input.placeOfToken(e);
    if (site?.kind === 'place' && !p.organization) {
      let j = e;
      while (j < doc.n && input.placeOfToken(j) === site) j++;
      p.organization = fact(doc, site.name, e, j);
      if (site.country && !p.country) p.country = fact(doc, site.country, e, j);
    }
    return roleJ;
  }
  if (!place) {
    // A place the gazetteer lacks but the text reads as one ("mayor of Greater Manchester").
    const read = input.placeOfToken(e);
    if (!read) return roleJ;
    let j = e;
    while (j < doc.n && input.placeOfToken(j) === read) j++;
    return j;
  }
  if (doc.fold(prep) === 'of' && !p.country) {
    const pl = input.placeOfToken(e);
    // No place mention there (the resolver gave the words to another reading): the gazetteer's first sense.
    const gp = pl ? undefined : gazetteer().place(place.targets[0].place);
    const value = pl ? (pl.kind === 'country' || pl.kind === 'historical country' ? pl.name : pl.country) : gp?.cc ? gazetteer().country(gp.cc)?.name : undefined;
    if (value) p.country = fact(doc, value, e, place.j);
  }
  return place.j;
}

/**
 * Reads "the foreign minister, Sergei Lavrov," and "Slovakia's deputy prime minister, Jana Kováčová,": a role
 * phrase that ends with a title head (or its complement) right before the name, set off by commas on both
 * sides of the name (or the name then a speech verb).
 */
function appositiveBefore(input: PeopleInput, p: Person, m: Cand): void {
  const { doc } = input;
  const c = m.i - 1;
  if (c < 1 || doc.fold(c) !== ',') return;
  const s = doc.sentenceOf[c];
  if (doc.sentenceOf[m.i] !== s) return;
  const after = m.j < doc.n && doc.sentenceOf[m.j] === s ? doc.fold(m.j) : '';
  if (after !== ',' && after !== 'said' && after !== 'says' && after !== 'told') return;
  // Walk back over the role phrase to its determiner or possessive.
  let headAt = -1;
  /** The preposition of a complement crossed on the way ("an aide to the prime minister"), and a head before it. */
  let crossed = -1;
  let outerHead = -1;
  let k = c - 1;
  const floor = Math.max(0, c - 9);
  for (; k >= floor && doc.sentenceOf[k] === s; k--) {
    const f = doc.fold(k);
    if (f === 'the' && k > 0 && COMPLEMENT_PREPOSITIONS.has(doc.fold(k - 1))) {
      if (crossed < 0) crossed = k - 1;
      continue; // "ambassador to the UN"
    }
    if (f === 'the' || f === 'a' || f === 'an' || f === "'s" || f === '’s' || f === 'his' || f === 'her' || f === 'its' || f === 'their') break;
    if (f === ',' || f === '.' || f === ';' || f === ':' || f === 'and' || f === 'said' || f === 'says') return;
    if ((TITLE_HEADS.has(f) || isOccupation(f)) && headAt < 0) headAt = k;
    else if ((TITLE_HEADS.has(f) || isOccupation(f)) && crossed > k && outerHead < 0) outerHead = k;
  }
  // "Conservative MP for Huntingdon, Ben Ashby, said": a role phrase may open the sentence without an article, after
  // nothing but capitalised words (a party, a country, a body).
  const opening = headAt >= 0 && (k < 0 || doc.sentenceOf[k] !== s) && namesOrTitleWords(doc, k + 1, headAt);
  if (headAt < 0 || (!opening && (k < floor || doc.sentenceOf[k] !== s))) return;
  // "An aide to the prime minister, Tom Hale,": the head before the complement is the person's; the office after it
  // is whose aide they are.
  if (outerHead >= 0 && headAt > crossed) {
    let roleI = outerHead;
    while (roleI - 1 > k && (TITLE_MODIFIERS.has(doc.fold(roleI - 1)) || TITLE_HEADS.has(doc.fold(roleI - 1)))) roleI--;
    p.role = fact(doc, doc.text.slice(doc.start(roleI), doc.end(c - 1)).replace(/\s+/g, ' '), roleI, c);
    if (TITLE_HEADS.has(doc.fold(outerHead))) p.official = true;
    return;
  }
  // "The pharmacy's owner, Rose Hale,": an occupation is who the person is, but no office.
  const office = TITLE_HEADS.has(doc.fold(headAt));
  let roleI = headAt;
  while (roleI - 1 > k && (TITLE_MODIFIERS.has(doc.fold(roleI - 1)) || TITLE_HEADS.has(doc.fold(roleI - 1)))) roleI--;
  roleI = ministryBefore(doc, roleI, k + 1, input.lk);
  let roleJ = headAt + 1;
  if (roleJ < c) {
    // Only a complement may follow the head: "of Komárno", "to the United Nations", "for the ministry".
    const prep = doc.fold(roleJ);
    if (prep !== 'of' && prep !== 'to' && prep !== 'for') return;
    let e = roleJ + 1;
    if (e < c && doc.fold(e) === 'the') e++;
    const orgEnd = input.lk.orgSpanAt(e);
    if (orgEnd === c) {
      const o = input.orgOfToken(e);
      p.organization = fact(doc, o?.name ?? doc.text.slice(doc.start(e), doc.end(orgEnd - 1)), e, orgEnd);
      if (o?.country && !p.country) p.country = fact(doc, o.country, e, orgEnd);
      if (prep !== 'for') roleJ = orgEnd;
    } else if (input.lk.placeAt(e)?.j === c) {
      roleJ = placeComplement(input, p, roleJ, e, roleJ);
    } else if (prep !== 'to' && doc.cap(headAt) && isOfficeDomain(doc, e, c)) {
      roleJ = c; // "Kenya's Minister for Health, Mary Wanjiku,", "The Minister of Foreign Affairs, …": a portfolio
    } else if (prep === 'of' && e === c - 1 && OFFICE_COMPLEMENTS.has(doc.fold(e))) {
      roleJ = c; // "Zelensky's chief of staff, Andriy Yermak,"
    } else if (prep !== 'of' && c - e <= 2 && lowerWords(doc, e, c)) {
      roleJ = c; // "The spokesman for the ministry, Omar Lutfi,", "an adviser to the president"
    } else if (prep === 'of' && doc.fold(e - 1) === 'the' && c - e <= 3 && lowerWords(doc, e, c) && ORG_HEADS.has(doc.fold(c - 1))) {
      roleJ = c; // "the governor of the central bank, Godwin Emefiele,", "the head of the army, …": a body named by its noun
    } else if (prep === 'for' && MEMBER_HEADS.has(doc.fold(headAt)) && c - e <= 4 && capitalWords(doc, e, c)) {
      roleJ = c; // "The Labour MP for Leeds Central, Alex Sobel,": the seat is part of the role
    } else {
      return;
    }
  }
  // Words between the determiner and the role: a country ("Slovakia's", "the Russian") or an organisation.
  affiliationBetween(input, p, doc.fold(k) === "'s" || doc.fold(k) === '’s' ? Math.max(0, k - 1) : k + 1, roleI);
  // "The U.N. refugee agency, UNHCR, said … . Its chief, Filippo Grandi,": "its" points back to the last body named.
  if (!p.organization && doc.fold(k) === 'its' && office) {
    const body = lastBodyBefore(input, k, () => true);
    if (body && doc.sentenceOf[k] - doc.sentenceOf[body.i] <= 1) {
      p.organization = fact(doc, body.org.name, k, k + 1);
      if (body.org.country && !p.country) p.country = fact(doc, body.org.country, k, k + 1);
    }
  }
  p.role = fact(doc, doc.text.slice(doc.start(roleI), doc.end(roleJ - 1)).replace(/\s+/g, ' '), roleI, roleJ);
  if (office) p.official = true;
}
