/**
 * UTF-8 ⇄ string for short slices (one gazetteer line or key at a time), in plain TypeScript: the engine
 * keeps its larger data files as bytes, decodes only the lines it reads and encodes the keys it looks up.
 */

/** The replacement character, one per byte that does not start a well-formed sequence (the data files are well-formed). */
const REPLACEMENT = 0xfffd;

/**
 * Decodes `bytes[start..end)` as UTF-8.
 * @param bytes - the buffer.
 * @param start - first byte.
 * @param end - one past the last byte.
 */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  const units: number[] = [];
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      units.push(b);
      i++;
      continue;
    }
    // Lead byte: sequence length and the smallest code point it may encode (no overlong forms).
    const len = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? (b <= 0xef ? 3 : 0) : b >= 0xc2 ? 2 : 0;
    let cp = len === 4 ? b & 0x07 : len === 3 ? b & 0x0f : b & 0x1f;
    let ok = len > 0 && i + len <= end;
    for (let k = 1; ok && k < len; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    const min = len === 4 ? 0x10000 : len === 3 ? 0x800 : 0x80;
    if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      units.push(REPLACEMENT);
      i++;
      continue;
    }
    if (cp >= 0x10000) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else units.push(cp);
    i += len;
  }
  if (units.length <= 4096) return String.fromCharCode(...units);
  let out = '';
  for (let k = 0; k < units.length; k += 4096) out += String.fromCharCode(...units.slice(k, k + 4096));
  return out;
}

/**
 * Encodes `s` as UTF-8. A lone surrogate becomes its own three-byte form (as WTF-8 does), so that
 * byte order still follows the string's code unit order against text without surrogates.
 * @param s - a short string (a lookup key).
 */
export function encodeUtf8(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        out[n++] = 0xf0 | (c >> 18);
        out[n++] = 0x80 | ((c >> 12) & 0x3f);
        out[n++] = 0x80 | ((c >> 6) & 0x3f);
        out[n++] = 0x80 | (c & 0x3f);
        continue;
      }
    }
    out[n++] = 0xe0 | (c >> 12);
    out[n++] = 0x80 | ((c >> 6) & 0x3f);
    out[n++] = 0x80 | (c & 0x3f);
  }
  return out.subarray(0, n);
}
