/**
 * The tagger's name lexicon in binary form: for each {@link NameClass} bit value 1..3, a u32 count
 * and that many sorted little-endian int32 word hashes. Decoding reads the lists in place (no
 * per-entry work, which matters on a cold start); the first lookups binary-search them, and once a
 * process has made {@link HASH_AFTER} lookups the hashes go into one open-addressing table, so a
 * lookup is one probe rather than up to three binary searches.
 */
import type { NameLexicon } from './features';

/**
 * Encodes a lexicon (hash → class bits).
 * @param lexicon - hash → class bits, from the trainer.
 */
export function encodeLexicon(lexicon: ReadonlyMap<number, number>): Uint8Array {
  const lists: number[][] = [[], [], []];
  for (const [h, v] of lexicon) if (v >= 1 && v <= 3) lists[v - 1].push(h | 0);
  let size = 0;
  for (const l of lists) size += 4 + 4 * l.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let p = 0;
  for (const l of lists) {
    l.sort((a, b) => a - b);
    view.setUint32(p, l.length, true);
    p += 4;
    for (const h of l) {
      view.setInt32(p, h, true);
      p += 4;
    }
  }
  return out;
}

/** Lookups served by binary search before the hash table is built. */
const HASH_AFTER = 4096;

function contains(sorted: Int32Array, h: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid];
    if (v === h) return true;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The decoded lexicon: binary search over the three sorted lists until {@link HASH_AFTER} lookups, then one
 * open-addressing table over them (the first list holding a hash gives its class). The table lives in fields
 * of this object, not in a closure called through a variable: optimised callers that inlined `get` before
 * the table existed would otherwise deoptimise at that call on every later document ("insufficient type
 * feedback for call": 198 deopts of the tagger's `prepareDocument` in 4 bench passes).
 */
class PackedLexicon implements NameLexicon {
  readonly size: number;
  private lookups = 0;
  /** True once the table is built. */
  private hashed = false;
  private keys = new Int32Array(0);
  /** Class + 0 per slot; 0 marks an empty slot. */
  private classes = new Uint8Array(0);
  private mask = 0;
  /** The class of hash 0 (a slot key of 0 cannot be told from an empty slot by key alone). */
  private zeroClass = 0;

  constructor(private readonly lists: Int32Array[]) {
    this.size = lists[0].length + lists[1].length + lists[2].length;
  }

  get(h: number): number | undefined {
    if (this.hashed) {
      if (h === 0) return this.zeroClass || undefined;
      const { keys, classes, mask } = this;
      let s = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
      for (;;) {
        const c = classes[s];
        if (c === 0) return undefined;
        if (keys[s] === h) return c;
        s = (s + 1) & mask;
      }
    }
    if (++this.lookups >= HASH_AFTER) this.hash();
    const lists = this.lists;
    for (let k = 0; k < 3; k++) if (contains(lists[k], h)) return k + 1;
    return undefined;
  }

  private hash(): void {
    const lists = this.lists;
    let cap = 16;
    while (cap < this.size * 2) cap <<= 1;
    const mask = cap - 1;
    const keys = new Int32Array(cap);
    const classes = new Uint8Array(cap);
    let zeroClass = 0;
    for (let k = 0; k < 3; k++) {
      const list = lists[k];
      for (let e = 0; e < list.length; e++) {
        const h = list[e];
        if (h === 0) {
          if (zeroClass === 0) zeroClass = k + 1;
          continue;
        }
        let s = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
        while (classes[s] !== 0 && keys[s] !== h) s = (s + 1) & mask;
        if (classes[s] !== 0) continue;
        keys[s] = h;
        classes[s] = k + 1;
      }
    }
    this.keys = keys;
    this.classes = classes;
    this.mask = mask;
    this.zeroClass = zeroClass;
    this.hashed = true;
  }
}

/**
 * Decodes {@link encodeLexicon}'s bytes; a truncated buffer gives the lists that could be read.
 * @param bytes - the encoded lexicon.
 */
export function decodeLexicon(bytes: Uint8Array): NameLexicon {
  const lists: Int32Array[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = 0;
  for (let cls = 1; cls <= 3; cls++) {
    const count = p + 4 <= bytes.length ? view.getUint32(p, true) : 0;
    p += 4;
    const n = Math.max(0, Math.min(count, Math.floor((bytes.length - p) / 4)));
    let list: Int32Array;
    if ((bytes.byteOffset + p) % 4 === 0) list = new Int32Array(bytes.buffer, bytes.byteOffset + p, n); // in place (little-endian platforms)
    else {
      list = new Int32Array(n);
      for (let k = 0; k < n; k++) list[k] = view.getInt32(p + 4 * k, true);
    }
    lists.push(list);
    p += 4 * n;
  }
  return new PackedLexicon(lists);
}
