/**
 * "the State of Texas", "the City of Brampton", "the Town of Sebago", "the Commonwealth of Massachusetts":
 * a polity word, "of", then a place's name is that place under its formal name, a place as the corpora
 * type it (not the council: "Municipality of …" and "… Corporation" are left to the organisation rules).
 */
import type { Doc } from '../doc/document';
import { wordClass } from '../doc/word-classes';
import type { Lookups } from './lookups';
import type { GazTarget } from '../gazetteer/load';
import { isNameToken } from './titles';

/** Capitalised words for a polity before "of" and its name. */
const POLITY_WORDS: ReadonlySet<string> = new Set([
  'state', 'city', 'town', 'village', 'borough', 'county', 'province', 'commonwealth', 'kingdom', 'republic',
  'principality', 'emirate', 'sultanate', 'territory',
]);
/** {@link POLITY_WORDS} as a word class ({@link wordClass}). */
const POLITY_WORD = wordClass(POLITY_WORDS);
/** Polity words whose name may be a small place no gazetteer lists ("the Town of Sebago"). */
const LOCAL_POLITY_WORDS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'borough', 'county']);

/** A formal place name over tokens [i, j), with the gazetteer's reading of the name after "of" when it has one. */
export interface PolityName {
  i: number;
  j: number;
  place?: readonly GazTarget[];
}

/** The formal place names ("State of Texas") of the document, in order. */
export function polityNames(doc: Doc, lk: Lookups): PolityName[] {
  const out: PolityName[] = [];
  for (let t = 0; t + 2 < doc.n; t++) {
    if (!doc.cap(t) || !doc.is(t, POLITY_WORD) || doc.fold(t + 1) !== 'of') continue;
    const s = doc.sentenceOf[t];
    const a = t + 2;
    if (doc.sentenceOf[a] !== s || !doc.cap(a)) continue;
    // "The Lost City of Z", "UNESCO City of Literature": a capitalised word before makes a title of it.
    if (t > 0 && doc.sentenceOf[t - 1] === s && doc.cap(t - 1) && doc.word(t - 1) && doc.fold(t - 1) !== 'the') continue;
    const own = lk.placeAt(t);
    if (own && own.j > a) continue; // "City of London", "Republic of Ireland": the gazetteer names the whole
    const pl = lk.placeAt(a);
    let j: number;
    if (pl && pl.targets[0].form === 'name') j = pl.j;
    else if (LOCAL_POLITY_WORDS.has(doc.fold(t))) {
      j = a;
      while (j < doc.n && j < a + 3 && doc.sentenceOf[j] === s && isNameToken(doc, j)) j++;
      if (j === a) continue;
    } else continue;
    // "City of London Corporation", "State of Texas Lottery": a capitalised word after it makes another name.
    if (j < doc.n && doc.sentenceOf[j] === s && doc.cap(j) && doc.word(j)) continue;
    out.push({ i: t, j, place: pl && pl.j === j ? pl.targets : undefined });
    t = j - 1;
  }
  return out;
}
