/**
 * The packed tagger model: a feature-key → weight-row hash table with int8 weights.
 *
 * Binary layout (little-endian, every section 4-byte aligned): magic "BST4", u32 feature count, u32
 * tag count, u32 table capacity (a power of two, at least twice the count); then one f32 scale per feature
 * (its row's largest weight / 127), features in ascending key order; then `count × tags` int8 weights,
 * feature-major (the row of feature `f` at `f × tags`), padded to 4 bytes; then the open-addressing
 * `[key, row]` table, `capacity × 2` i32 (an empty slot's row is -1); then the key filter, 2^14 i32 (see
 * {@link PackedModel}). A weight is `int8 × scale of its row`.
 *
 * Every section is used in place as a typed-array view of the decoded bytes: loading does no per-feature
 * work (until "BST3" the table was built at load, 3–6 CPU ms of every cold start).
 */
import { TAG_COUNT } from './tags';

/** Something that adds the weights of feature keys to per-tag scores. */
export interface Scorer {
  /** Adds the weight rows of `keys[0..n)` to `scores` (length {@link TAG_COUNT}), which the caller zeroes. */
  score(keys: Int32Array, n: number, scores: Float32Array): void;
}

const MAGIC = 0x34545342; // "BST4"
const HEADER = 16;

/** Multiplier of the table hash (golden ratio, 32 bits). */
const HASH_MUL = 0x9e3779b1;
/** Words (i32) of the key filter. */
const FILTER_WORDS = 1 << 14;

/** Offsets of the sections of a model of `count` features and table capacity `cap`. */
function sections(count: number, cap: number): { scales: number; weights: number; table: number; filter: number; end: number } {
  const weights = HEADER + 4 * count;
  const table = (weights + count * TAG_COUNT + 3) & ~3;
  const filter = table + 8 * cap;
  return { scales: HEADER, weights, table, filter, end: filter + 4 * FILTER_WORDS };
}

/** The table capacity for `count` features: the smallest power of two at least twice the count. */
function capacityFor(count: number): number {
  let cap = 1;
  while (cap < count * 2) cap <<= 1;
  return cap;
}

/**
 * Calls of {@link PackedModel.score} served by its plain loop before it uses the 17 unrolled sums (a first
 * 1,000-word article makes 762). Unoptimised, the unrolled loop costs more than the plain one (17 `Math.fround`
 * calls per row), and V8 compiled it during a process's first analysis, too late to help that analysis (cold
 * child, first analysis of a 1,000-word article, main thread + compiler threads, medians of 10 and 12 alternating
 * runs: 88.5 → 84.6 and 89.9 → 83.3 CPU ms). Both loops give bit-identical sums.
 */
export const PLAIN_SCORE_CALLS = 4096;

/** A model loaded from its binary form; read-only and fast to query. */
export class PackedModel implements Scorer {
  /** Number of features. */
  readonly size: number;
  private readonly mask: number;
  /** Open-addressing table of `[key, row]` pairs; a slot whose row is -1 is empty. */
  private readonly table: Int32Array;
  private readonly weights: Int8Array;
  private readonly scales: Float32Array;
  /**
   * A filter of the keys: 2^19 bits (64 KB, which stay in cache), bit `imul(key, HASH_MUL) >>> 13` set for each key.
   * About 29% of the keys scored over running text are not in the model; the filter turns away ~94% of them without
   * a probe of the 512 KB table (replaying the corpus's score calls, medians of 15, 2 runs: 52.4/54.4 → 46.9/48.5 ms).
   */
  private readonly filter: Int32Array;
  /** Scratch: the rows of the keys being scored. */
  private rows = new Int32Array(64);
  /** Calls served by {@link scoreGeneric} so far (up to {@link PLAIN_SCORE_CALLS}). */
  private plainCalls = 0;

