/**
 * Football clubs named by a town and a club word: "Ashvale Town", "Derby County", "Wigan Athletic", "Hull City",
 * "Kelso United". In a sports report such a name is the club, not the town or a person, unless the gazetteer knows
 * the whole name as a place ("Mexico City", "Orange County") or a place preposition ("in", "at", "near") makes it
 * the venue.
 */
import type { Doc } from '../doc/document';

/** Club words written after the town (the words the lexicon already makes organisation heads are left out). */
const CLUB_SUFFIXES: ReadonlySet<string> = new Set(['town', 'city', 'county', 'athletic', 'fc', 'afc', 'united', 'villa', 'vale', 'orient']);

/**
 * True when tokens [i, j) (two or three words) end in a club word after a capitalised town word.
 * @param placeExactly - true when the gazetteer knows exactly [i, j) as a place.
 * @param venue - true when a place preposition stands before token `i`.
 */
export function clubWithSuffix(doc: Doc, i: number, j: number, placeExactly: boolean, venue: boolean): boolean {
  if (j - i < 2 || j - i > 3 || placeExactly || venue) return false;
  const last = j - 1;
  if (!doc.cap(last) || !CLUB_SUFFIXES.has(doc.fold(last))) return false;
  for (let t = i; t < last; t++) if (!doc.cap(t) || !doc.word(t)) return false;
  return true;
}
