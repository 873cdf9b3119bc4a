/**
 * Decoding: per-token tag scores from the hashed features, plus learned tag-transition scores,
 * combined by a Viterbi search restricted to valid BILOU sequences (one sentence at a time).
 * Training and inference share this module, so both see exactly the same features.
 */
import { ALLOWED, Part, TAG_COUNT, partOfTag, typeOfTag, ENTITY_TYPES, type EntityType } from './tags';
import { CONTEXT_SIGNATURE_LENGTH, MAX_FEATURES, contextFeatures, contextSignature, intrinsicFeatures, staticFeatures, type DocFeatures } from './features';
import { mix } from './hash';
import type { Scorer } from './model';

/** Feature template of the transition rows: key `transitionKey(prev)` holds the scores of each next tag. */
export function transitionKey(prev: number): number {
  return mix(50, prev, 0);
}

/** Transition scores: index `(prev + 1) * TAG_COUNT + cur`, `prev = -1` at a sentence start. */
export function transitionScores(scorer: Scorer): Float32Array {
  const out = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
  const key = new Int32Array(1);
  const row = new Float32Array(TAG_COUNT);
  for (let p = -1; p < TAG_COUNT; p++) {
    key[0] = transitionKey(p);
    row.fill(0);
    scorer.score(key, 1, row);
    out.set(row, (p + 1) * TAG_COUNT);
  }
  return out;
}

/** Per-token tag scores (`n × TAG_COUNT`, token-major) for the whole document (training). */
export function emissionScores(doc: DocFeatures, scorer: Scorer): Float32Array {
  const emis = new Float32Array(doc.n * TAG_COUNT);
  emissionRange(doc, scorer, 0, doc.n - 1, emis);
  return emis;
}

const keyBuf = new Int32Array(MAX_FEATURES);
const scoreBuf = new Float32Array(TAG_COUNT);

/**
 * Summed scores of the intrinsic (word-only) features by word key, for one read-only scorer: an
 * open-addressing table over typed arrays (key 0 = empty; word keys come from `mix`, never 0),
 * grown by doubling and emptied when it reaches {@link WORD_CACHE_LIMIT} words.
 */
class WordScores {
  keys = new Int32Array(4096);
  scores = new Float32Array(4096 * TAG_COUNT);
  size = 0;

  /** Slot of `key`, or -1 - (the empty slot where it would go). */
  find(key: number): number {
    const mask = this.keys.length - 1;
    let h = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const k = this.keys[h];
      if (k === key) return h;
      if (k === 0) return -1 - h;
      h = (h + 1) & mask;
    }
  }

  /** Stores `row` (TAG_COUNT scores) for a key not in the table; returns its slot. */
  insert(key: number, row: Float32Array): number {
    if (this.size >= WORD_CACHE_LIMIT) this.clear();
    else if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const h = -1 - this.find(key);
    this.keys[h] = key;
    this.scores.set(row, h * TAG_COUNT);
    this.size++;
    return h;
  }

  private clear(): void {
    this.keys.fill(0);
    this.size = 0;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldScores = this.scores;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.scores = new Float32Array(this.keys.length * TAG_COUNT);
    for (let s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] === 0) continue;
      const h = -1 - this.find(oldKeys[s]);
      this.keys[h] = oldKeys[s];
      this.scores.set(oldScores.subarray(s * TAG_COUNT, s * TAG_COUNT + TAG_COUNT), h * TAG_COUNT);
    }
  }
}

/** Word-score caches by scorer. */
const wordCaches = new WeakMap<Scorer, WordScores>();
const WORD_CACHE_LIMIT = 60_000;

/** The word-score cache of a (read-only) scorer. */
function wordCacheOf(scorer: Scorer): WordScores {
  let cache = wordCaches.get(scorer);
  if (!cache) {
    cache = new WordScores();
    wordCaches.set(scorer, cache);
  }
  return cache;
}

/**
 * Tag scores of tokens `a..b` written to `out` from index 0 (token `a` at `out[0..TAG_COUNT)`);
 * skipped tokens get zeros.
 * @param cacheWords - reuse the word-only part of the scores across tokens and documents; only for
 *   scorers whose weights no longer change (not during training).
 */
