/**
 * The entity spans the engine would mark in a text, in the corpora's flat format
 * (`npm run analyze -- --jsonl`, `npm run eval`).
 */
import type { TypedSpan } from '../../src/core/types';
import { tagSpans } from '../../src/core/tagger';

/**
 * Typed spans for `text`, sorted by start.
 * @param text - a document's text.
 */
export function engineSpans(text: string): TypedSpan[] {
  return tagSpans(text);
}
