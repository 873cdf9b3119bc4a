/**
 * "DJ Khaled", "MC Lyte", "DJ Snake": a performer's stage name opened by "DJ" or "MC" is a person's name as a
 * whole (the prefix is part of the name, not an office before it).
 */
import type { Doc } from '../doc/document';

/** Prefixes of stage names (folded; they are written in capitals). */
const STAGE_PREFIXES: ReadonlySet<string> = new Set(['dj', 'mc']);

/** Token ranges [i, j) of stage names: the prefix and one or two capitalised words of the same sentence. */
export function stageNames(doc: Doc, isNameWord: (t: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!/\b(?:DJ|MC)\b/.test(doc.text)) return out; // one native scan instead of a pass over the tokens
  for (let i = 0; i + 1 < doc.n; i++) {
    if (!STAGE_PREFIXES.has(doc.fold(i)) || !doc.allCaps(i) || doc.sentenceOf[i + 1] !== doc.sentenceOf[i] || !isNameWord(i + 1)) continue;
    // "DJ's like …", "the DJ booth": the prefix alone is a common noun.
    let j = i + 2;
    if (j < doc.n && doc.sentenceOf[j] === doc.sentenceOf[i] && isNameWord(j)) j++;
    out.push([i, j]);
    i = j - 1;
  }
  return out;
}
