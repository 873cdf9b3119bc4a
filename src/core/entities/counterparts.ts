/**
 * "met his Japanese counterpart, Aiko Mori," / "her counterpart Lena Holm": a counterpart holds the same office
 * as the person the possessive points to, for the country its adjective names. This module finds the phrase;
 * the assembler copies the role of the nearest person before it in the sentence.
 */
import type { Doc } from '../doc/document';

/** Possessives that point back to a person named earlier in the sentence. */
const POSSESSIVES = new Set(['his', 'her', 'their']);

/** A counterpart phrase before a name, in token indices. */
export interface CounterpartPhrase {
  /** The possessive ("his"). */
  possessive: number;
  /** The word "counterpart". */
  head: number;
}

/**
 * The counterpart phrase that ends right before the name starting at token `nameStart` (an optional comma
 * between), with at most three words (a country's adjective: "South Korean") between the possessive and
 * "counterpart"; undefined when there is none.
 */
export function counterpartBefore(doc: Doc, nameStart: number): CounterpartPhrase | undefined {
  let head = nameStart - 1;
  if (head >= 0 && doc.fold(head) === ',') head--;
  if (head < 1 || doc.fold(head) !== 'counterpart') return undefined;
  const s = doc.sentenceOf[nameStart];
  if (doc.sentenceOf[head] !== s) return undefined;
  for (let k = head - 1; k >= 0 && k >= head - 4 && doc.sentenceOf[k] === s; k--) {
    const f = doc.fold(k);
    if (POSSESSIVES.has(f)) return { possessive: k, head };
    if (!doc.word(k) || (!doc.cap(k) && k < head - 1)) return undefined;
  }
  return undefined;
}
