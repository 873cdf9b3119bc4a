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

/**
 * Token ranges [i, j) of names after "<place noun> of" (up to three name words, `isNameWord` deciding which
 * capitalised words may belong to a name), in document order.
 */
export function namesAfterPlaceNoun(doc: Doc, isNameWord: (t: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let w = 1; w + 1 < doc.n; w++) {
    if (doc.fold(w) !== 'of' || doc.cap(w) || doc.cap(w - 1) || !PLACE_KIND_NOUNS.has(doc.fold(w - 1))) continue;
    const s = doc.sentenceOf[w];
    const i = w + 1;
    if (doc.sentenceOf[w - 1] !== s || doc.sentenceOf[i] !== s || !isNameWord(i) || doc.allCaps(i)) continue;
    let j = i + 1;
    while (j < doc.n && j < i + 3 && doc.sentenceOf[j] === s && isNameWord(j)) j++;
    out.push([i, j]);
    w = j - 1;
  }
  return out;
}
