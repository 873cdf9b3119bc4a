/**
 * Organisation names whose first words are joined by "and" to the rest: "the Food and Drug Administration",
 * "the Water and Sewerage Authority", "the National Disaster and Risk Reduction Agency". The head-word run
 * ("Drug Administration") stops at "and"; the capitalised words before it belong to the name when they are
 * no name of their own (no place, no known organisation, no person or organisation read by the tagger, no
 * organisation head such as "Senate" in "the Senate and House Intelligence Committees"), and when "the" opens
 * them (not "shares in Barclays and Lloyds Banking Group").
 */
import type { Doc } from '../doc/document';
import { CAPITALISED_FUNCTION_WORDS, ORG_HEADS, TITLE_HEADS } from '../lexicon/words';

/** Head words of a police force's name. */
const POLICE_HEADS: ReadonlySet<string> = new Set(['police', 'constabulary']);

/** Most capitalised words taken before "and". */
const MAX_LEFT_WORDS = 3;

/**
 * The start of the organisation name over tokens [i, j) with the words joined to it by "and" before it, or `i`.
 * @param ownName - true when a name of its own starts at, or covers, token `t` (a known organisation, a person read
 * by the tagger): such a word is another entity listed before the organisation.
 * @param nameEndsAt - true when a name of its own (an organisation read by the tagger) ends at token `last`, right before "and".
 * @param placeEnd - the end of the place whose name starts at token `t`, or -1. A place is another entity, unless it
 * opens the left part and more words follow it ("the Kenya Ports and Harbours Authority").
 */
export function conjoinedOrgStart(
  doc: Doc,
  i: number,
  j: number,
  ownName: (t: number) => boolean,
  nameEndsAt: (last: number) => boolean,
  placeEnd: (t: number) => number,
): number {
  if (i < 2 || j - i < 2) return i;
  const joiner = doc.fold(i - 1);
  if (joiner !== 'and' && joiner !== '&') return i;
  const s = doc.sentenceOf[i];
  if (doc.sentenceOf[i - 2] !== s || doc.shouting[s]) return i;
  // The word right before "and" ends the left part; it must not be a body of its own ("Senate and House …").
  const last = i - 2;
  if (ORG_HEADS.has(doc.fold(last))) return i;
  let k = last + 1;
  while (k - 1 >= 0 && k > last + 1 - MAX_LEFT_WORDS && doc.sentenceOf[k - 1] === s && leftWord(doc, k - 1)) k--;
  if (k > last) return i;
  // A longer capitalised run before it: the left part is not known to start here.
  if (k > 0 && doc.sentenceOf[k - 1] === s && doc.cap(k - 1) && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(k - 1))) return i;
  // "Avon and Somerset Police", "Devon and Cornwall Constabulary": a police force named for two places.
  if (POLICE_HEADS.has(doc.fold(j - 1)) && j - i === 2 && placeEnd(i) === i + 1 && placeEnd(k) === last + 1 && !nameEndsAt(last)) return k;
  // "the Food and Drug Administration"; not "shares in Barclays and Lloyds Banking Group", "Barclays and … shares fell".
  const opens = k > 0 && doc.fold(k - 1) === 'the';
  if (!opens || nameEndsAt(last)) return i;
  for (let t = k; t <= last; t++) {
    if (ownName(t)) return i;
    const p = placeEnd(t);
    if (p < 0) continue;
    if (t !== k || p > last) return i;
    t = p - 1;
  }
  return k;
}

/** A capitalised word that can open or continue the left part of the name (not "The", not a title). */
function leftWord(doc: Doc, t: number): boolean {
  if (!doc.word(t) || !doc.cap(t) || doc.allCaps(t)) return false;
  const f = doc.fold(t);
  return !CAPITALISED_FUNCTION_WORDS.has(f) && !TITLE_HEADS.has(f);
}