export function emissionRange(doc: DocFeatures, scorer: Scorer, a: number, b: number, out: Float32Array, cacheWords = false): void {
  out.fill(0, 0, (b - a + 1) * TAG_COUNT);
  scoreRange(doc, scorer, a, b, out, cacheWords);
}

/**
 * Emission rows of token contexts already scored in the current document, direct-mapped: a slot
 * holds the word key and the {@link contextSignature} of one token (every value its features read)
 * and that token's scores. A token whose word and signature equal a slot's gets the slot's scores,
 * which are the scores its own features would sum to. Used only on long documents, and dropped for
 * the rest of a document that rarely repeats a context: it pays off on repetitive text (tables,
 * lists, generated or hostile input), where it spares the feature lookups of most tokens.
 */
class ContextMemo {
  static readonly SLOTS = 1024;
  static readonly WIDTH = CONTEXT_SIGNATURE_LENGTH + 1;
  readonly keys = new Int32Array(ContextMemo.SLOTS * ContextMemo.WIDTH);
  readonly rows = new Float32Array(ContextMemo.SLOTS * TAG_COUNT);
  /** Document generation that filled each slot (0 = never). */
  readonly stamp = new Int32Array(ContextMemo.SLOTS);
  readonly probe = new Int32Array(ContextMemo.WIDTH);
  generation = 0;
  lookups = 0;
  hits = 0;
  on = false;

  /** Starts a document: no slot of an earlier document matches. */
  reset(on: boolean): void {
    this.generation++;
    this.lookups = 0;
    this.hits = 0;
    this.on = on;
  }

  /** Slot for the signature in {@link probe}; `found` tells whether it holds that signature. */
  slotOf(): number {
    const p = this.probe;
    let h = 0x811c9dc5 | 0;
    for (let k = 0; k < ContextMemo.WIDTH; k++) h = Math.imul(h ^ p[k], 0x01000193);
    return (h ^ (h >>> 15)) & (ContextMemo.SLOTS - 1);
  }

  holds(slot: number): boolean {
    if (this.stamp[slot] !== this.generation) return false;
    const { keys, probe } = this;
    const at = slot * ContextMemo.WIDTH;
    for (let k = 0; k < ContextMemo.WIDTH; k++) if (keys[at + k] !== probe[k]) return false;
    return true;
  }

  store(slot: number, row: Float32Array): void {
    this.keys.set(this.probe, slot * ContextMemo.WIDTH);
    this.rows.set(row, slot * TAG_COUNT);
    this.stamp[slot] = this.generation;
  }

  /** Counts a lookup; turns the memo off when, after 2,048 lookups, fewer than one in 8 hit. */
  count(hit: boolean): void {
    this.lookups++;
    if (hit) this.hits++;
    if (this.lookups === 2048 && this.hits * 8 < this.lookups) this.on = false;
  }
}

const contextMemo = new ContextMemo();

/** Documents with at least this many tokens use the {@link ContextMemo}. */
export const CONTEXT_MEMO_MIN_TOKENS = 20_000;

/** {@link emissionRange} without zeroing the rows of skipped tokens (they keep what `out` held). */
function scoreRange(doc: DocFeatures, scorer: Scorer, a: number, b: number, out: Float32Array, cacheWords: boolean): void {
  const cache = cacheWords ? wordCacheOf(scorer) : null;
  const memo = contextMemo;
  for (let i = a; i <= b; i++) {
    if (doc.skip[i] === 1) continue; // forced O, see DocFeatures.skip
    let slot = -1;
    if (memo.on && cache !== null) {
      memo.probe[0] = mix(99, doc.word[i], doc.tokens.ends[i] - doc.tokens.starts[i]);
      contextSignature(doc, i, memo.probe, 1);
      slot = memo.slotOf();
      const hit = memo.holds(slot);
      memo.count(hit);
      if (hit) {
        const o = (i - a) * TAG_COUNT;
        const at = slot * TAG_COUNT;
        for (let t = 0; t < TAG_COUNT; t++) out[o + t] = memo.rows[at + t];
        continue;
      }
    }
    if (cache === null) {
      const n = staticFeatures(doc, i, keyBuf);
      scoreBuf.fill(0);
      scorer.score(keyBuf, n, scoreBuf);
    } else {
      const wkey = mix(99, doc.word[i], doc.tokens.ends[i] - doc.tokens.starts[i]);
      let slot = cache.find(wkey);
      if (slot < 0) {
        scoreBuf.fill(0);
        scorer.score(keyBuf, intrinsicFeatures(doc, i, keyBuf, 0), scoreBuf);
        slot = cache.insert(wkey, scoreBuf);
      } else {
        const own = cache.scores;
        const at = slot * TAG_COUNT;
        for (let t = 0; t < TAG_COUNT; t++) scoreBuf[t] = own[at + t];
      }
      scorer.score(keyBuf, contextFeatures(doc, i, keyBuf, 0), scoreBuf);
    }
    if (slot >= 0) memo.store(slot, scoreBuf);
    const o = (i - a) * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) out[o + t] = scoreBuf[t];
  }
}

