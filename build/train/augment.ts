/**
 * Training-data variants that make the tagger robust to page typography it rarely sees in CoNLL:
 * ALL-CAPS text (headlines, shouting banners). Offsets are preserved (per-character upper-casing).
 */

/** An entity span as stored in the corpus files. */
export interface AugEntity {
  start: number;
  end: number;
  type: string;
  nested?: boolean;
}

/** Upper-cases each UTF-16 unit on its own, so offsets stay valid. */
export function upperSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const u = ch.toUpperCase();
    out += u.length === 1 ? u : ch;
  }
  return out;
}

function stableHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Extra training documents derived from one corpus document: every 8th document (by a stable hash
 * of its id) also appears fully upper-cased.
 */
export function augmentations(id: string, text: string, entities: AugEntity[]): Array<{ id: string; text: string; entities: AugEntity[] }> {
  if (stableHash(id) % 8 !== 3) return [];
  return [{ id: `${id}#upper`, text: upperSameLength(text), entities }];
}
