/**
 * UTF-8 → string for short slices of a byte buffer (one gazetteer line at a time), in plain TypeScript:
 * the engine keeps its larger data files as bytes and decodes only the lines it reads.
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
