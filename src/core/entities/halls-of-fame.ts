/**
 * "the Hockey Hall of Fame", "a Hall of Honor": a hall of fame is an institution that inducts people (an
 * organisation, as the corpora type it), not the building it may occupy, though its name ends like a
 * facility's ("Hall"). "Hall of Famer" describes a person: "future Hall of Famer Bill Tate" names no hall.
 */
import type { Doc } from '../doc/document';
import { wordClass } from '../doc/word-classes';

/** Words after "Hall of" that make a hall of fame. */
const HONOUR_WORDS: ReadonlySet<string> = new Set(['fame', 'honor', 'honour', 'honors', 'honours']);
/** Words after "Hall of" for a member of a hall of fame. */
const MEMBER_WORDS: ReadonlySet<string> = new Set(['famer', 'famers']);
/** {@link MEMBER_WORDS} as a word class ({@link wordClass}). */
const MEMBER_WORD = wordClass(MEMBER_WORDS);

/**
 * Reads a facility name over tokens [i, j) for a hall of fame: undefined when it holds none; `{ end: i }`
 * (nothing to mark) when "Hall of Famer" makes it a person's description; otherwise the end of the hall's
 * name ("Hockey Hall of Fame" in "the Hockey Hall of Fame Finger-picker …"), an organisation.
 */
export function hallOfFame(doc: Doc, i: number, j: number): { end: number } | undefined {
  for (let k = i; k + 2 < j; k++) {
    if (doc.fold(k) !== 'hall' || doc.fold(k + 1) !== 'of') continue;
    const f = doc.fold(k + 2);
    if (MEMBER_WORDS.has(f)) return { end: i };
    if (HONOUR_WORDS.has(f)) return { end: k + 3 };
  }
  return undefined;
}

/**
 * Marks in `marks` (one byte per token) the words "Hall of Famer", which describe a person and name
 * nothing; true when it marked any.
 */
export function markHallOfFamers(doc: Doc, marks: Uint8Array): boolean {
  let any = false;
  for (let k = 0; k + 2 < doc.n; k++) {
    if (!doc.is(k + 2, MEMBER_WORD) || doc.fold(k + 1) !== 'of' || doc.fold(k) !== 'hall') continue;
    marks.fill(1, k, k + 3);
    any = true;
  }
  return any;
}
