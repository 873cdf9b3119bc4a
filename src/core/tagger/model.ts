/**
 * The packed tagger model: a feature-key → weight-row hash table with int8 weights.
 *
 * Binary layout (little-endian): magic "BST2", u32 feature count, u32 tag count, u32 reserved, then
 * the sorted feature keys as unsigned LEB128 deltas, then one f32 scale per feature (its row's
 * largest weight / 127), then `count × tags` int8 weights, tag-major (all features' weights for
 * tag 0, then tag 1, ...), which compresses well. A weight is `int8 × scale of its row`.
 */
import { TAG_COUNT } from './tags';

/** Something that adds the weights of feature keys to per-tag scores. */
export interface Scorer {
  /** Adds the weight rows of `keys[0..n)` to `scores` (length {@link TAG_COUNT}), which the caller zeroes. */
  score(keys: Int32Array, n: number, scores: Float32Array): void;
}

const MAGIC = 0x32545342; // "BST2"

/** Bytes per feature record in memory: TAG_COUNT int8 weights, padding, then the row's f32 scale. */
const RECORD = (TAG_COUNT + 4 + 3) & ~3;
const SCALE_AT = RECORD - 4;

/** A model loaded from its binary form; read-only and fast to query. */
export class PackedModel implements Scorer {
  /** Number of features. */
  readonly size: number;
  private readonly mask: number;
  /** Open-addressing table of `[key, record index + 1]` pairs. */
  private readonly table: Int32Array;
  private readonly weights: Int8Array;
  private readonly scales: Float32Array;

  /** Builds the lookup table from {@link encodeModel}'s bytes. Throws on a malformed buffer. */
  constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < 16 || view.getUint32(0, true) !== MAGIC) throw new Error('tagger model: bad magic');
    const count = view.getUint32(4, true);
    const tags = view.getUint32(8, true);
    if (tags !== TAG_COUNT) throw new Error(`tagger model: ${tags} tags, expected ${TAG_COUNT}`);
    let cap = 1;
    while (cap < count * 2) cap <<= 1;
    this.size = count;
    this.mask = cap - 1;
    const table = new Int32Array(cap * 2);
    let p = 16;
    let key = 0;
    for (let f = 0; f < count; f++) {
      let delta = 0;
      let shift = 0;
      let b: number;
      do {
        b = bytes[p++];
        delta += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b & 0x80);
      key = (key + delta) >>> 0;
      let h = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
      while (table[h * 2] !== 0) h = (h + 1) & this.mask;
      table[h * 2] = key | 0;
      table[h * 2 + 1] = f;
    }
    this.table = table;
    if (p + count * (tags + 4) > bytes.byteLength) throw new Error('tagger model: truncated');
    const buffer = new ArrayBuffer(count * RECORD);
    const w = new Int8Array(buffer);
    const scales = new Float32Array(buffer);
    // Copy the scales to an aligned buffer (little-endian, as every browser and Node platform is).
    const diskScales = new Float32Array(bytes.slice(p, p + 4 * count).buffer);
    for (let f = 0; f < count; f++) scales[(f * RECORD + SCALE_AT) >> 2] = diskScales[f];
    p += 4 * count;
    // Tag-major on disk, one record per feature in memory (one cache line per lookup).
    const src = new Int8Array(bytes.buffer, bytes.byteOffset + p, count * tags);
    for (let t = 0; t < tags; t++) {
      const base = t * count;
      for (let f = 0; f < count; f++) w[f * RECORD + t] = src[base + f];
    }
    this.weights = w;
    this.scales = scales;
  }

  /** {@inheritDoc Scorer.score} */
  score(keys: Int32Array, n: number, scores: Float32Array): void {
    const { table, weights, scales, mask } = this;
    for (let j = 0; j < n; j++) {
      const key = keys[j];
      let h = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      let s = table[h * 2];
      while (s !== 0 && s !== key) {
        h = (h + 1) & mask;
        s = table[h * 2];
      }
      if (s === 0) continue;
      const r = table[h * 2 + 1] * RECORD;
      const scale = scales[(r + SCALE_AT) >> 2];
      for (let t = 0; t < TAG_COUNT; t++) scores[t] += weights[r + t] * scale;
    }
  }
}

/**
 * Serialises features and their weight rows into the binary model format, quantising each row to
 * int8 with its own scale.
 * @param keys - feature keys (any order; sorted here).
 * @param weights - `keys.length × TAG_COUNT` float weights, feature-major, aligned with `keys`.
 */
export function encodeModel(keys: Int32Array, weights: Float32Array): Uint8Array {
  const count = keys.length;
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => (keys[a] >>> 0) - (keys[b] >>> 0));
  const varints: number[] = [];
  let prev = 0;
  for (const f of order) {
    let d = (keys[f] >>> 0) - prev;
    prev = keys[f] >>> 0;
    do {
      let b = d & 0x7f;
      d = Math.floor(d / 128);
      if (d > 0) b |= 0x80;
      varints.push(b);
    } while (d > 0);
  }
  const out = new Uint8Array(16 + varints.length + count * (4 + TAG_COUNT));
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, count, true);
  view.setUint32(8, TAG_COUNT, true);
  out.set(varints, 16);
  const scaleBase = 16 + varints.length;
  const base = scaleBase + 4 * count;
  for (let j = 0; j < count; j++) {
    const f = order[j];
    let max = 0;
    for (let t = 0; t < TAG_COUNT; t++) max = Math.max(max, Math.abs(weights[f * TAG_COUNT + t]));
    const scale = max > 0 ? max / 127 : 1;
    view.setFloat32(scaleBase + 4 * j, scale, true);
    const fscale = Math.fround(scale);
    for (let t = 0; t < TAG_COUNT; t++) out[base + t * count + j] = Math.round(weights[f * TAG_COUNT + t] / fscale) & 0xff;
  }
  return out;
}
