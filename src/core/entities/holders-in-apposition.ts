/**
 * People named in apposition to the office or relation they hold: "Her lawyer, Rose Bay, said", "the party's
 * treasurer, Jordan Lake, resigned". Between commas right after a lower-case noun for an individual (a title, a
 * relation, an occupation), a name that opens with a known given name (or is one word and a known family name) is
 * that person, even when its words also name a suburb, a lake or a town in the gazetteer. Only nouns that name
 * individuals count: "the venue, Victoria Park," and "the lender, Wells Fargo," are no people.
 */
import type { Doc } from '../doc/document';
import { PERSON_NOUNS, SPEECH_VERBS, TITLE_HEADS } from '../lexicon/words';
import type { Lookups } from './lookups';
import { readName, isNameToken } from './titles';
import { isFamilyName, isGivenName } from './tagger-bridge';

/**
 * The token ranges `[i, j)` of names in apposition to a lower-case title or person noun (see the module comment),
 * followed by a comma or a speech verb, that are no organisation the lookups know.
 */
export function holdersInApposition(doc: Doc, lk: Lookups): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let c = 1; c + 2 < doc.n; c++) {
    if (doc.fold(c) !== ',') continue;
    const h = c - 1;
    if (doc.cap(h) || !(TITLE_HEADS.has(doc.fold(h)) || PERSON_NOUNS.has(doc.fold(h)))) continue;
    const at = c + 1;
    if (doc.sentenceOf[at] !== doc.sentenceOf[h] || !isNameToken(doc, at) || doc.allCaps(at)) continue;
    const j = readName(doc, at, lk);
    if (j - at < 2 || j - at > 3 || j >= doc.n || doc.sentenceOf[j] !== doc.sentenceOf[at]) continue;
    // A given name first, or a family name last after one other word ("Ren Sato").
    if (!isGivenName(doc.raw(at)) && !(j - at === 2 && isFamilyName(doc.raw(j - 1)))) continue;
    // Three words: given, given or initial, family ("Ana María Ruiz", "John F. Hale"); not "Rose Bay Legal".
    if (j - at === 3 && !((isGivenName(doc.raw(at + 1)) || /^\p{Lu}\.$/u.test(doc.raw(at + 1))) && isFamilyName(doc.raw(at + 2)))) continue;
    const after = doc.fold(j);
    if (after !== ',' && !SPEECH_VERBS.has(after)) continue;
    if (lk.orgSpanAt(at) !== undefined || lk.knownOrgAt(at)) continue;
    out.push([at, j]);
  }
  return out;
}
