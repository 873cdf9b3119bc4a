/**
 * The entity spans the engine would mark in a text, in the corpora's flat format
 * (`npm run analyze -- --jsonl`, `npm run eval`): every mention of the full `analyze()` result,
 * typed by its `tag` when set, else PER for people, MISC for demonym mentions of places, LOC for
 * other place mentions, ORG for organisations.
 */
import type { Analysis, TypedSpan } from '../../src/core/types';
import { analyze, entitySpans } from '../../src/core/index';

/**
 * Flattens an analysis into typed spans, sorted by start, without overlaps (see `entitySpans`).
 * @param a - an analysis.
 */
export function analysisSpans(a: Analysis): TypedSpan[] {
  // The document layer's flat view: no honorifics in names, nested mentions left out.
  return entitySpans(a);
}

/**
 * Typed spans for `text` from the full engine. Corpus documents are analysed whatever their
 * language (the corpora are English; the language gate is for web pages).
 * @param text - a document's text.
 */
export function engineSpans(text: string): TypedSpan[] {
  return analysisSpans(analyze(text, { ignoreLanguage: true }));
}
