/**
 * Title-case lines: headlines, teasers and menu items written with Every Word Capitalised ("Pizza Man
 * Makes Special Delivery", "Storm Wreaks Havoc on Queens"). In them a capital letter says nothing about
 * names, so the tagger's readings there need support from elsewhere in the document.
 */
import type { Doc } from '../doc/document';

/** Short words a title-case line may leave in lower case. */
const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as',
  'vs', 'vs.', 'via', 'per', 'up', 'off', 'into', 'onto', 'over', 'de', 'la', 'van', 'von',
]);

/** Fewest capitalised content words that make a line a title-case line. */
const MIN_CONTENT_WORDS = 4;

/** Marks that split a title-case line into parts ("Veteran Wraps Baby in Flag, Photo Sparks Row"). */
const PART_BREAKS = new Set([',', ':', ';', '|', '—', '–']);

/** Fewest content words in each part of a title-case line (lists of names have one or two per item). */
const MIN_PART_WORDS = 3;

/**
 * Per sentence, 1 when it is a title-case line: at least {@link MIN_CONTENT_WORDS} words that are not
 * small words, all of them capitalised, in parts (split at commas, colons, dashes) of at least
 * {@link MIN_PART_WORDS} such words each, so lists of names ("Tony Adams, Lee Dixon") and "Label: Name"
 * lines are not headlines; no digit or bracket (results, tables), no closing full stop (a sentence), and not in
 * capitals throughout (those are `doc.shouting`).
 */
export function titleCaseSentences(doc: Doc): Uint8Array {
  const out = new Uint8Array(doc.sentences.count);
  for (let s = 0; s < doc.sentences.count; s++) {
    if (doc.shouting[s]) continue;
    let content = 0;
    let part = 0;
    let ok = true;
    for (let i = doc.sentences.first[s]; i <= doc.sentences.last[s] && ok; i++) {
      if (!doc.word(i)) {
        const p = doc.raw(i);
        if (PART_BREAKS.has(p)) {
          if (part < MIN_PART_WORDS) ok = false;
          part = 0;
        } else if ((p === '.' && i === doc.sentences.last[s]) || p === '(' || /\d/.test(p)) ok = false;
        continue;
      }
      const f = doc.fold(i);
      if (SMALL_WORDS.has(f) || f === "'s" || f === '’s') continue; // "What’s"
      if (/\d/.test(doc.raw(i)) || !doc.cap(i)) ok = false;
      content++;
      part++;
    }
    if (ok && part >= MIN_PART_WORDS && content >= MIN_CONTENT_WORDS) out[s] = 1;
  }
  return out;
}

/**
 * True when the words of tokens [i, j) also stand, capitalised, in a sentence that is not a title-case
 * line: the running text names them too.
 */
export function namedInRunningText(doc: Doc, i: number, j: number, titleCase: Uint8Array): boolean {
  const len = j - i;
  const first = doc.fold(i);
  for (let k = 0; k + len <= doc.n; k++) {
    if (titleCase[doc.sentenceOf[k]] || !doc.cap(k) || doc.fold(k) !== first) continue;
    let same = true;
    for (let t = 1; t < len && same; t++) same = doc.fold(k + t) === doc.fold(i + t);
    if (same) return true;
  }
  return false;
}
