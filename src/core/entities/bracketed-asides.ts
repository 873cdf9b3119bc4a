/**
 * "Selnik (Bulgarian: Селник) is a village", "Elm Brook (also Elmbrook or Elm Brooke) is a suburb of …": a
 * bracketed aside between a name and its definition is skipped when reading the definition, and the other
 * names it gives (after "also", "or", "formerly", "now" or a colon) are names of the same thing.
 */
import type { Doc } from '../doc/document';

/** Longest aside read, in tokens. */
const MAX_ASIDE = 12;
/** Words after which an aside gives another name of the thing ("also Elmbrook", "formerly Kingstown"). */
const ALIAS_OPENERS: ReadonlySet<string> = new Set(['also', 'or', 'formerly', 'now', 'née', 'aka', ':']);

/** The token after the ")" closing a bracketed aside that opens at token `j`, or -1 when none does. */
export function afterAside(doc: Doc, j: number): number {
  if (j >= doc.n || doc.fold(j) !== '(') return -1;
  for (let k = j + 1; k < doc.n && k <= j + MAX_ASIDE && doc.sentenceOf[k] === doc.sentenceOf[j]; k++) {
    const r = doc.fold(k);
    if (r === '(') return -1;
    if (r === ')') return k + 1 < doc.n && doc.sentenceOf[k + 1] === doc.sentenceOf[j] ? k + 1 : -1;
  }
  return -1;
}

/** Token ranges [i, j) of the other names an aside opening at token `open` gives (up to three name words each). */
export function asideAliases(doc: Doc, open: number, isNameWord: (t: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const end = afterAside(doc, open) - 1;
  for (let k = open + 1; k < end; k++) {
    if (!ALIAS_OPENERS.has(doc.fold(k)) || doc.cap(k) && doc.fold(k) !== ':') continue;
    let j = k + 1;
    while (j < end && j < k + 4 && isNameWord(j)) j++;
    if (j > k + 1) out.push([k + 1, j]);
  }
  return out;
}
