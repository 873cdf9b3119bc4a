/**
 * "the island of Divar", "the neighbouring village of Mece", "the port of Liverpool": a lower-case noun for
 * a kind of place, "of", then a name says the name is a place, wherever the document repeats it.
 */
import type { Doc } from '../doc/document';

/** Lower-case nouns for places that take their name after "of" (not "department": "the department of Justice"). */
const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set([
  'town', 'city', 'village', 'hamlet', 'island', 'islands', 'province', 'region', 'district', 'county', 'parish',
  'municipality', 'commune', 'borough', 'suburb', 'port', 'capital', 'state', 'township', 'archipelago',
  'peninsula', 'settlement', 'oblast', 'prefecture', 'governorate', 'canton',
]);

/** Plural place nouns, after which "of" opens a list of names ("the villages of Lougou and Tougana"). */
const PLURAL_PLACE_KIND_NOUNS: ReadonlySet<string> = new Set([
  'towns', 'cities', 'villages', 'hamlets', 'provinces', 'regions', 'districts', 'counties', 'parishes',
  'municipalities', 'communes', 'boroughs', 'suburbs', 'ports', 'states', 'townships', 'settlements', 'oblasts',
]);

/**
 * Token ranges [i, j) of names after "<place noun> of" or in a list after "<plural place noun> of" (up to three name words, `isNameWord` deciding which
 * capitalised words may belong to a name), in document order.
 */
export function namesAfterPlaceNoun(doc: Doc, isNameWord: (t: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let w = 1; w + 1 < doc.n; w++) {
    if (doc.fold(w) !== 'of' || doc.cap(w) || doc.cap(w - 1)) continue;
    const plural = PLURAL_PLACE_KIND_NOUNS.has(doc.fold(w - 1));
    if (!plural && !PLACE_KIND_NOUNS.has(doc.fold(w - 1))) continue;
    const s = doc.sentenceOf[w];
    let i = w + 1;
    if (doc.sentenceOf[w - 1] !== s || doc.sentenceOf[i] !== s || !isNameWord(i) || doc.allCaps(i)) continue;
    // One name, or after a plural noun a list of names joined by commas and "and"/"or" (at most eight).
    for (let count = 0; count < 8; count++) {
      let j = i + 1;
      while (j < doc.n && j < i + 3 && doc.sentenceOf[j] === s && isNameWord(j)) j++;
      out.push([i, j]);
      w = j - 1;
      if (!plural || j + 1 >= doc.n || doc.sentenceOf[j + 1] !== s) break;
      let next = j;
      if (doc.fold(next) === ',') next++;
      if (doc.fold(next) === 'and' || doc.fold(next) === 'or') next++;
      if (next === j || next >= doc.n || doc.sentenceOf[next] !== s || !isNameWord(next) || doc.allCaps(next)) break;
      i = next;
    }
  }
  return out;
}
