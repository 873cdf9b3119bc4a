/**
 * Case facts of UTF-16 code units, computed once per code unit with the platform's own case mapping
 * (`String.prototype.toLowerCase`/`toUpperCase`) and kept in 192 KB of typed arrays, so hot loops
 * over non-ASCII text do not build a one-character string per code unit.
 */

/** Bits of {@link flags}. */
const DONE = 1;
/** `ch !== ch.toLowerCase()`. */
const LOWER_DIFFERS = 2;
/** `ch !== ch.toUpperCase()`. */
const UPPER_DIFFERS = 4;
/** `ch.toUpperCase()` is one code unit, different from `ch`. */
const UPPER_SINGLE_DIFFERS = 8;

const flags = new Uint8Array(65536);
/** `ch.toLowerCase()` when it is one code unit, else the code unit itself. */
const lowerSingle = new Uint16Array(65536);

function fill(c: number): number {
  const ch = String.fromCharCode(c);
  const l = ch.toLowerCase();
  const u = ch.toUpperCase();
  let f = DONE;
  if (l !== ch) f |= LOWER_DIFFERS;
  if (u !== ch) f |= UPPER_DIFFERS;
  if (u.length === 1 && u.charCodeAt(0) !== c) f |= UPPER_SINGLE_DIFFERS;
  lowerSingle[c] = l.length === 1 ? l.charCodeAt(0) : c;
  flags[c] = f;
  return f;
}

function flagsOf(c: number): number {
  const f = flags[c];
  return f === 0 ? fill(c) : f;
}

/** The lower-case code unit of `c` when lower-casing gives one code unit, else `c` (any code unit). */
export function lowerSingleCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (flags[c] === 0) fill(c);
  return lowerSingle[c];
}

/** `String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c)`. */
export function lowerDiffers(c: number): boolean {
  return (flagsOf(c) & LOWER_DIFFERS) !== 0;
}

/** `String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c)`. */
export function upperDiffers(c: number): boolean {
  return (flagsOf(c) & UPPER_DIFFERS) !== 0;
}

/** Upper-casing `c` gives one code unit, different from `c`. */
export function upperSingleDiffers(c: number): boolean {
  return (flagsOf(c) & UPPER_SINGLE_DIFFERS) !== 0;
}
