/**
 * "James To of the Democratic Party", "legislator James To spoke": the family name "To" (Cantonese, Vietnamese) right
 * after a one-word given name, mid-sentence, before a lower-case word or a mark. "to" the word is never
 * capitalised there; "To" before another capitalised word is a title-case phrase ("To Be Read Later").
 */
import type { Doc } from '../doc/document';

/**
 * True when token `j` is the family name "To" after the one-word given name [i, j) (`givenName` deciding which
 * words are given names), not at the sentence's start.
 */
export function toSurnameAfter(doc: Doc, i: number, j: number, givenName: (word: string) => boolean): boolean {
  if (j >= doc.n || j - i !== 1 || doc.raw(j) !== 'To' || doc.sentenceOf[j] !== doc.sentenceOf[i] || !givenName(doc.raw(i))) return false;
  if (doc.sentences.first[doc.sentenceOf[j]] === i) return false;
  if (j + 1 >= doc.n || doc.sentenceOf[j + 1] !== doc.sentenceOf[j]) return true;
  return !(doc.word(j + 1) && doc.cap(j + 1));
}
