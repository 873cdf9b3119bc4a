/**
 * "Seven Nobel laureates", "a Pulitzer prize", "an Emmy nominee": one capitalised word right before a
 * lower-case noun for a prize's holders or nominees names the prize (after a person, often), not the person
 * meant here. ("a late Kane winner" is left alone: a goal in a football report.)
 */
import type { Doc } from '../doc/document';

/** Lower-case nouns for a prize and its laureates and nominees. */
const AWARD_NOUNS: ReadonlySet<string> = new Set(['laureate', 'laureates', 'prize', 'prizes', 'nominee', 'nominees']);

/** True when token `j` is a lower-case prize noun in the sentence of token `j - 1` (see the module comment). */
export function awardNounAt(doc: Doc, j: number): boolean {
  return j < doc.n && !doc.cap(j) && doc.sentenceOf[j] === doc.sentenceOf[j - 1] && AWARD_NOUNS.has(doc.fold(j));
}
