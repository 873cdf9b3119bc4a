/**
 * Per-document indexes of gazetteer and organisation phrases, by start and end token, so the
 * rule steps can ask "is there a place ending here?" in constant time.
 */
import { headBeforeOf } from './head-before-of';
import type { Doc } from '../doc/document';
import { wordClass } from '../doc/word-classes';
import { PhraseTable } from '../doc/phrases';
import { matchPlaces, type PlaceMatch } from '../gazetteer/match';
import { gazetteer } from '../gazetteer/load';
import { isGivenName } from './tagger-bridge';
import { KNOWN_ORGS } from '../lexicon/orgs';
import { ORG_HEADS, FACILITY_HEADS, CAPITALISED_FUNCTION_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/words';
import { CAPITALISED_FUNCTION_WORD, FACILITY_HEAD, ORG_HEAD } from '../lexicon/word-classes';

/** Lookups over one document. */
export interface Lookups {
  places: PlaceMatch[];
  placeAt(i: number): PlaceMatch | undefined;
  placeEndingAt(last: number): PlaceMatch | undefined;
  /** Known organisation starting at `i`: its end token (exclusive), and its index in KNOWN_ORGS. */
  knownOrgAt(i: number): { j: number; org: number } | undefined;
  /** End (exclusive) of any organisation phrase starting at `i` (known or head-word run). */
  orgSpanAt(i: number): number | undefined;
  /** Start of an organisation phrase whose last token is `last`. */
  orgEndingAt(last: number): number | undefined;
  /** Organisation phrases found by head words ("Kharkiv Provincial Prosecutor’s Office"), [i, j). */
  orgRuns: Array<[number, number]>;
  /** Facility phrases found by head words ("Kennedy Space Center", "Museum of Flight"), [i, j). */
  facilityRuns: Array<[number, number]>;
  /** True when token `i` lies inside an organisation phrase (known or head-word run). */
  inOrg(i: number): boolean;
}

let knownTable: PhraseTable<number> | undefined;

function table(): PhraseTable<number> {
  if (!knownTable) {
    knownTable = new PhraseTable<number>();
    KNOWN_ORGS.forEach((o, idx) => o.surfaces.forEach((s) => knownTable!.add(s, idx)));
  }
  return knownTable;
}

/** True when a country's name, people's word or possessive ends right before token `i` ("Russia's", "Iranian"). */
function afterCountry(doc: Doc, i: number, placeEnd: ReadonlyArray<PlaceMatch | undefined>): boolean {
  if (i < 1 || doc.sentenceOf[i - 1] !== doc.sentenceOf[i]) return false;
  const possessive = doc.fold(i - 1) === "'s" || doc.fold(i - 1) === '\u2019s';
  const owner = placeEnd[possessive ? i - 2 : i - 1];
  if (!owner || (possessive && i < 2)) return false;
  const best = owner.targets[0];
  return best.form !== 'name' || gazetteer().place(best.place).kind === 'country';
}

/** True when tokens [i, i + len) spell one of `shared` (case-insensitively, word by word). */
function sharedSurfaceAt(doc: Doc, i: number, len: number, shared: readonly string[]): boolean {
  const words: string[] = [];
  for (let t = i; t < i + len; t++) words.push(doc.fold(t));
  const written = words.join(' ');
  return shared.some((x) => x.toLowerCase() === written);
}

/** Builds the lookups for a document. */
export function buildLookups(doc: Doc): Lookups {
  const countryBodies = new Map<number, number>();
  const places = matchPlaces(doc).filter((p) => {
    if (!isBodyOfCountry(doc, p)) return true;
    countryBodies.set(p.i - 1, p.j);
    return false;
  });
  // By token index, as arrays: a long document can hold tens of thousands of places, and the rule steps ask per token.
  const placeStart: Array<PlaceMatch | undefined> = new Array(doc.n);
  const placeEnd: Array<PlaceMatch | undefined> = new Array(doc.n);
  for (const p of places) {
    placeStart[p.i] = p;
    placeEnd[p.j - 1] = p;
  }
  const known = new Map<number, { j: number; org: number }>();
  const knownEnd = new Map<number, number>();
  const t = table();
  for (let i = 0; i < doc.n; i++) {
    if (!doc.cap(i)) continue;
    let hit = t.matchAt(doc, i);
    if (hit && hit.len === 1 && i + 1 < doc.n && KNOWN_ORGS[hit.value].notBefore?.includes(doc.fold(i + 1))) hit = undefined;
    // "Russia's Security Council", "the Iranian Security Council": a shared name after a country is that country's body.
    if (hit && KNOWN_ORGS[hit.value].shared && afterCountry(doc, i, placeEnd) && sharedSurfaceAt(doc, i, hit.len, KNOWN_ORGS[hit.value].shared!)) hit = undefined;
    // The end of a longer place name is that place's ("the Big Apple" is New York, not the company).
    if (hit && (placeEnd[i + hit.len - 1]?.i ?? i) < i) hit = undefined;
    if (hit) {
      known.set(i, { j: i + hit.len, org: hit.value });
      knownEnd.set(i + hit.len - 1, i);
      i += hit.len - 1;
    }
  }
  // For each token inside a multi-word place, the place's first token (-1 elsewhere): a run never starts
  // in the middle of a place ("New Zealand Department of Conservation", not "Zealand Department…").
  const placeFirst = new Int32Array(doc.n).fill(-1);
  for (const p of places) for (let t = p.i + 1; t < p.j; t++) placeFirst[t] = p.i;
  // An owner before "'s": a place, or a name of two capitalised words ("Suu Kyi").
  const ownerEndsAt = (last: number): boolean =>
    placeEnd[last] !== undefined || (last > 0 && doc.sentenceOf[last - 1] === doc.sentenceOf[last] && doc.cap(last - 1) && doc.cap(last) && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(last - 1)));
  const orgRuns = findOrgRuns(doc, known, ORG_HEAD, false, placeFirst, ownerEndsAt, (k) => placeStart[k] !== undefined, (k) => placeStart[k]?.j ?? -1).filter(([i, j]) => placeStart[i]?.j !== j && !countryBodies.has(i) && !countryBodies.has(i + 1));
  if (countryBodies.size > 0) {
    for (const [i, j] of countryBodies) if (!known.has(i)) orgRuns.push([i, j]);
    orgRuns.sort((a, b) => a[0] - b[0]);
  }
  const facilityRuns = findOrgRuns(doc, known, FACILITY_HEAD, true).filter(([i, j]) => placeStart[i]?.j !== j);
  const inOrg = new Uint8Array(doc.n);
  for (const [i, j] of orgRuns) inOrg.fill(1, i, j);
  for (const [i, k] of known) inOrg.fill(1, i, k.j);
  const runStart = new Map<number, number>();
  const runEnd = new Map<number, number>();
  for (const [i, j] of orgRuns) {
    runStart.set(i, j);
    runEnd.set(j - 1, i);
  }
  return new DocLookups(places, placeStart, placeEnd, known, knownEnd, runStart, runEnd, orgRuns, facilityRuns, inOrg);
}

