/**
 * Title-case lines: headlines, teasers and menu items written with Every Word Capitalised ("Pizza Man
 * Makes Special Delivery", "Storm Wreaks Havoc on Queens"). In them a capital letter says nothing about
 * names, so the tagger's readings there need support from elsewhere in the document.
 */
import type { Doc } from '../doc/document';
import { wordClass } from '../doc/word-classes';
import { tokensKey } from '../doc/phrases';

/** Short words a title-case line may leave in lower case. */
const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as',
  'vs', 'vs.', 'via', 'per', 'up', 'off', 'into', 'onto', 'over', 'de', 'la', 'van', 'von',
]);
/** {@link SMALL_WORDS} as a word class ({@link wordClass}). */
const SMALL_WORD = wordClass(SMALL_WORDS);

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
        const p = doc.fold(i);
        if (PART_BREAKS.has(p)) {
          if (part < MIN_PART_WORDS) ok = false;
          part = 0;
        } else if ((p === '.' && i === doc.sentences.last[s]) || p === '(' || hasDigit(doc, i)) ok = false;
        continue;
      }
      const f = doc.fold(i);
      if (doc.is(i, SMALL_WORD) || f === "'s" || f === '’s') continue; // "What’s"
      if (!doc.cap(i) || hasDigit(doc, i)) ok = false;
      content++;
      part++;
    }
    if (ok && part >= MIN_PART_WORDS && content >= MIN_CONTENT_WORDS) out[s] = 1;
  }
  return out;
}

/** True when token `i` holds a digit (read in place, no substring). */
function hasDigit(doc: Doc, i: number): boolean {
  for (let k = doc.start(i), e = doc.end(i); k < e; k++) {
    const c = doc.text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Answers "does the running text (sentences that are not title-case lines) also name these words,
 * capitalised?" for one document. Positions of capitalised running-text words are indexed once by
 * folded word, and answers are remembered per name, so a page of headlines stays linear.
 */
export class RunningTextNames {
  private positions: Map<string, number[]> | undefined;
  private readonly answers = new Map<string, boolean>();

  constructor(
    private readonly doc: Doc,
    private readonly titleCase: Uint8Array,
  ) {}

  /** True when the words of tokens [i, j) also stand, capitalised, in a sentence that is not a title-case line. */
  has(i: number, j: number): boolean {
    const doc = this.doc;
    const key = tokensKey(doc, i, j);
    const known = this.answers.get(key);
    if (known !== undefined) return known;
    const starts = this.index().get(doc.fold(i)) ?? [];
    let found = false;
    for (let x = 0; x < starts.length && !found; x++) {
      const k = starts[x];
      if (k + (j - i) > doc.n) continue;
      let same = true;
      for (let t = 1; t < j - i && same; t++) same = doc.fold(k + t) === doc.fold(i + t);
      found = same;
    }
    this.answers.set(key, found);
    return found;
  }

  private index(): Map<string, number[]> {
    if (this.positions) return this.positions;
    const doc = this.doc;
    const out = new Map<string, number[]>();
    for (let k = 0; k < doc.n; k++) {
      if (this.titleCase[doc.sentenceOf[k]] || !doc.cap(k)) continue;
      const f = doc.fold(k);
      const list = out.get(f);
      if (list) list.push(k);
      else out.set(f, [k]);
    }
    this.positions = out;
    return out;
  }
}