/** For each tag, the previous tags that may precede it (BILOU), as `[count, p1, p2, ...]` blocks. */
const PREVS: { start: Int32Array; list: Int8Array } = (() => {
  const start = new Int32Array(TAG_COUNT + 1);
  const list: number[] = [];
  for (let t = 0; t < TAG_COUNT; t++) {
    start[t] = list.length;
    for (let p = 0; p < TAG_COUNT; p++) if (ALLOWED[(p + 1) * TAG_COUNT * 2 + t * 2] === 1) list.push(p);
  }
  start[TAG_COUNT] = list.length;
  return { start, list: Int8Array.from(list) };
})();

/** Tags that may not end a sentence (B, I). */
const OPEN_TAG: Uint8Array = (() => {
  const t = new Uint8Array(TAG_COUNT);
  for (let k = 1; k < TAG_COUNT; k++) t[k] = partOfTag(k) === Part.B || partOfTag(k) === Part.I ? 1 : 0;
  return t;
})();

// The score of an impossible path, -1e30, is a local `const NEG` in each function that uses it. Read from a
// module-level constant, it was a boxed number of unknown type to the optimising compiler, so every running
// maximum it started (`let best = NEG`) stayed boxed and each new maximum allocated a heap number: 27 MB per
// pass over the bench texts in the Viterbi step, whose decoding took 18-22 ms per pass instead of 13.6.

let pairTrans: Float32Array | null = null;
let pairOut = new Float32Array(PREVS.list.length);

/** Transition scores laid out like {@link PREVS}: `pair[j]` scores `list[j] → t` for `j` in `t`'s block. */
function pairScores(trans: Float32Array): Float32Array {
  if (trans === pairTrans) return pairOut;
  const { start, list } = PREVS;
  const out = new Float32Array(list.length);
  for (let t = 0; t < TAG_COUNT; t++) for (let j = start[t]; j < start[t + 1]; j++) out[j] = trans[(list[j] + 1) * TAG_COUNT + t];
  pairTrans = trans;
  pairOut = out;
  return out;
}
let backBuf = new Uint8Array(4096 * TAG_COUNT);
const prevBuf = new Float32Array(TAG_COUNT);
const curBuf = new Float32Array(TAG_COUNT);

/** Tags that may follow a closed tag (O, B-x, U-x), ascending. */
const OPENERS = Int8Array.of(0, 1, 4, 5, 8, 9, 12, 13, 16);
/** Closed tags (O, L-x, U-x), ascending: the predecessors of every opener. */
const CLOSED = [0, 3, 4, 7, 8, 11, 12, 15, 16];

/**
 * True when the tag set is BILOU over four types, so each opener's predecessors are {@link CLOSED}
 * and those of I-x and L-x are B-x, I-x, in the order {@link PREVS} lists them: {@link stepBilou}
 * then does exactly the generic step's comparisons, in the same order, with the predecessors'
 * scores held in locals.
 */
const BILOU_FAST: boolean = (() => {
  if (TAG_COUNT !== 17) return false;
  const { start, list } = PREVS;
  const same = (t: number, want: number[]): boolean =>
    start[t + 1] - start[t] === want.length && want.every((p, r) => list[start[t] + r] === p);
  for (const t of OPENERS) if (!same(t, CLOSED)) return false;
  for (let x = 0; x < 4; x++) if (!same(2 + 4 * x, [1 + 4 * x, 2 + 4 * x]) || !same(3 + 4 * x, [1 + 4 * x, 2 + 4 * x])) return false;
  return true;
})();

