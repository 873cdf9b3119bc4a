/**
 * "the single "Velvet Crow"", "her novel "Marguerite"", "a song called "Lanterns for Anna"": a short quote
 * whose words are all capitalised (small words aside) is the title of a work, and a name read inside it is
 * no person. A nickname between a given name and a family name ("Walter "Dusty" March") is left alone, as
 * are quotes of running speech (lower-case words, more than six words).
 */
import type { Doc } from '../doc/document';
import { findQuoteSpans } from '../quotes';

/** Small words written in lower case inside titles ("Lanterns for Anna", "Rain over the City"). */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'and', 'or', 'with', 'from']);
/** Most words a title quote may hold. */
const MAX_TITLE_WORDS = 6;

/**
 * Content token ranges of quotes written with free-standing straight marks (`her novel " Marguerite " was`, the
 * tokenised style of some archives), paired in order within a line; typographic quotes are read by `findQuoteSpans`.
 */
function spacedQuotes(doc: Doc): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let t = 0; t < doc.n; t++) {
    if (t > 0 && open >= 0 && doc.text.slice(doc.end(t - 1), doc.start(t)).includes('\n')) open = -1; // never across a line
    if (doc.raw(t) !== '"' || (t > 0 && doc.end(t - 1) === doc.start(t)) || (t + 1 < doc.n && doc.end(t) === doc.start(t + 1))) continue;
    if (open < 0) open = t + 1;
    else {
      if (t > open) out.push([open, t]);
      open = -1;
    }
  }
  return out;
}

/** Token ranges [i, j) of the document's quotes that read as titles of works, in order. */
export function quotedTitles(doc: Doc): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const ranges: Array<[number, number]> = [];
  let t = 0;
  for (const q of findQuoteSpans(doc)) {
    while (t < doc.n && doc.start(t) < q.start) t++;
    let j = t;
    while (j < doc.n && doc.end(j) <= q.end) j++;
    ranges.push([t, j]);
  }
  ranges.push(...spacedQuotes(doc));
  for (const [i, end] of ranges) {
    let j = i;
    let words = 0;
    let title = true;
    while (j < end) {
      if (doc.word(j)) {
        words++;
        if (!doc.cap(j) && !TITLE_SMALL_WORDS.has(doc.fold(j))) title = false;
      }
      j++;
    }
    if (!title || words === 0 || words > MAX_TITLE_WORDS || !doc.cap(i)) continue;
    // 'Walter "Dusty" March': a nickname between the parts of a person's name.
    const before = i - 2;
    const after = j + 1;
    if (before >= 0 && after < doc.n && doc.cap(before) && doc.word(before) && doc.cap(after) && doc.word(after)) continue;
    out.push([i, j]);
  }
  return out;
}