  /** Reads {@link encodeModel}'s bytes in place (no copy unless misaligned). Throws on a malformed buffer. */
  constructor(bytes: Uint8Array) {
    if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < HEADER || view.getUint32(0, true) !== MAGIC) throw new Error('tagger model: bad magic');
    const count = view.getUint32(4, true);
    const tags = view.getUint32(8, true);
    const cap = view.getUint32(12, true);
    if (tags !== TAG_COUNT) throw new Error(`tagger model: ${tags} tags, expected ${TAG_COUNT}`);
    if (cap !== capacityFor(count)) throw new Error(`tagger model: table capacity ${cap} for ${count} features`);
    const at = sections(count, cap);
    if (at.end > bytes.byteLength) throw new Error('tagger model: truncated');
    // Views in place (little-endian, as every browser and Node platform is).
    this.scales = new Float32Array(bytes.buffer, bytes.byteOffset + at.scales, count);
    this.weights = new Int8Array(bytes.buffer, bytes.byteOffset + at.weights, count * tags);
    this.table = new Int32Array(bytes.buffer, bytes.byteOffset + at.table, cap * 2);
    this.filter = new Int32Array(bytes.buffer, bytes.byteOffset + at.filter, FILTER_WORDS);
    this.size = count;
    this.mask = cap - 1;
  }

  /** {@inheritDoc Scorer.score} */
  score(keys: Int32Array, n: number, scores: Float32Array): void {
    if (TAG_COUNT !== 17 || this.plainCalls < PLAIN_SCORE_CALLS) {
      this.plainCalls++;
      this.scoreGeneric(keys, n, scores);
      return;
    }
    // The 17 running sums live in locals; each step rounds to float32 (Math.fround) exactly as a
    // store into the Float32Array would, so the sums are bit-identical to the generic loop's.
    const { table, weights: w, scales, mask, filter } = this;
    const fr = Math.fround;
    let s0 = scores[0]; let s1 = scores[1]; let s2 = scores[2]; let s3 = scores[3]; let s4 = scores[4]; let s5 = scores[5]; let s6 = scores[6]; let s7 = scores[7]; let s8 = scores[8];
    let s9 = scores[9]; let s10 = scores[10]; let s11 = scores[11]; let s12 = scores[12]; let s13 = scores[13]; let s14 = scores[14]; let s15 = scores[15]; let s16 = scores[16];
    // Rows first, sums second: the hash probes of all keys are independent loads the CPU can overlap
    // (the table is larger than the caches), instead of each waiting behind the previous row's sums.
    const rows = this.rows.length >= n ? this.rows : (this.rows = new Int32Array(n * 2));
    for (let j = 0; j < n; j++) {
      const key = keys[j];
      const b = Math.imul(key, 0x9e3779b1) >>> 13;
      rows[j] = (filter[b >>> 5] & (1 << (b & 31))) === 0 ? -1 : rowOf(table, mask, key);
    }
    for (let j = 0; j < n; j++) {
      const f = rows[j];
      if (f < 0) continue;
      const c = scales[f];
      const r = f * 17;
      s0 = fr(s0 + w[r + 0] * c);
      s1 = fr(s1 + w[r + 1] * c);
      s2 = fr(s2 + w[r + 2] * c);
      s3 = fr(s3 + w[r + 3] * c);
      s4 = fr(s4 + w[r + 4] * c);
      s5 = fr(s5 + w[r + 5] * c);
      s6 = fr(s6 + w[r + 6] * c);
      s7 = fr(s7 + w[r + 7] * c);
      s8 = fr(s8 + w[r + 8] * c);
      s9 = fr(s9 + w[r + 9] * c);
      s10 = fr(s10 + w[r + 10] * c);
      s11 = fr(s11 + w[r + 11] * c);
      s12 = fr(s12 + w[r + 12] * c);
      s13 = fr(s13 + w[r + 13] * c);
      s14 = fr(s14 + w[r + 14] * c);
      s15 = fr(s15 + w[r + 15] * c);
      s16 = fr(s16 + w[r + 16] * c);
    }
    scores[0] = s0; scores[1] = s1; scores[2] = s2; scores[3] = s3; scores[4] = s4; scores[5] = s5; scores[6] = s6; scores[7] = s7; scores[8] = s8;
    scores[9] = s9; scores[10] = s10; scores[11] = s11; scores[12] = s12; scores[13] = s13; scores[14] = s14; scores[15] = s15; scores[16] = s16;
  }

  /** {@link score} for any tag count. */
  private scoreGeneric(keys: Int32Array, n: number, scores: Float32Array): void {
    const { table, weights, scales, mask } = this;
    for (let j = 0; j < n; j++) {
      const f = rowOf(table, mask, keys[j]);
      if (f < 0) continue;
      const scale = scales[f];
      const r = f * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) scores[t] += weights[r + t] * scale;
    }
  }
}

