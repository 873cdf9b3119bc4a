/**
 * "the Kelmark Institute of Marine Science … KIMS now has": an acronym in capitals made of the initials of an
 * organisation the document names in full is that organisation wherever it stands, also after "at" or "to" where a
 * one-word name would read as a place. Three letters at least ("UK", "US" are too short to tell).
 */
import type { Doc } from '../doc/document';
import { CAPITALISED_FUNCTION_WORDS } from '../lexicon/words';

/** Fewest letters of an acronym read this way. */
const MIN_LETTERS = 3;

/**
 * The initials of the capitalised words of [i, j) ("Kelmark Institute of Marine Science" → "KIMS"; small words in lower
 * case are left out), or '' when fewer than {@link MIN_LETTERS} or a word is not a plain capitalised word.
 */
export function initialsOf(doc: Doc, i: number, j: number): string {
  let out = '';
  for (let t = i; t < j; t++) {
    if (!doc.word(t)) return '';
    if (!doc.cap(t)) continue; // "of", "for", "and"
    if (CAPITALISED_FUNCTION_WORDS.has(doc.fold(t)) && t === i) continue; // "The"
    out += doc.text[doc.start(t)];
  }
  return out.length >= MIN_LETTERS ? out : '';
}

/** True when token `t` is written as an acronym in capitals of {@link MIN_LETTERS} letters or more ("KIMS", "NTSB"). */
export function acronymToken(doc: Doc, t: number): boolean {
  const len = doc.end(t) - doc.start(t);
  return len >= MIN_LETTERS && len <= 8 && doc.allCaps(t) && doc.word(t);
}
