/**
 * Results in sports reports: "Hammarby beat Djurgarden 3-1", "Okafor defeated Lindqvist 6-4 6-2". The two sides of a
 * verb of winning in a sentence with a score are of one kind: when one side is a read team or player and the other
 * an unread capitalised name, the unread name is of the same kind.
 */
import type { Doc } from '../doc/document';
import { CAPITALISED_FUNCTION_WORDS } from '../lexicon/words';

/** Verbs of a result between two sides. */
const RESULT_VERBS: ReadonlySet<string> = new Set([
  'beat', 'beats', 'defeated', 'defeats', 'edged', 'routed', 'thrashed', 'crushed', 'downed', 'upset', 'outlasted',
  'overcame', 'whipped', 'blanked', 'swept', 'trounced', 'hammered',
]);

/** A score ("3-1", "101-98"), not part of a date or a longer number. */
const SCORE = /(?<![\p{N}-])\d{1,3}-\d{1,3}(?![\p{N}-])/u;

/** Quick test of the whole text before any token is read (the verbs of {@link RESULT_VERBS}). */
const RESULT_VERB = /\b(?:beat|beats|defeated|defeats|edged|routed|thrashed|crushed|downed|upset|outlasted|overcame|whipped|blanked|swept|trounced|hammered)\b/i;

/** True when the text holds a verb of a result at all (a cheap test before {@link resultSides}). */
export function mayHoldResults(text: string): boolean {
  return RESULT_VERB.test(text);
}

/** Most words of a side's name. */
const MAX_WORDS = 3;

/** A side read for an unread name. */
export interface ResultSide {
  i: number;
  j: number;
  /** The token range of the read side on the other side of the verb. */
  otherI: number;
  otherJ: number;
}

/**
 * Unread sides of results next to read ones, in order.
 * @param readAt - the token range of the mention that ends at token `end` (exclusive), or starts at `start`; undefined when none.
 * @param covered - true for a token some mention holds.
 */
export function resultSides(
  doc: Doc,
  readEndingAt: (end: number) => [number, number] | undefined,
  readStartingAt: (start: number) => [number, number] | undefined,
  covered: (t: number) => boolean,
): ResultSide[] {
  const out: ResultSide[] = [];
  const scored = new Map<number, boolean>(); // per sentence: a long sentence is read once
  for (let v = 1; v + 1 < doc.n; v++) {
    if (!RESULT_VERBS.has(doc.fold(v))) continue;
    const s = doc.sentenceOf[v];
    if (doc.sentenceOf[v - 1] !== s || doc.sentenceOf[v + 1] !== s) continue;
    const first = doc.sentences.first[s];
    let hasScore = scored.get(s);
    if (hasScore === undefined) scored.set(s, (hasScore = SCORE.test(doc.text.slice(doc.start(first), doc.end(doc.sentences.last[s])))));
    if (!hasScore) continue;
    const left = readEndingAt(v);
    const right = readStartingAt(v + 1);
    if (left && !right) {
      let j = v + 1;
      while (j < doc.n && j < v + 1 + MAX_WORDS && doc.sentenceOf[j] === s && sideWord(doc, j, covered)) j++;
      if (j > v + 1 && !(j < doc.n && doc.sentenceOf[j] === s && doc.cap(j) && doc.word(j))) out.push({ i: v + 1, j, otherI: left[0], otherJ: left[1] });
    } else if (right && !left) {
      let i = v;
      while (i - 1 >= first && i > v - MAX_WORDS && sideWord(doc, i - 1, covered)) i--;
      if (i < v && !(i - 1 >= first && doc.cap(i - 1) && doc.word(i - 1))) out.push({ i, j: v, otherI: right[0], otherJ: right[1] });
    }
  }
  return out;
}

function sideWord(doc: Doc, t: number, covered: (t: number) => boolean): boolean {
  return doc.word(t) && doc.cap(t) && !doc.allCaps(t) && !covered(t) && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(t));
}

/** Words before a side that a score follows ("lost to", "a win over", "against", "beat"). */
const SIDE_OPENERS: ReadonlySet<string> = new Set(['to', 'over', 'against', 'beat', 'beats', 'defeated', 'defeating', 'beating', 'edged', 'routed']);

/** A score as one token ("28-21", "3–1"). */
const SCORE_TOKEN = /^\d{1,3}[-\u2013]\d{1,3}$/;

/**
 * "lost to Corvall 28-21", "a win over Dunmore 3-1", "beat Kelso 24-10": true when the name over [i, j) is a side of
 * a result, opened by a word of a result or a side ("to", "over", "against", "beat") and followed right away by a
 * score.
 */
export function sideBeforeScore(doc: Doc, i: number, j: number): boolean {
  if (i < 1 || j >= doc.n || doc.cap(i - 1) || !SIDE_OPENERS.has(doc.fold(i - 1))) return false;
  const c = doc.text.charCodeAt(doc.start(j));
  if (c < 48 || c > 57 || doc.sentenceOf[j] !== doc.sentenceOf[i]) return false;
  return SCORE_TOKEN.test(doc.raw(j));
}
