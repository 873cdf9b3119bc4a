/**
 * "an All-American guard", "the All-Star break", "named All-Pro twice", "an All-Ireland final": a
 * capitalised "All-" compound names a selection, a team of the best or a competition open to all of a
 * kind, never a person or a place. A person's or a place's name read over such a word is dropped (an
 * organisation's name may hold one: "the All-England Club").
 */
import type { Doc } from '../doc/document';

/** True when token `t` is written "All-" and a capitalised word ("All-American", "All-Star"). */
export function allSelectionWord(doc: Doc, t: number): boolean {
  const s = doc.start(t);
  if (doc.end(t) - s < 6) return false;
  const text = doc.text;
  // "All-" then a capital: one character test before the slice-free comparison.
  if (text.charCodeAt(s) !== 65 || text.charCodeAt(s + 3) !== 45) return false;
  if (text.charCodeAt(s + 1) !== 108 || text.charCodeAt(s + 2) !== 108) return false;
  const c = text[s + 4];
  return c !== c.toLowerCase();
}

/** True when a token of [i, j) is an "All-" selection word (see the module comment). */
export function holdsAllSelection(doc: Doc, i: number, j: number): boolean {
  for (let t = i; t < j; t++) if (allSelectionWord(doc, t)) return true;
  return false;
}
