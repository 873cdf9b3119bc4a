/**
 * Organisation names that open with "All": "the All Nations Football Federation", "members of the All Farmers
 * Progressive Alliance". "All" is a function word, so the head-word run stops after it; written with a capital
 * inside a sentence (not as its first word, not in a title-case line) it is part of the name. At a sentence's
 * start it is left out ("All Labour Party members voted").
 */
import type { Doc } from '../doc/document';

/**
 * The start of the organisation name over tokens [i, j) with the "All" before it, or `i`.
 * @param titleCaseLine - true for a sentence written in title case, where a capital says nothing.
 */
export function allOpenedOrgStart(doc: Doc, i: number, j: number, titleCaseLine: (sentence: number) => boolean): number {
  if (i < 2 || j - i < 2 || doc.raw(i - 1) !== 'All') return i;
  const s = doc.sentenceOf[i];
  if (doc.sentenceOf[i - 1] !== s || doc.sentences.first[s] === i - 1 || doc.shouting[s] || titleCaseLine(s)) return i;
  // "… said. All Farmers Party …" after a quote mark or a bracket opening a sentence inside it: only a word before it.
  if (!doc.word(i - 2)) return i;
  return i - 1;
}
