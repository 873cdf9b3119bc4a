/**
 * Greedy left-to-right decoding with BILOU constraints, shared by training and inference so both
 * see exactly the same features and history.
 */
import { TokenKind } from '../tokenize';
import { ALLOWED, Part, TAG_COUNT, partOfTag, typeOfTag, ENTITY_TYPES, type EntityType } from './tags';
import { MAX_FEATURES, historyFeatures, staticFeatures, type DocFeatures } from './features';
import type { Scorer } from './model';

/** Called for each scored token during training; returns nothing, may update the model. */
export type LearnHook = (i: number, keys: Int32Array, n: number, predicted: number) => void;

/** True when a punctuation token can only be `O` (not inside an entity and not `&`). */
function trivialPunct(doc: DocFeatures, i: number, prev: number): boolean {
  if (doc.tokens.kinds[i] !== TokenKind.Punct) return false;
  const pp = prev <= 0 ? -1 : partOfTag(prev);
  if (pp === Part.B || pp === Part.I) return false;
  return doc.text.charCodeAt(doc.tokens.starts[i]) !== 38; // '&'
}

/**
 * Tags every token of a prepared document.
 * @param doc - from {@link prepareDocument}.
 * @param scorer - the model.
 * @param learn - optional training hook, called after each prediction.
 * @returns one tag per token.
 */
export function decodeTags(doc: DocFeatures, scorer: Scorer, learn?: LearnHook): Uint8Array {
  const tags = new Uint8Array(doc.n);
  const keys = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(TAG_COUNT);
  let prev = -1;
  let prev2 = -1;
  for (let i = 0; i < doc.n; i++) {
    if (i > 0 && doc.sentence[i] !== doc.sentence[i - 1]) {
      prev = -1;
      prev2 = -1;
    }
    if (trivialPunct(doc, i, prev)) {
      tags[i] = 0;
      prev2 = prev;
      prev = 0;
      continue;
    }
    let n = staticFeatures(doc, i, keys);
    n += historyFeatures(doc, i, prev, prev2, keys, n);
    scores.fill(0);
    scorer.score(keys, n, scores);
    const last = i + 1 >= doc.n || doc.sentence[i + 1] !== doc.sentence[i] ? 1 : 0;
    const row = (prev + 1) * TAG_COUNT * 2;
    let best = 0;
    let bestScore = -Infinity;
    for (let t = 0; t < TAG_COUNT; t++) {
      if (ALLOWED[row + t * 2 + last] === 0) continue;
      if (scores[t] > bestScore) {
        bestScore = scores[t];
        best = t;
      }
    }
    if (learn) learn(i, keys, n, best);
    tags[i] = best;
    prev2 = prev;
    prev = best;
  }
  return tags;
}

/** A typed entity span over token indices, `last` inclusive. */
export interface TokenSpan {
  first: number;
  last: number;
  type: EntityType;
}

/** Reads entity spans out of a valid BILOU tag sequence. */
export function tagsToSpans(tags: Uint8Array): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const part = partOfTag(t);
    if (part === Part.U) out.push({ first: i, last: i, type: ENTITY_TYPES[typeOfTag(t)] });
    else if (part === Part.B) open = i;
    else if (part === Part.L && open >= 0) {
      out.push({ first: open, last: i, type: ENTITY_TYPES[typeOfTag(t)] });
      open = -1;
    } else if (part === -1) open = -1;
  }
  return out;
}