/**
 * The {@link Lookups} of {@link buildLookups}: methods of one class rather than closures made per document, so
 * optimised rule code that inlined them stays valid for the next document (as with `Doc`).
 */
class DocLookups implements Lookups {
  constructor(
    readonly places: PlaceMatch[],
    private readonly placeStart: ReadonlyArray<PlaceMatch | undefined>,
    private readonly placeEnd: ReadonlyArray<PlaceMatch | undefined>,
    private readonly known: ReadonlyMap<number, { j: number; org: number }>,
    private readonly knownEnd: ReadonlyMap<number, number>,
    private readonly runStart: ReadonlyMap<number, number>,
    private readonly runEnd: ReadonlyMap<number, number>,
    readonly orgRuns: Array<[number, number]>,
    readonly facilityRuns: Array<[number, number]>,
    private readonly inOrgMarks: Uint8Array,
  ) {}

  placeAt(i: number): PlaceMatch | undefined {
    return this.placeStart[i];
  }

  placeEndingAt(last: number): PlaceMatch | undefined {
    return this.placeEnd[last];
  }

  knownOrgAt(i: number): { j: number; org: number } | undefined {
    return this.known.get(i);
  }

  orgSpanAt(i: number): number | undefined {
    return this.runStart.get(i) ?? this.known.get(i)?.j;
  }

  orgEndingAt(last: number): number | undefined {
    return this.runEnd.get(last) ?? this.knownEnd.get(last);
  }

  inOrg(i: number): boolean {
    return this.inOrgMarks[i] === 1;
  }
}

/** Capitalised words that, before a country's name, name one of its bodies or teams ("Environment Canada", "Team Estonia"). */
const BODY_BEFORE_COUNTRY = new Set(['air', 'environment', 'statistics', 'health', 'parks', 'transport', 'fisheries', 'heritage', 'industry', 'elections', 'sport', 'team', 'tourism']);

