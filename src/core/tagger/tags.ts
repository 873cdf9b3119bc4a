/**
 * The tagger's BILOU tag set over four entity types.
 * Tag 0 is `O`; for type index `t` (see {@link ENTITY_TYPES}) the tags are B = 1+4t, I = 2+4t, L = 3+4t, U = 4+4t.
 */

/** Entity types the tagger predicts, in tag-index order. */
export const ENTITY_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;

/** One of {@link ENTITY_TYPES}. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Number of tags (O plus B/I/L/U per type). */
export const TAG_COUNT = 1 + 4 * ENTITY_TYPES.length;

/** Tag positions within a type's block. */
export const Part = { B: 0, I: 1, L: 2, U: 3 } as const;

/** The tag index for a type index and a part (B/I/L/U). */
export function tagOf(typeIndex: number, part: number): number {
  return 1 + 4 * typeIndex + part;
}

/** The type index of a tag (-1 for O). */
export function typeOfTag(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 2;
}

/** The part (B/I/L/U, see {@link Part}) of a tag (-1 for O). */
export function partOfTag(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) & 3;
}

/** Human-readable tag name ("B-PER", "O"). */
export function tagName(tag: number): string {
  if (tag === 0) return 'O';
  return 'BILU'[partOfTag(tag)] + '-' + ENTITY_TYPES[typeOfTag(tag)];
}

/**
 * Whether `cur` may follow `prev` in a valid BILOU sequence (`prev` = -1 at a sentence start).
 * @param last - true when `cur` is the last token of its sentence (B and I are then not allowed).
 */
export function allowed(prev: number, cur: number, last: boolean): boolean {
  const pp = prev <= 0 ? -1 : partOfTag(prev);
  const cp = partOfTag(cur);
  if (last && (cp === Part.B || cp === Part.I)) return false;
  if (pp === Part.B || pp === Part.I) {
    return (cp === Part.I || cp === Part.L) && typeOfTag(cur) === typeOfTag(prev);
  }
  return cp === -1 || cp === Part.B || cp === Part.U;
}

/** Precomputed {@link allowed} table: index `(prev + 1) * TAG_COUNT * 2 + cur * 2 + (last ? 1 : 0)`. */
export const ALLOWED: Uint8Array = (() => {
  const t = new Uint8Array((TAG_COUNT + 1) * TAG_COUNT * 2);
  for (let p = -1; p < TAG_COUNT; p++) {
    for (let c = 0; c < TAG_COUNT; c++) {
      t[(p + 1) * TAG_COUNT * 2 + c * 2] = allowed(p, c, false) ? 1 : 0;
      t[(p + 1) * TAG_COUNT * 2 + c * 2 + 1] = allowed(p, c, true) ? 1 : 0;
    }
  }
  return t;
})();
