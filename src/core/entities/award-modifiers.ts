/**
 * "two Lindqvist laureates", "the Marquand prize": one capitalised word right before a lower-case noun for a prize
 * or its laureates names the prize (after a person, often), not the person meant here. "Nominee" and "winner" are
 * left alone: "a Ruiz nominee" is the person's choice for an office, "a late Kane winner" a goal.
 */
import type { Doc } from '../doc/document';

/** Lower-case nouns for a prize and its laureates. */
const AWARD_NOUNS: ReadonlySet<string> = new Set(['laureate', 'laureates', 'prize', 'prizes']);

/** True when token `j` is a lower-case prize noun in the sentence of token `j - 1` (see the module comment). */
export function awardNounAt(doc: Doc, j: number): boolean {
  return j < doc.n && !doc.cap(j) && doc.sentenceOf[j] === doc.sentenceOf[j - 1] && AWARD_NOUNS.has(doc.fold(j));
}