/**
 * "Air France", "Environment Canada", "Team Estonia": such a word before a country's name makes an
 * organisation (an airline, a department, a team), not the country.
 */
function isBodyOfCountry(doc: Doc, p: PlaceMatch): boolean {
  if (p.i === 0 || !doc.cap(p.i - 1) || !BODY_BEFORE_COUNTRY.has(doc.fold(p.i - 1)) || doc.sentenceOf[p.i - 1] !== doc.sentenceOf[p.i]) return false;
  if (doc.allCaps(p.i - 1) || (p.i > 1 && doc.sentenceOf[p.i - 2] === doc.sentenceOf[p.i] && doc.cap(p.i - 2) && doc.sentences.first[doc.sentenceOf[p.i]] !== p.i - 2)) return false;
  const first = p.targets[0];
  return first.form === 'name' && gazetteer().place(first.place).kind === 'country';
}

/**
 * Capitalised phrases ending in a head word ("Ukrainian Air Force", "Ministry of Foreign Affairs",
 * "Kennedy Space Center"), at least two tokens long. With `facility` set (places), the phrase may
 * hold "and"/"&" before the word next to the head ("National Air and Space Museum"), never crosses a possessive
 * ("Mecca's Grand Mosque" is Mecca + Grand Mosque), may start with a leading feature word ("River
 * Mersey", "Mount Kenya"), and is left out when it only qualifies a title ("Manhattan District Attorney").
 */