/**
 * The row of `key` in an open-addressing `[key, row]` table, or -1 when absent. The multiplier is written as a
 * literal: {@link HASH_MUL} is a boxed number (above the small-integer range) of unknown type to the optimiser
 * (a microbenchmark scoring the corpus's 1.48M context keys, 4 alternating runs: 46-49.5 -> 43.5-46.7 ms).
 */
function rowOf(table: Int32Array, mask: number, key: number): number {
  let h = (Math.imul(key, 0x9e3779b1) >>> 0) & mask; // HASH_MUL
  let f = table[h * 2 + 1];
  while (f !== -1 && table[h * 2] !== key) {
    h = (h + 1) & mask;
    f = table[h * 2 + 1];
  }
  return f;
}

/**
 * Writes the binary model from already quantised rows (see the layout above).
 * @param keys - feature keys, distinct (any order; sorted here).
 * @param scales - one scale per feature, aligned with `keys`.
 * @param quantised - `keys.length × TAG_COUNT` int8 weights, feature-major, aligned with `keys`.
 */
export function packModel(keys: Int32Array, scales: Float32Array, quantised: Int8Array): Uint8Array {
  const count = keys.length;
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => (keys[a] >>> 0) - (keys[b] >>> 0));
  const cap = capacityFor(count);
  const at = sections(count, cap);
  const out = new Uint8Array(at.end);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, count, true);
  view.setUint32(8, TAG_COUNT, true);
  view.setUint32(12, cap, true);
  const table = new Int32Array(cap * 2).fill(-1);
  const filter = new Int32Array(FILTER_WORDS);
  const mask = cap - 1;
  for (let j = 0; j < count; j++) {
    const f = order[j];
    const key = keys[f] | 0;
    view.setFloat32(at.scales + 4 * j, scales[f], true);
    for (let t = 0; t < TAG_COUNT; t++) out[at.weights + j * TAG_COUNT + t] = quantised[f * TAG_COUNT + t] & 0xff;
    // The row of a key is its rank in key order; the table and the filter are laid out as loading once built them.
    const b = Math.imul(key, HASH_MUL) >>> 13;
    filter[b >>> 5] |= 1 << (b & 31);
    let h = (Math.imul(key, HASH_MUL) >>> 0) & mask;
    while (table[h * 2 + 1] !== -1) h = (h + 1) & mask;
    table[h * 2] = key;
    table[h * 2 + 1] = j;
  }
  for (let k = 0; k < cap * 2; k++) view.setInt32(at.table + 4 * k, table[k], true);
  for (let k = 0; k < FILTER_WORDS; k++) view.setInt32(at.filter + 4 * k, filter[k], true);
  return out;
}

/**
 * Serialises features and their float weight rows into the binary model format, quantising each
 * row to int8 with its own scale (largest absolute weight / 127).
 * @param keys - feature keys, distinct (any order).
 * @param weights - `keys.length × TAG_COUNT` float weights, feature-major, aligned with `keys`.
 */
export function encodeModel(keys: Int32Array, weights: Float32Array): Uint8Array {
  const count = keys.length;
  const scales = new Float32Array(count);
  const quantised = new Int8Array(count * TAG_COUNT);
  for (let f = 0; f < count; f++) {
    let max = 0;
    for (let t = 0; t < TAG_COUNT; t++) max = Math.max(max, Math.abs(weights[f * TAG_COUNT + t]));
    scales[f] = max > 0 ? max / 127 : 1;
    for (let t = 0; t < TAG_COUNT; t++) quantised[f * TAG_COUNT + t] = Math.round(weights[f * TAG_COUNT + t] / scales[f]);
  }
  return packModel(keys, scales, quantised);
}
