/**
 * The packed tagger model: a feature-key → weight-row hash table with int8 weights.
 *
 * Binary layout (little-endian, every section 4-byte aligned): magic "BST3", u32 feature count, u32
 * tag count, u32 reserved (0); then one f32 scale per feature (its row's largest weight / 127); then
 * the feature keys as u32, sorted ascending; then `count × tags` int8 weights, feature-major (the
 * row of feature `f` at `f × tags`). A weight is `int8 × scale of its row`.
 *
 * The sections are used in place as typed-array views of the decoded bytes: loading only builds the
 * key → row hash table, with no per-weight work and no object literal to parse.
 */
import { TAG_COUNT } from './tags';

/** Something that adds the weights of feature keys to per-tag scores. */
export interface Scorer {
  /** Adds the weight rows of `keys[0..n)` to `scores` (length {@link TAG_COUNT}), which the caller zeroes. */
  score(keys: Int32Array, n: number, scores: Float32Array): void;
}

const MAGIC = 0x33545342; // "BST3"
const HEADER = 16;

/** Multiplier of the table hash (golden ratio, 32 bits). */
const HASH_MUL = 0x9e3779b1;

/** A model loaded from its binary form; read-only and fast to query. */
export class PackedModel implements Scorer {
  /** Number of features. */
  readonly size: number;
  private readonly mask: number;
  /** Open-addressing table of `[key, row]` pairs; a slot whose row is -1 is empty. */
  private readonly table: Int32Array;
  private readonly weights: Int8Array;
  private readonly scales: Float32Array;

  /** Builds the lookup table from {@link encodeModel}'s bytes. Throws on a malformed buffer. */
  constructor(bytes: Uint8Array) {
    if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < HEADER || view.getUint32(0, true) !== MAGIC) throw new Error('tagger model: bad magic');
    const count = view.getUint32(4, true);
    const tags = view.getUint32(8, true);
    if (tags !== TAG_COUNT) throw new Error(`tagger model: ${tags} tags, expected ${TAG_COUNT}`);
    if (HEADER + count * (8 + tags) > bytes.byteLength) throw new Error('tagger model: truncated');
    // Views in place (little-endian, as every browser and Node platform is).
    this.scales = new Float32Array(bytes.buffer, bytes.byteOffset + HEADER, count);
    const keys = new Int32Array(bytes.buffer, bytes.byteOffset + HEADER + 4 * count, count);
    this.weights = new Int8Array(bytes.buffer, bytes.byteOffset + HEADER + 8 * count, count * tags);
    let cap = 1;
    while (cap < count * 2) cap <<= 1;
    const mask = cap - 1;
    const table = new Int32Array(cap * 2).fill(-1);
    for (let f = 0; f < count; f++) {
      const key = keys[f];
      let h = (Math.imul(key, HASH_MUL) >>> 0) & mask;
      while (table[h * 2 + 1] !== -1) h = (h + 1) & mask;
      table[h * 2] = key;
      table[h * 2 + 1] = f;
    }
    this.size = count;
    this.mask = mask;
    this.table = table;
  }

  /** {@inheritDoc Scorer.score} */
  score(keys: Int32Array, n: number, scores: Float32Array): void {
    const { table, weights, scales, mask } = this;
    for (let j = 0; j < n; j++) {
      const key = keys[j];
      let h = (Math.imul(key, HASH_MUL) >>> 0) & mask;
      let f = table[h * 2 + 1];
      while (f !== -1 && table[h * 2] !== key) {
        h = (h + 1) & mask;
        f = table[h * 2 + 1];
      }
      if (f === -1) continue;
      const scale = scales[f];
      const r = f * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) scores[t] += weights[r + t] * scale;
    }
  }
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
  const out = new Uint8Array(HEADER + count * (8 + TAG_COUNT));
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, count, true);
  view.setUint32(8, TAG_COUNT, true);
  const keyAt = HEADER + 4 * count;
  const rowAt = HEADER + 8 * count;
  for (let j = 0; j < count; j++) {
    const f = order[j];
    view.setFloat32(HEADER + 4 * j, scales[f], true);
    view.setUint32(keyAt + 4 * j, keys[f] >>> 0, true);
    for (let t = 0; t < TAG_COUNT; t++) out[rowAt + j * TAG_COUNT + t] = quantised[f * TAG_COUNT + t] & 0xff;
  }
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
