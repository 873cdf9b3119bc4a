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

/** Labels a page writes before a headline, as folded words ("Related:", "Read more:", "Exclusive:"). */
const LINE_LABELS = new Set([
  'related', 'read more', 'read also', 'see also', 'also read', 'more', 'watch', 'listen', 'exclusive', 'opinion',
  'analysis', 'breaking', 'live', 'video', 'photos', 'update', 'explainer', 'editorial', 'comment', 'review',
  'interview', 'factbox', 'timeline', 'recommended', 'trending', 'up next', 'next',
]);

/** Verbs of attribution that may end a title-case line in a short part ("…, Sources Say"). */
const SAYS = new Set(['say', 'says', 'said']);

/**
 * The first token of sentence `s` after a page's label and its colon ("Related: …", "Read more: …",
 * "EXCLUSIVE: …"), or its first token when it opens with no label.
 */
function afterLabel(doc: Doc, s: number): number {
  const first = doc.sentences.first[s];
  const last = doc.sentences.last[s];
  let label = '';
  for (let t = first; t <= last && t < first + 3; t++) {
    if (doc.fold(t) === ':') return LINE_LABELS.has(label) ? t + 1 : first;
    if (!doc.word(t)) return first;
    label += (t > first ? ' ' : '') + doc.fold(t);
  }
  return first;
}

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
    let lastPart = -1;
    for (let i = afterLabel(doc, s); i <= doc.sentences.last[s] && ok; i++) {
      if (!doc.word(i)) {
        const p = doc.fold(i);
        if (PART_BREAKS.has(p)) {
          if (part < MIN_PART_WORDS) ok = false;
          part = 0;
          lastPart = i;
        } else if ((p === '.' && i === doc.sentences.last[s]) || p === '(' || hasDigit(doc, i)) ok = false;
        continue;
      }
      const f = doc.fold(i);
      if (doc.is(i, SMALL_WORD) || f === "'s" || f === '’s') continue; // "What’s"
      if (!doc.cap(i) || hasDigit(doc, i)) ok = false;
      content++;
      part++;
    }
    // "…, Sources Say", "…: Report": a short attribution may end the line.
    const attribution = ok && part > 0 && part < MIN_PART_WORDS && lastPart >= 0 && SAYS.has(doc.fold(doc.sentences.last[s]));
    if (ok && (part >= MIN_PART_WORDS || attribution) && content >= MIN_CONTENT_WORDS) out[s] = 1;
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
