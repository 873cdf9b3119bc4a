/**
 * "Queen Elizabeth I", "Pedro II", "Eberhard Faber V": a Roman numeral after a person's name is part of the name
 * (a monarch's or pope's number, a family's generation). The bare "I" is the pronoun far more often, so it
 * joins only a one-word name right after a title of rank ("Queen Elizabeth I"; not "As Smith I would").
 */
import type { Doc } from '../doc/document';

/** Roman numerals from II to XX, written in capitals. */
const NUMERAL = /^(?:X{0,1}(?:IX|IV|V?I{0,3}))$|^XX$/;

/**
 * The end of a person's name over tokens [i, j) with the Roman numeral that follows it, or `j` when none does.
 * @param titled - true when a title of rank stands right before the name ("King", "Queen", "Pope").
 */
export function withRegnalNumber(doc: Doc, i: number, j: number, titled: boolean): number {
  if (j >= doc.n || doc.sentenceOf[j] !== doc.sentenceOf[j - 1] || doc.end(j - 1) === doc.start(j)) return j;
  const raw = doc.raw(j);
  if (raw.length === 0 || raw.length > 5 || !NUMERAL.test(raw)) return j;
  if (raw !== 'I') return j + 1;
  return titled && j - i === 1 ? j + 1 : j;
}
