/**
 * The tagger's name lexicon in binary form: for each {@link NameClass} bit value 1..3, a count and
 * the sorted word hashes as unsigned LEB128 deltas.
 */
import type { NameLexicon } from './features';

/**
 * Encodes a lexicon (hash → class bits).
 * @param lexicon - from the trainer.
 */
export function encodeLexicon(lexicon: NameLexicon): Uint8Array {
  const out: number[] = [];
  for (let cls = 1; cls <= 3; cls++) {
    const hashes = [...lexicon].filter(([, v]) => v === cls).map(([h]) => h >>> 0).sort((a, b) => a - b);
    let d = hashes.length;
    for (let k = 0; k < 4; k++) out.push((d >>> (8 * k)) & 0xff);
    let prev = 0;
    for (const h of hashes) {
      d = h - prev;
      prev = h;
      do {
        let b = d & 0x7f;
        d = Math.floor(d / 128);
        if (d > 0) b |= 0x80;
        out.push(b);
      } while (d > 0);
    }
  }
  return Uint8Array.from(out);
}

/**
 * Decodes {@link encodeLexicon}'s bytes; an empty or truncated buffer gives what could be read.
 * @param bytes - the encoded lexicon.
 */
export function decodeLexicon(bytes: Uint8Array): NameLexicon {
  const map = new Map<number, number>();
  let p = 0;
  for (let cls = 1; cls <= 3 && p + 4 <= bytes.length; cls++) {
    const count = (bytes[p] | (bytes[p + 1] << 8) | (bytes[p + 2] << 16) | (bytes[p + 3] << 24)) >>> 0;
    p += 4;
    let h = 0;
    for (let k = 0; k < count && p < bytes.length; k++) {
      let d = 0;
      let shift = 0;
      let b: number;
      do {
        b = bytes[p++];
        d += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b & 0x80 && p < bytes.length);
      h = (h + d) >>> 0;
      map.set(h | 0, cls);
    }
  }
  return map;
}
