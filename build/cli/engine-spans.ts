/**
 * The entity spans the engine would mark in a text, in the corpora's flat format
 * (`npm run analyze -- --jsonl`, `npm run eval`): every mention of the full `analyze()` result,
 * typed by its `tag` when set, else PER for people, MISC for demonym mentions of places, LOC for
 * other place mentions, ORG for organisations.
 */
import type { Analysis, TypedSpan } from '../../src/core/types';
import { analyze } from '../../src/core/index';

/**
 * Flattens an analysis into typed spans, sorted by start then end, without duplicates.
 * @param a - an analysis.
 */
export function analysisSpans(a: Analysis): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const p of a.people) for (const m of p.mentions) out.push({ start: m.start, end: m.end, type: m.tag ?? 'PER' });
  for (const p of a.places) for (const m of p.mentions) out.push({ start: m.start, end: m.end, type: m.tag ?? (m.form === 'demonym' ? 'MISC' : 'LOC') });
  for (const o of a.organizations) for (const m of o.mentions) out.push({ start: m.start, end: m.end, type: m.tag ?? 'ORG' });
  out.sort((x, y) => x.start - y.start || x.end - y.end || (x.type < y.type ? -1 : x.type > y.type ? 1 : 0));
  const dedup: TypedSpan[] = [];
  for (const s of out) {
    const last = dedup[dedup.length - 1];
    if (last && last.start === s.start && last.end === s.end && last.type === s.type) continue;
    dedup.push(s);
  }
  return dedup;
}

/**
 * Typed spans for `text` from the full engine. Corpus documents are analysed whatever their
 * language (the corpora are English; the language gate is for web pages).
 * @param text - a document's text.
 */
export function engineSpans(text: string): TypedSpan[] {
  return analysisSpans(analyze(text, { ignoreLanguage: true }));
}
