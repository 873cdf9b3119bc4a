/**
 * "born in Tilford, Surrey", "stationed at Wexcombe, England; …", "moved to Lindale, Ontario": a name that a
 * place preposition or a list's separator opens and that a comma and a region or country close is a town
 * there, even when no gazetteer lists it and the tagger saw no name. People are not written so: "Jane Roe,
 * England's captain" has a possessive, and a person after "in" is rare.
 */
import type { Doc } from '../doc/document';
import { isNameToken } from './titles';

/** Lower-case prepositions that open a place ("born in", "stationed at", "moved to", "from", "a flight over"). */
const OPENERS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'into', 'over', 'across', 'through', 'via', 'toward', 'towards', 'around', 'past', 'beyond']);

/**
 * Token ranges [i, j) of one or two name words after a place preposition, a semicolon or a line's start and
 * before ", <region or country>" (`regionAfter(j)` decides), in document order.
 */
export function townsBeforeRegion(doc: Doc, regionAfter: (j: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 1; i + 2 < doc.n; i++) {
    if (!doc.cap(i) || !doc.word(i) || doc.allCaps(i)) continue;
    const s = doc.sentenceOf[i];
    const before = doc.fold(i - 1);
    const opened = doc.sentenceOf[i - 1] !== s || before === ';' || (!doc.cap(i - 1) && OPENERS.has(before));
    if (!opened || !isNameToken(doc, i)) continue;
    let j = i + 1;
    if (j < doc.n && doc.sentenceOf[j] === s && isNameToken(doc, j) && doc.word(j) && !doc.allCaps(j)) j++;
    if (doc.fold(j) !== ',' || !regionAfter(j)) continue;
    out.push([i, j]);
    i = j;
  }
  return out;
}
