/**
 * Exact span + type scoring (the CoNLL rule), mirroring ../shared/tools/score.mjs: nested gold
 * entities and entities carrying a don't-care flag are ignored (a prediction equal to one is neither
 * TP nor FP); predictions of unscored types are skipped; duplicate predictions count once.
 */

/** A gold entity as stored in the corpus files. */
export interface GoldEntity {
  start: number;
  end: number;
  type: string;
  nested?: boolean;
  [flag: string]: unknown;
}

/** A gold document. */
export interface GoldDoc {
  id: string;
  text: string;
  entities: GoldEntity[];
}

/** A predicted document. */
export interface PredDoc {
  id: string;
  entities: Array<{ start: number; end: number; type: string }>;
}

/** Counts and scores for one type (or a union of types). */
export interface Prf {
  gold: number;
  pred: number;
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { gold: tp + fn, pred: tp + fp, tp, fp, fn, p, r, f1 };
}

/**
 * Scores predictions against gold, per type in `types`, plus `PER+LOC` and the union of all `types`.
 * @param dontcareFlags - gold fields that make an entity don't-care when truthy (GUM: `title_only`).
 */
export function scoreExact(gold: GoldDoc[], preds: PredDoc[], types: string[], dontcareFlags: string[] = []): Record<string, Prf> {
  const byId = new Map<string, PredDoc['entities']>();
  for (const d of preds) byId.set(d.id, (byId.get(d.id) ?? []).concat(d.entities));
  const c: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const t of types) c[t] = { tp: 0, fp: 0, fn: 0 };
  for (const doc of gold) {
    const scored = new Set<string>();
    const dontcare = new Set<string>();
    for (const g of doc.entities) {
      if (!types.includes(g.type)) continue;
      const key = `${g.start}:${g.end}:${g.type}`;
      if (g.nested || dontcareFlags.some((f) => Boolean(g[f]))) dontcare.add(key);
      else scored.add(key);
    }
    const seen = new Set<string>();
    for (const p of byId.get(doc.id) ?? []) {
      if (!types.includes(p.type)) continue;
      if (!Number.isInteger(p.start) || !Number.isInteger(p.end) || p.start < 0 || p.end <= p.start || p.end > doc.text.length) continue;
      const key = `${p.start}:${p.end}:${p.type}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (scored.has(key)) c[p.type].tp++;
      else if (!dontcare.has(key)) c[p.type].fp++;
    }
    // Gold keys may repeat in principle; count each scored gold entity once per distinct span.
    for (const key of scored) if (!seen.has(key)) c[key.slice(key.lastIndexOf(':') + 1)].fn++;
  }
  const out: Record<string, Prf> = {};
  for (const t of types) out[t] = prf(c[t].tp, c[t].fp, c[t].fn);
  const union = (ts: string[]): Prf => prf(...(ts.reduce((a, t) => [a[0] + c[t].tp, a[1] + c[t].fp, a[2] + c[t].fn], [0, 0, 0]) as [number, number, number]));
  if (types.includes('PER') && types.includes('LOC')) out['PER+LOC'] = union(['PER', 'LOC']);
  out[types.join('+')] = union(types);
  return out;
}