/**
 * Tokens decoded in this process with the table-driven step before {@link viterbi} uses {@link stepBilou} (a first
 * 1,000-word article decodes about 1,200). Until V8 has compiled it, the specialised step is no faster than the
 * table-driven one, and compiling it during a process's first analysis cost more than it saved there (cold child,
 * first analysis of a 1,000-word article, main + compiler threads, medians of 12 alternating runs: 75.4 → 69.0 CPU
 * ms; the steady state is unchanged). Both steps give the same tags.
 */
export const TABLE_STEP_TOKENS = 8192;
let tableStepTokens = 0;

/** One Viterbi step (see {@link viterbi}) for the BILOU tag set ({@link BILOU_FAST}). */
function stepBilou(prev: Float32Array, cur: Float32Array, back: Uint8Array, row: number, e: number, emis: Float32Array, lastStep: boolean, pair: Float32Array): void {
  const NEG = -1e30; // a local on purpose: see the note on impossible paths above pairScores
  const { start } = PREVS;
  const c0 = prev[0];
  const c3 = prev[3];
  const c4 = prev[4];
  const c7 = prev[7];
  const c8 = prev[8];
  const c11 = prev[11];
  const c12 = prev[12];
  const c15 = prev[15];
  const c16 = prev[16];
  for (let q = 0; q < 9; q++) {
    const t = OPENERS[q];
    const j = start[t];
    let best = NEG;
    let arg = 0;
    let s = c0 + pair[j];
    if (s > best) {
      best = s;
      arg = 0;
    }
    s = c3 + pair[j + 1];
    if (s > best) {
      best = s;
      arg = 3;
    }
    s = c4 + pair[j + 2];
    if (s > best) {
      best = s;
      arg = 4;
    }
    s = c7 + pair[j + 3];
    if (s > best) {
      best = s;
      arg = 7;
    }
    s = c8 + pair[j + 4];
    if (s > best) {
      best = s;
      arg = 8;
    }
    s = c11 + pair[j + 5];
    if (s > best) {
      best = s;
      arg = 11;
    }
    s = c12 + pair[j + 6];
    if (s > best) {
      best = s;
      arg = 12;
    }
    s = c15 + pair[j + 7];
    if (s > best) {
      best = s;
      arg = 15;
    }
    s = c16 + pair[j + 8];
    if (s > best) {
      best = s;
      arg = 16;
    }
    cur[t] = lastStep && OPEN_TAG[t] === 1 ? NEG : best + emis[e + t];
    back[row + t] = arg;
  }
  for (let x = 0; x < 4; x++) {
    const bt = 1 + 4 * x;
    const pb = prev[bt];
    const pi = prev[bt + 1];
    for (let t = bt + 1; t <= bt + 2; t++) {
      const j = start[t];
      let best = NEG;
      let arg = 0;
      let s = pb + pair[j];
      if (s > best) {
        best = s;
        arg = bt;
      }
      s = pi + pair[j + 1];
      if (s > best) {
        best = s;
        arg = bt + 1;
      }
      cur[t] = lastStep && OPEN_TAG[t] === 1 ? NEG : best + emis[e + t];
      back[row + t] = arg;
    }
  }
}

/**
 * Best valid tag sequence for tokens `a..b` (inclusive), written into `tags`.
 * @param emis - from {@link emissionScores}.
 * @param trans - from {@link transitionScores}.
 * @param skip - tokens forced to O (see `DocFeatures.skip`).
 * @param emisBase - the token index whose scores start at `emis[0]` (0 for whole-document scores).
 * @param generic - use the table-driven step even for the BILOU tag set (for tests; same result).
 */
