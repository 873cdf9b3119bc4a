/**
 * "the 1-1 draw with Corvall", "a 3-0 loss to Marbury", "their 2-0 win over Hollin": after a score, a noun of a
 * result and its preposition, the capitalised name is the other side of the match (a team where it is one word that
 * the tagger read as a person or the gazetteer as a town). The score must stand right before the noun (two
 * describing words may come between: "a 2-1 home defeat to"), so "a loss to Marbury's economy" in other news is left
 * alone.
 */
import type { Doc } from '../doc/document';

/** Nouns of a match's result with the prepositions that name the other side. */
const RESULT_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['draw', new Set(['with', 'against', 'at'])],
  ['win', new Set(['over', 'against', 'at'])],
  ['victory', new Set(['over', 'against', 'at'])],
  ['defeat', new Set(['to', 'by', 'against', 'at', 'of'])],
  ['loss', new Set(['to', 'against', 'at'])],
  ['thrashing', new Set(['of', 'by'])],
  ['rout', new Set(['of'])],
  ['triumph', new Set(['over', 'against'])],
]);

/** A score ("3-1", "2–0"), not part of a date or a longer number. */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;

/** Most lower-case words between the score and the result's noun ("a 2-1 home defeat"). */
const MAX_BETWEEN = 2;

/** True when the name starting at token `i` is the other side of a scored result (see the module comment). */
export function opponentAfterResult(doc: Doc, i: number): boolean {
  if (i < 3) return false;
  const s = doc.sentenceOf[i];
  const prep = i - 1;
  const noun = i - 2;
  if (doc.sentenceOf[noun] !== s || doc.cap(noun) || doc.cap(prep)) return false;
  const preps = RESULT_NOUNS.get(doc.fold(noun));
  if (!preps || !preps.has(doc.fold(prep))) return false;
  for (let k = noun - 1; k >= 0 && k >= noun - 1 - MAX_BETWEEN && doc.sentenceOf[k] === s; k--) {
    if (SCORE.test(doc.raw(k))) return true;
    if (!doc.word(k) || doc.cap(k)) return false;
  }
  return false;
}
