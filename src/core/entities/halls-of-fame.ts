/**
 * "the Hockey Hall of Fame", "a Hall of Honor": a hall of fame is an institution that inducts people (an
 * organisation, as the corpora type it), not the building it may occupy, though its name ends like a
 * facility's ("Hall").
 */
import type { Doc } from '../doc/document';

/** Words after "Hall of" that make a hall of fame. */
const HONOUR_WORDS: ReadonlySet<string> = new Set(['fame', 'honor', 'honour', 'honors', 'honours']);

/** True when the facility name over tokens [i, j) ends in "Hall of Fame" (or "Hall of Honor"). */
export function hallOfFame(doc: Doc, i: number, j: number): boolean {
  return j - i >= 3 && HONOUR_WORDS.has(doc.fold(j - 1)) && doc.fold(j - 2) === 'of' && doc.fold(j - 3) === 'hall';
}