export function viterbi(emis: Float32Array, trans: Float32Array, a: number, b: number, tags: Uint8Array, skip?: Uint8Array, emisBase = 0, generic = false): void {
  const NEG = -1e30; // a local on purpose: see the note on impossible paths above pairScores
  const T = TAG_COUNT;
  const len = b - a + 1;
  if (len <= 0) return;
  if (backBuf.length < len * T) backBuf = new Uint8Array(Math.max(len * T, backBuf.length * 2));
  const back = backBuf;
  const { start, list } = PREVS;
  const pair = pairScores(trans);
  const bilou = BILOU_FAST && !generic && tableStepTokens >= TABLE_STEP_TOKENS;
  if (!bilou && !generic) tableStepTokens += len;
  let prev = prevBuf;
  let cur = curBuf;
  for (let t = 0; t < T; t++) {
    const ok = ALLOWED[t * 2 + (len === 1 ? 1 : 0)] === 1 && !(skip !== undefined && skip[a] === 1 && t !== 0);
    prev[t] = ok ? trans[t] + emis[(a - emisBase) * T + t] : NEG;
  }
  for (let k = 1; k < len; k++) {
    const e = (a + k - emisBase) * T;
    const lastStep = k === len - 1;
    if (skip !== undefined && skip[a + k] === 1) {
      // Forced O: only the best predecessor that may end here matters.
      let best = NEG;
      let arg = 0;
      for (let j = start[0], stop = start[1]; j < stop; j++) {
        const p = list[j];
        const s = prev[p] + pair[j];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur.fill(NEG);
      cur[0] = best;
      back[k * T] = arg;
      const swap = prev;
      prev = cur;
      cur = swap;
      continue;
    }
    if (bilou) stepBilou(prev, cur, back, k * T, e, emis, lastStep, pair);
    else {
      for (let t = 0; t < T; t++) {
        let best = NEG;
        let arg = 0;
        for (let j = start[t], stop = start[t + 1]; j < stop; j++) {
          const p = list[j];
          const s = prev[p] + pair[j];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        cur[t] = lastStep && OPEN_TAG[t] === 1 ? NEG : best + emis[e + t];
        back[k * T + t] = arg;
      }
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  let bestT = 0;
  let bestS = -Infinity;
  for (let t = 0; t < T; t++) {
    if (prev[t] > bestS) {
      bestS = prev[t];
      bestT = t;
    }
  }
  for (let k = len - 1; k >= 0; k--) {
    tags[a + k] = bestT;
    bestT = back[k * T + bestT];
  }
}

/**
 * Tags every token of a prepared document.
 * @param doc - from {@link prepareDocument}.
 * @param scorer - the model.
 * @param trans - transition scores (computed from `scorer` when omitted).
 * @param memoMinTokens - documents with this many tokens or more reuse the scores of repeated token
 *   contexts ({@link ContextMemo}; the same tags either way).
 * @returns one tag per token.
 */
export function decodeTags(doc: DocFeatures, scorer: Scorer, trans: Float32Array = transitionScores(scorer), memoMinTokens = CONTEXT_MEMO_MIN_TOKENS): Uint8Array {
  const tags = new Uint8Array(doc.n);
  contextMemo.reset(doc.n >= memoMinTokens);
  let a = 0;
  for (let i = 0; i < doc.n; i++) {
    if (i + 1 === doc.n || doc.sentence[i + 1] !== doc.sentence[i]) {
      const need = (i - a + 1) * TAG_COUNT;
      if (emisBuf.length < need) emisBuf = new Float32Array(Math.max(need, emisBuf.length * 2));
      // The Viterbi step of a skipped (forced O) token reads no scores, and the first token's row only
      // its O score: so only that row is zeroed, not the whole range (a sentence of a million
      // punctuation tokens would otherwise clear 68 MB).
      if (doc.skip[a] === 1) emisBuf.fill(0, 0, TAG_COUNT);
      scoreRange(doc, scorer, a, i, emisBuf, true);
      viterbi(emisBuf, trans, a, i, tags, doc.skip, a);
      a = i + 1;
    }
  }
  contextMemo.on = false;
  return tags;
}

/**
 * The scores {@link decodeTags} gives the tokens of a document (`n × TAG_COUNT`; skipped tokens 0),
 * with the memo of repeated contexts on from the first token or off (for tests and diagnosis).
 */
export function decodeEmissions(doc: DocFeatures, scorer: Scorer, memo: boolean): Float32Array {
  const out = new Float32Array(doc.n * TAG_COUNT);
  contextMemo.reset(memo);
  scoreRange(doc, scorer, 0, doc.n - 1, out, true);
  contextMemo.on = false;
  return out;
}

/** Per-sentence score buffer, grown on demand (memory stays proportional to the longest sentence). */
let emisBuf = new Float32Array(256 * TAG_COUNT);

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
