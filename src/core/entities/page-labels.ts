/**
 * Words of web pages that name nothing: section labels written in capitals ("EXCLUSIVE", "BREAKING",
 * "WATCH") and clock suffixes after a number ("8 AM", "9 p.m."). A tagger trained on newswire reads such
 * capitals as organisations or places; a reader sees them marked as names.
 */
import type { Doc } from '../doc/document';

/** Labels that pages print in capitals above or inside an article. */
const PAGE_LABELS: ReadonlySet<string> = new Set([
  'exclusive', 'breaking', 'update', 'updated', 'updates', 'watch', 'live', 'opinion', 'analysis', 'video',
  'videos', 'photos', 'gallery', 'advertisement', 'sponsored', 'listen', 'trending', 'editorial', 'explainer',
  'podcast', 'developing', 'correction', 'featured', 'related', 'recommended',
]);

/** Clock suffixes ("AM", "p.m.") as the tokenizer folds them. */
const CLOCK_SUFFIXES: ReadonlySet<string> = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m']);

/**
 * True when tokens [i, j) are one page label in capitals ("EXCLUSIVE") or a clock suffix right after a
 * number ("8 AM"): no name.
 */
export function pageLabelOrClock(doc: Doc, i: number, j: number): boolean {
  if (j - i !== 1) return false;
  const f = doc.fold(i);
  if (PAGE_LABELS.has(f)) return doc.allCaps(i);
  if (!CLOCK_SUFFIXES.has(f) || i === 0) return false;
  const c = doc.raw(i - 1).charCodeAt(doc.raw(i - 1).length - 1);
  return c >= 48 && c <= 57; // "8 AM", "12:00 PM"
}
