/**
 * The tagger's name lexicon in binary form: for each {@link NameClass} bit value 1..3, a u32 count
 * and that many sorted little-endian int32 word hashes. Decoding is a view over the bytes (no
 * per-entry work), and lookups are binary searches, so loading costs nothing measurable.
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
    const list = new Int32Array(n);
    for (let k = 0; k < n; k++) list[k] = view.getInt32(p + 4 * k, true);
    lists.push(list);
    p += 4 * n;
  }
  const size = lists[0].length + lists[1].length + lists[2].length;
  return {
    size,
    get(h: number): number | undefined {
      for (let k = 0; k < 3; k++) if (contains(lists[k], h)) return k + 1;
      return undefined;
    },
  };
}
