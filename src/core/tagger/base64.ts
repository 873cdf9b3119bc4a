/** A small base64 decoder (core code has no `atob`/`Buffer`). */

const TABLE: Int16Array = (() => {
  const t = new Int16Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) t[alphabet.charCodeAt(i)] = i;
  t[45] = 62; // '-' (URL-safe)
  t[95] = 63; // '_'
  return t;
})();

/**
 * Decodes standard or URL-safe base64; padding and whitespace are ignored.
 * @throws Error on a character outside the alphabet.
 */
export function decodeBase64(s: string): Uint8Array {
  // Native decoders where the platform has them (much faster on a cold start).
  const native = (Uint8Array as unknown as { fromBase64?: (b64: string) => Uint8Array }).fromBase64;
  if (typeof native === 'function' && !/[^A-Za-z0-9+/=]/.test(s.slice(0, 64))) {
    try {
      return native(s);
    } catch {
      // fall through to the portable decoder, which reports the bad character
    }
  }
  const atob = (globalThis as { atob?: (b64: string) => string }).atob;
  if (typeof atob === 'function' && s.length > 4096) {
    try {
      const bin = atob(s);
      const out = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
      return out;
    } catch {
      // fall through
    }
  }
  return decodeBase64Portable(s);
}

/** The portable decoder behind {@link decodeBase64}. */
export function decodeBase64Portable(s: string): Uint8Array {
  const out = new Uint8Array(Math.floor((s.length * 3) / 4) + 3);
  const n = s.length;
  let p = 0;
  let i = 0;
  // Fast path: whole quads of alphabet characters.
  while (i + 4 <= n) {
    const a = s.charCodeAt(i);
    const b = s.charCodeAt(i + 1);
    const c = s.charCodeAt(i + 2);
    const d = s.charCodeAt(i + 3);
    if ((a | b | c | d) >= 128) break;
    const va = TABLE[a];
    const vb = TABLE[b];
    const vc = TABLE[c];
    const vd = TABLE[d];
    if ((va | vb | vc | vd) < 0) break;
    const v = (va << 18) | (vb << 12) | (vc << 6) | vd;
    out[p++] = v >> 16;
    out[p++] = (v >> 8) & 0xff;
    out[p++] = v & 0xff;
    i += 4;
  }
  // Slow path: padding, whitespace, odd lengths.
  let acc = 0;
  let bits = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 61 || c === 10 || c === 13 || c === 32) continue;
    const v = c < 128 ? TABLE[c] : -1;
    if (v < 0) throw new Error(`base64: bad character at ${i}`);
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[p++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, p);
}
