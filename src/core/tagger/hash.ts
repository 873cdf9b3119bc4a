/** 32-bit integer hashing used for the tagger's feature keys (identical in training and at run time). */

/** FNV-1a offset basis. */
export const FNV_SEED = 0x811c9dc5 | 0;

/** Folds one 16-bit code into an FNV-1a hash. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** FNV-1a hash of a string (used for constant feature names and tests). */
export function hashString(s: string): number {
  let h = FNV_SEED;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h;
}

/** Mixes a feature template id and up to two value hashes into a non-zero 32-bit key. */
export function mix(template: number, a: number, b: number): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}
