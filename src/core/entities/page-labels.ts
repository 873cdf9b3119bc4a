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

/** Lines of page furniture, folded ("Most Popular", "Trending Now", "Sign Up For Our Newsletter"). */
const FURNITURE_LINES: ReadonlySet<string> = new Set([
  'most popular', 'most read', 'most viewed', 'most shared', 'trending now', 'trending', 'related articles',
  'related stories', 'related content', 'related coverage', 'read more', 'more stories', 'more from', 'top stories',
  'latest news', 'latest stories', 'skip to main content', 'skip to content', 'sign up', 'sign up for our newsletter',
  'subscribe now', 'share this article', 'share this story', 'leave a reply', 'leave a comment', 'advertisement',
  'you may also like', 'recommended for you', 'editors picks', "editors' picks", "editor's picks", 'more on this story',
  'in pictures', 'watch now', 'listen now', 'follow us', 'newsletter',
]);

/** Longest furniture line, in tokens. */
const MAX_FURNITURE_TOKENS = 6;

/**
 * Per sentence, 1 when the sentence is a line of page furniture that names nothing ("Most Popular",
 * "Related Articles"); such lines are short, so the check reads at most a few tokens per sentence.
 */
export function furnitureSentences(doc: Doc): Uint8Array {
  const out = new Uint8Array(doc.sentences.count);
  for (let s = 0; s < doc.sentences.count; s++) {
    const first = doc.sentences.first[s];
    const last = doc.sentences.last[s];
    if (last - first + 1 > MAX_FURNITURE_TOKENS) continue;
    let key = '';
    for (let t = first; t <= last; t++) {
      if (!doc.word(t) && doc.fold(t) !== "'") continue;
      key += (key ? ' ' : '') + doc.fold(t);
    }
    if (FURNITURE_LINES.has(key)) out[s] = 1;
  }
  return out;
}
