/**
 * "the 1969 film Marlow Creek, which", "her novel Dana Wells.", "the album Kestrel Moon in 2004": a name right after
 * a lower-case noun for a work is the work's title, not a person, when the name ends at punctuation or a small word.
 * "the film Ana Ruiz directed" is left alone: a lower-case verb after the name makes it the subject of a clause.
 */
import type { Doc } from '../doc/document';

/** Lower-case nouns for works whose title follows them. */
const WORK_NOUNS: ReadonlySet<string> = new Set(['film', 'movie', 'novel', 'album', 'song', 'single', 'opera', 'musical', 'documentary', 'sitcom', 'painting']);
/** Small words that may follow a title ("the film X in 1969", "the album X by Y"). */
const AFTER_TITLE: ReadonlySet<string> = new Set(['in', 'by', 'and', 'or', 'with', 'which', 'that', 'for', 'from', 'at', 'on']);

/** True when the name over [i, j) follows a work's noun and ends at punctuation or a small word (see the module comment). */
export function titleOfWork(doc: Doc, i: number, j: number): boolean {
  if (i < 1 || doc.cap(i - 1) || !WORK_NOUNS.has(doc.fold(i - 1)) || doc.sentenceOf[i - 1] !== doc.sentenceOf[i]) return false;
  if (j >= doc.n || doc.sentenceOf[j] !== doc.sentenceOf[i]) return true;
  return !doc.word(j) || AFTER_TITLE.has(doc.fold(j));
}
