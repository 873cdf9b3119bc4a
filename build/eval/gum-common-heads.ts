/**
 * A diagnostic for GUM news (not a target row): the corpus's `entities` view keeps only mentions whose
 * head is a proper noun, so a name inside a mention headed by a common noun ("Acme founder Jane
 * Roe", "team captain John Doe", "bakery owner Tom Hale") is not a gold entity at all,
 * and marking it counts as a false positive. This module adds, for each such prediction, a gold entity
 * of the same span flagged `in_common_head`, so a scorer run with `--dontcare-flag in_common_head`
 * neither rewards nor punishes it. Everything else is scored as before.
 */
import type { GoldDoc, GoldEntity, PredDoc } from '../cli/ner-score';

/** A GUM `mentions` row (every person/place/organisation mention, named or not). */
interface GumMention {
  start: number;
  end: number;
  type: string;
  form?: string;
  head_start?: number;
  head_end?: number;
}

/** The GUM document fields this diagnostic reads. */
export interface GumGoldDoc extends GoldDoc {
  mentions?: GumMention[];
}

/**
 * Gold documents with an extra don't-care entity (flag `in_common_head`) for every predicted span
 * that lies inside a same-type gold mention headed by a common noun, outside that head, and that
 * overlaps no scored gold entity.
 * @param gold - GUM documents as read from gum-news.jsonl.
 * @param preds - the engine's predictions, same order or ids.
 * @returns the augmented gold and how many spans were flagged.
 */
export function flagNamesInCommonHeads(gold: GumGoldDoc[], preds: PredDoc[]): { gold: GoldDoc[]; flagged: number } {
  const byId = new Map(preds.map((p) => [p.id, p.entities]));
  let flagged = 0;
  const out = gold.map((d) => {
    const extra: GoldEntity[] = [];
    for (const p of byId.get(d.id) ?? []) {
      if (p.type !== 'PER' && p.type !== 'LOC' && p.type !== 'ORG') continue;
      const clash = d.entities.some((g) => g.start < p.end && p.start < g.end);
      if (clash) continue;
      const host = (d.mentions ?? []).find(
        (m) =>
          m.form === 'common' &&
          m.type === p.type &&
          m.start <= p.start &&
          p.end <= m.end &&
          !(m.head_start !== undefined && m.head_end !== undefined && m.head_start < p.end && p.start < m.head_end),
      );
      if (!host) continue;
      extra.push({ start: p.start, end: p.end, type: p.type, in_common_head: true });
      flagged++;
    }
    if (!extra.length) return d;
    const entities = d.entities.concat(extra).sort((a, b) => a.start - b.start || b.end - a.end);
    return { ...d, entities };
  });
  return { gold: out, flagged };
}
