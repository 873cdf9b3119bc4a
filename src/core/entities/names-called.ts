/**
 * Names introduced by "called", "named" or "known as": after a lower-case noun for a place ("an area called
 * Llano Verde", "a village known as Kettleby") the name is a place; after a person's name and a comma
 * ("Marcos Oliveira, commonly known as Tico,") it is the same person's other name. Either way the document
 * keeps that reading wherever it repeats the name.
 */
import type { Doc } from '../doc/document';

/** Lower-case nouns for places that take a name by "called" / "named" / "known as". */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'area', 'town', 'city', 'village', 'hamlet', 'island', 'region', 'district', 'county', 'parish', 'suburb',
  'settlement', 'valley', 'river', 'lake', 'mountain', 'peninsula', 'neighbourhood', 'neighborhood', 'locality',
  'plain', 'plains', 'plateau', 'desert', 'bay', 'port',
]);
/** Lower-case adverbs that may stand before "known as" ("commonly known as", "better known as"). */
const KNOWN_ADVERBS: ReadonlySet<string> = new Set(['commonly', 'also', 'better', 'popularly', 'widely', 'simply', 'now', 'locally', 'affectionately']);

/** The calling words as written (a cheap test before reading the tokens). */
const CALLING_IN_TEXT = /called|named|known as/;

/** The token where a name starts after "called"/"named"/"known as" at token `w`, or -1. */
function nameAfterCalling(doc: Doc, w: number): number {
  const f = doc.fold(w);
  if (doc.cap(w)) return -1;
  if (f === 'called' || f === 'named') return w + 1;
  if (f === 'known' && w + 1 < doc.n && doc.fold(w + 1) === 'as') return w + 2;
  return -1;
}

/** End of the name of up to three words `isNameWord` accepts from token `i` (i when there is none). */
function nameEnd(doc: Doc, i: number, isNameWord: (t: number) => boolean): number {
  let j = i;
  while (j < doc.n && j < i + 3 && doc.sentenceOf[j] === doc.sentenceOf[i] && isNameWord(j)) j++;
  return j;
}

/** Token ranges [i, j) of the names called so after a lower-case place noun ("an area called Llano Verde"). */
export function placesCalled(doc: Doc, isNameWord: (t: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!CALLING_IN_TEXT.test(doc.text)) return out; // one native scan instead of a pass over the tokens
  for (let w = 1; w + 1 < doc.n; w++) {
    if (doc.cap(w) || !doc.word(w) || doc.end(w) - doc.start(w) < 5 || doc.end(w) - doc.start(w) > 6) continue; // "named", "called", "known"
    const i = nameAfterCalling(doc, w);
    if (i < 0 || i >= doc.n || doc.sentenceOf[i] !== doc.sentenceOf[w]) continue;
    const noun = doc.fold(w - 1);
    if (doc.cap(w - 1) || doc.sentenceOf[w - 1] !== doc.sentenceOf[w] || !PLACE_NOUNS.has(noun)) continue;
    const j = nameEnd(doc, i, isNameWord);
    if (j > i && !doc.allCaps(i)) out.push([i, j]);
  }
  return out;
}

/**
 * Token ranges [i, j) of the other names of people: "<person>, (commonly) known as <Name>" where
 * `personEndsAt(k)` says a person's name ends at token k.
 */
export function peopleKnownAs(doc: Doc, personEndsAt: (k: number) => boolean, isNameWord: (t: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!CALLING_IN_TEXT.test(doc.text)) return out;
  for (let w = 2; w + 2 < doc.n; w++) {
    if (doc.cap(w) || !doc.word(w) || doc.end(w) - doc.start(w) !== 5 || doc.fold(w) !== 'known' || doc.fold(w + 1) !== 'as') continue;
    let k = w - 1;
    if (KNOWN_ADVERBS.has(doc.fold(k)) && !doc.cap(k)) k--;
    if (k < 1 || doc.fold(k) !== ',' || !personEndsAt(k - 1) || doc.sentenceOf[k] !== doc.sentenceOf[w]) continue;
    const i = w + 2;
    if (doc.sentenceOf[i] !== doc.sentenceOf[w]) continue;
    const j = nameEnd(doc, i, isNameWord);
    if (j > i && !doc.allCaps(i)) out.push([i, j]);
  }
  return out;
}