function findOrgRuns(
  doc: Doc,
  known: Map<number, { j: number; org: number }>,
  /** The word class of the head words (`ORG_HEAD`, `FACILITY_HEAD`). */
  heads: number,
  facility = false,
  placeFirst?: Int32Array,
  ownerEndsAt?: (last: number) => boolean,
  placeStartsAt?: (first: number) => boolean,
  /** The end of the place that starts at a token, or -1. */
  placeEndsAt?: (first: number) => number,
): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let lastEnd = -1;
  for (let h = 0; h < doc.n; h++) {
    if (!doc.cap(h) || doc.shouting[doc.sentenceOf[h]]) continue;
    if (h < lastEnd) continue;
    const f0 = doc.fold(h);
    const s = doc.sentenceOf[h];
    // "River Mersey", "Lake Geneva", "Mount Kenya": the feature word comes first (not "Hudson River").
    const nameBefore = h > 0 && doc.sentenceOf[h - 1] === s && doc.cap(h - 1) && !doc.is(h - 1, CAPITALISED_FUNCTION_WORD);
    if (facility && doc.is(h, LEADING_FEATURE) && !nameBefore && isNameWord(doc, h + 1, s)) {
      let j = h + 2;
      while (j < h + 3 && isNameWord(doc, j, s)) j++;
      runs.push([h, j]);
      lastEnd = j;
      h = j - 1;
      continue;
    }
    if (!doc.is(h, heads)) continue;
    // "Interior Cabinet Secretary Kipchumba Murkomen" (Kenya): "Cabinet Secretary" is an office, no body's name.
    if (f0 === 'cabinet' && h + 1 < doc.n && doc.cap(h + 1) && doc.fold(h + 1) === 'secretary') continue;
    // Extend the head over following heads ("Security Council", "Force Command").
    let j = h + 1;
    while (j < doc.n && j < h + 3 && doc.sentenceOf[j] === s && doc.cap(j) && doc.is(j, heads)) j++;
    // "of Foreign Affairs", "of Oxford" (a title after it is not part of the name: "Museum of Flight CEO").
    // "of the Potomac", "of the Interior": the article is part of the name when a capitalised word follows it.
    const ofThe = j + 2 < doc.n && doc.fold(j) === 'of' && doc.fold(j + 1) === 'the' && !doc.cap(j + 1) && doc.sentenceOf[j + 2] === s && doc.cap(j + 2);
    if (ofThe || (j + 1 < doc.n && doc.sentenceOf[j + 1] === s && doc.fold(j) === 'of' && doc.cap(j + 1))) {
      const first = ofThe ? j + 2 : j + 1;
      let k = first;
      while (k < doc.n && k < j + 6 && doc.sentenceOf[k] === s && !TITLE_HEADS.has(doc.fold(k)) && (doc.cap(k) || (doc.fold(k) === 'and' && k + 1 < doc.n && doc.cap(k + 1)))) {
        // "Deputy Governor of the Bank of Japan Shinichi Uchida": a place ends the name when a person's name (a given
        // name and another capitalised word, or any two after an office's "of") follows it.
        if (k > first && placeEndsAt?.(first) === k && (isGivenName(doc.raw(k)) || officeBefore(doc, h)) && k + 1 < doc.n && doc.sentenceOf[k + 1] === s && doc.cap(k + 1) && doc.word(k + 1)) break;
        k++;
      }
      // "IV Corps of the Army of the Potomac", "Group of the British Computer Society": another organisation.
      let ownHead = false;
      for (let t = first; ofThe && t < k; t++) if (doc.is(t, heads)) ownHead = true;
      if (k > first && !ownHead) j = k;
    } else if (!facility && j + 2 < doc.n && doc.fold(j) === 'for' && forNameStart(doc, j + 1, s, known, placeStartsAt)) {
      // "National League for Democracy", "Committee for the Protection of Journalists": capitalised words
      // after "for", joined by "and", "of", "in", "the" (not "Super League for FC Basel").
      let k = doc.fold(j + 1) === 'the' ? j + 2 : j + 1;
      let end = j;
      while (k < doc.n && k < j + 9 && doc.sentenceOf[k] === s && !TITLE_HEADS.has(doc.fold(k))) {
        if (doc.cap(k) && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(k))) end = ++k;
        else if (FOR_NAME_JOINERS.has(doc.fold(k)) && k + 1 < doc.n && doc.sentenceOf[k + 1] === s && doc.cap(k + 1)) k++;
        else break;
      }
      if (end > j + 1) j = end;
    }
    // Leftwards over capitalised words and possessives.
    let i = h;
    while (i - 1 > lastEnd && i > h - 7 && doc.sentenceOf[i - 1] === s) {
      const f = doc.fold(i - 1);
      if ((f === "'s" || f === '\u2019s') && i - 2 >= 0 && doc.cap(i - 2)) {
        if (facility) break;
        // "Suu Kyi's National League", "Moscow's Central Clinical Hospital": a place's or a full name's possessive
        // away from the head word belongs to its owner ("Prosecutor's Office", "McDonald's Corp", "People's
        // Liberation Army", "Boatmen's Bancshares Inc." stay whole).
        if (i !== h && ownerEndsAt?.(i - 2)) break;
        i--;
        continue;
      }
      // The plural possessive: "Magistrates' Court", "Farmers' Union" (the mark glued to a word in -s).
      if (!facility && i - 2 > lastEnd && doc.sentenceOf[i - 2] === s && doc.cap(i - 2) && pluralPossessiveAfter(doc, i - 2)) {
        i--;
        continue;
      }
      if (facility && (f === 'and' || f === '&') && i === h - 1 && i - 2 > lastEnd && i - 2 >= 0 && doc.sentenceOf[i - 2] === s && doc.cap(i - 2) && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(i - 2)) && !doc.is(i - 2, heads)) {
        i--;
        continue;
      }
      // "New" opens names ("the New England Journal of Medicine") except as a sentence's first word.
      const inner = f === 'new' && i - 2 >= 0 && doc.sentenceOf[i - 2] === s;
      if (!doc.cap(i - 1) || (CAPITALISED_FUNCTION_WORDS.has(f) && !inner) || TITLE_HEADS.has(f) && !isPossessed(doc, i - 1)) break;
      i--;
    }
    if (placeFirst && placeFirst[i] >= 0 && placeFirst[i] > lastEnd) i = placeFirst[i];
    // "and"/"&" only inside the name, never at its left edge.
    while (i < h && (doc.fold(i) === 'and' || doc.fold(i) === '&')) i++;
    if (j - i < 2) {
      // A lone head is an organisation only when known ("Pentagon") — handled by the known table.
      continue;
    }
    if (known.has(i) && known.get(i)!.j >= j) continue;
    // "Irving Independent School District": an organisation's name, not a place.
    if (facility && hasOrgHead(doc, i, h)) continue;
    // "Anthony Hill", "Edward Heath": a known given name and a head word that is also a family name are a person,
    // also after a people's word ("fellow American Daniel Heath", "Canadian Marcus Hill").
    if (facility && h === j - 1 && SURNAME_HEADS.has(f0) && h - 1 >= i && isGivenName(doc.raw(h - 1)) && (h - 1 === i || demonymAt(doc, h - 2))) continue;
    // "New York's Times Square", "Bank Street": a facility head after the run makes it a place's name.
    if (!facility && j < doc.n && doc.sentenceOf[j] === s && doc.cap(j) && FACILITY_HEADS.has(doc.fold(j))) continue;
    // "Manhattan District Attorney", "Cook County Sheriff": the run only qualifies a title.
    if (facility && j < doc.n && doc.sentenceOf[j] === s && TITLE_MODIFIERS.has(doc.fold(j - 1)) && TITLE_HEADS.has(doc.fold(j))) continue;
    runs.push([i, j]);
    lastEnd = j;
    h = j - 1;
  }
  return runs;
}

