/**
 * The word an "of" phrase hangs from: in "Governor of the Bank …" or "the chairman of Mercedes-Benz", the token
 * before "of" (and "the") that stand right before a name. Offices read the body or place they are "of" through it.
 */
import type { Doc } from '../doc/document';

/**
 * The token before "of" (and an optional "the") that end right before token `i`, in `i`'s sentence; -1 when
 * there is no such "of".
 */
export function headBeforeOf(doc: Doc, i: number): number {
  const of = i >= 1 && doc.fold(i - 1) === 'the' ? i - 2 : i - 1;
  return of >= 1 && doc.fold(of) === 'of' && doc.sentenceOf[of - 1] === doc.sentenceOf[i] ? of - 1 : -1;
}
