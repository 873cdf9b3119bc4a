/**
 * Per-document indexes of gazetteer and organisation phrases, by start and end token, so the
 * rule steps can ask "is there a place ending here?" in constant time.
 */
import type { Doc } from '../doc/document';
import { PhraseTable } from '../doc/phrases';
import { matchPlaces, type PlaceMatch } from '../gazetteer/match';
import { KNOWN_ORGS } from '../lexicon/orgs';
import { ORG_HEADS, FACILITY_HEADS, CAPITALISED_FUNCTION_WORDS, TITLE_HEADS } from '../lexicon/words';

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

/** Builds the lookups for a document. */
export function buildLookups(doc: Doc): Lookups {
  const places = matchPlaces(doc);
  const placeStart = new Map<number, PlaceMatch>();
  const placeEnd = new Map<number, PlaceMatch>();
  for (const p of places) {
    placeStart.set(p.i, p);
    placeEnd.set(p.j - 1, p);
  }
  const known = new Map<number, { j: number; org: number }>();
  const knownEnd = new Map<number, number>();
  const t = table();
  for (let i = 0; i < doc.n; i++) {
    if (!doc.cap(i)) continue;
    const hit = t.matchAt(doc, i);
    if (hit) {
      known.set(i, { j: i + hit.len, org: hit.value });
      knownEnd.set(i + hit.len - 1, i);
      i += hit.len - 1;
    }
  }
  const orgRuns = findOrgRuns(doc, known, ORG_HEADS).filter(([i, j]) => placeStart.get(i)?.j !== j);
  const facilityRuns = findOrgRuns(doc, known, FACILITY_HEADS).filter(([i, j]) => placeStart.get(i)?.j !== j);
  const inOrg = new Uint8Array(doc.n);
  for (const [i, j] of orgRuns) inOrg.fill(1, i, j);
  for (const [i, k] of known) inOrg.fill(1, i, k.j);
  const runStart = new Map<number, number>();
  const runEnd = new Map<number, number>();
  for (const [i, j] of orgRuns) {
    runStart.set(i, j);
    runEnd.set(j - 1, i);
  }
  return {
    places,
    placeAt: (i) => placeStart.get(i),
    placeEndingAt: (last) => placeEnd.get(last),
    knownOrgAt: (i) => known.get(i),
    orgSpanAt: (i) => runStart.get(i) ?? known.get(i)?.j,
    orgEndingAt: (last) => runEnd.get(last) ?? knownEnd.get(last),
    orgRuns,
    facilityRuns,
    inOrg: (i) => inOrg[i] === 1,
  };
}

/**
 * Capitalised phrases ending in a head word ("Ukrainian Air Force", "Ministry of Foreign Affairs",
 * "Kennedy Space Center"), at least two tokens long.
 */
function findOrgRuns(doc: Doc, known: Map<number, { j: number; org: number }>, heads: ReadonlySet<string>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let lastEnd = -1;
  for (let h = 0; h < doc.n; h++) {
    if (!doc.cap(h) || !heads.has(doc.fold(h)) || doc.shouting[doc.sentenceOf[h]]) continue;
    if (h < lastEnd) continue;
    const s = doc.sentenceOf[h];
    // Extend the head over following heads ("Security Council", "Force Command").
    let j = h + 1;
    while (j < doc.n && j < h + 3 && doc.sentenceOf[j] === s && doc.cap(j) && heads.has(doc.fold(j))) j++;
    // "of Foreign Affairs", "of Oxford".
    if (j + 1 < doc.n && doc.sentenceOf[j + 1] === s && doc.fold(j) === 'of' && doc.cap(j + 1)) {
      let k = j + 1;
      while (k < doc.n && k < j + 6 && doc.sentenceOf[k] === s && (doc.cap(k) || (doc.fold(k) === 'and' && k + 1 < doc.n && doc.cap(k + 1)))) k++;
      j = k;
    }
    // Leftwards over capitalised words and possessives.
    let i = h;
    while (i - 1 > lastEnd && i > h - 7 && doc.sentenceOf[i - 1] === s) {
      const f = doc.fold(i - 1);
      if (f === "'s" && i - 2 >= 0 && doc.cap(i - 2)) {
        i--;
        continue;
      }
      if (!doc.cap(i - 1) || CAPITALISED_FUNCTION_WORDS.has(f) || TITLE_HEADS.has(f) && !isPossessed(doc, i - 1)) break;
      i--;
    }
    if (j - i < 2) {
      // A lone head is an organisation only when known ("Pentagon") — handled by the known table.
      continue;
    }
    if (known.has(i) && known.get(i)!.j >= j) continue;
    runs.push([i, j]);
    lastEnd = j;
    h = j - 1;
  }
  return runs;
}

/** "Prosecutor" in "Prosecutor’s Office" is part of the organisation's name. */
function isPossessed(doc: Doc, i: number): boolean {
  return i + 1 < doc.n && doc.fold(i + 1) === "'s";
}