/** True when an office's head and "of" (and "the") stand right before token `h` ("Governor of the Bank …"). */
function officeBefore(doc: Doc, h: number): boolean {
  const head = headBeforeOf(doc, h);
  return head >= 0 && doc.cap(head) && TITLE_HEADS.has(doc.fold(head));
}

/**
 * True when the words at `k` can open the "for …" part of an organisation's name: a capitalised word after an
 * optional "the", not an acronym, a known organisation or a place.
 */
function forNameStart(doc: Doc, k: number, s: number, known: Map<number, { j: number; org: number }>, placeStartsAt?: (first: number) => boolean): boolean {
  if (doc.fold(k) === 'the' && !doc.cap(k)) k++;
  // "the National Hockey League for the St. Louis Eagles": a place opens a team's or a club's name.
  if (k >= doc.n || doc.sentenceOf[k] !== s || !doc.cap(k) || doc.allCaps(k) || known.has(k) || placeStartsAt?.(k)) return false;
  return !CAPITALISED_FUNCTION_WORDS.has(doc.fold(k));
}

/** Facility head words that are also common family names ("Hill", "Hall", "Heath"). */
export const SURNAME_HEADS = new Set(['hill', 'hall', 'heath', 'marsh', 'brook', 'moor']);

/** True when token `t` is a people's word ("American", "Australian"). */
function demonymAt(doc: Doc, t: number): boolean {
  const hit = gazetteer().lookup(doc.fold(t));
  return hit !== undefined && hit[0].form === 'demonym';
}

/** Small words inside the "for …" part of an organisation's name ("for Security and Cooperation in Europe"). */
const FOR_NAME_JOINERS = new Set(['and', 'of', 'in', 'the', '&']);

/** True when a token in [i, j) is an organisation head word ("School" in "Irving School District"). */
function hasOrgHead(doc: Doc, i: number, j: number): boolean {
  for (let t = i; t < j; t++) if (ORG_HEADS.has(doc.fold(t))) return true;
  return false;
}

/** Feature words written before the name ("River Mersey", "Lake Geneva", "Mount Kenya", "Boulevard Montmartre", "Masjid Tessara", "Wadi Kestra"). */
const LEADING_FEATURES = new Set(['river', 'lake', 'mount', 'mt.', 'cape', 'isle', 'fort', 'loch', 'lough', 'boulevard', 'avenue', 'rue', 'via', 'masjid', 'jebel', 'jabal', 'wadi']);
/** {@link LEADING_FEATURES} as a word class ({@link wordClass}). */
const LEADING_FEATURE = wordClass(LEADING_FEATURES);

/** A capitalised word of the same sentence that can be part of a place's name. */
function isNameWord(doc: Doc, k: number, s: number): boolean {
  if (k >= doc.n || doc.sentenceOf[k] !== s || !doc.cap(k) || !doc.word(k)) return false;
  const f = doc.fold(k);
  return !CAPITALISED_FUNCTION_WORDS.has(f) && !TITLE_HEADS.has(f) && !ORG_HEADS.has(f) && !FACILITY_HEADS.has(f);
}

/** "Prosecutor" in "Prosecutor’s Office" is part of the organisation's name. */
function isPossessed(doc: Doc, i: number): boolean {
  if (i + 1 >= doc.n) return false;
  const f = doc.fold(i + 1);
  return f === "'s" || f === '\u2019s' || pluralPossessiveAfter(doc, i); // "Prosecutors' Office"
}

/** True when token `i` is a word in -s with a plural possessive's mark glued after it ("Farmers'"). */
function pluralPossessiveAfter(doc: Doc, i: number): boolean {
  if (i + 1 >= doc.n) return false;
  const f = doc.fold(i + 1);
  return (f === "'" || f === '\u2019') && doc.end(i) === doc.start(i + 1) && /s$/i.test(doc.raw(i));
}
