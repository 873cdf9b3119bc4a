/**
 * "Southern Oregon", "Northern Ontario", "the Tampa Area": a capitalised compass adjective before a region
 * (a state, a province), or a capitalised "Area" after a place, makes one larger place name; the gazetteer only
 * knows the part ("Oregon"). The caller decides which places count ("Northern Syria" stays Syria: the corpora
 * read a country's part as the country).
 */
import type { Doc } from '../doc/document';

/** Capitalised compass adjectives that open a region's name. */
const COMPASS_ADJECTIVES: ReadonlySet<string> = new Set(['northern', 'southern', 'eastern', 'western', 'central']);
/** Capitalised words that close a place's name as a wider area ("Bay Area"). */
const AREA_WORDS: ReadonlySet<string> = new Set(['area']);

/**
 * Token ranges [i, j) of such wider place names. `regionAt(t)` gives the end of a region's name starting at
 * token t (or -1); `placeEndsAt(t)` gives the start of any place ending at token t (or -1).
 */
export function widerPlaces(doc: Doc, regionAt: (t: number) => number, placeEndsAt: (t: number) => number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!/Northern|Southern|Eastern|Western|Central|Area/.test(doc.text)) return out; // one native scan first
  const goesOn = (j: number, s: number): boolean => j < doc.n && doc.sentenceOf[j] === s && doc.cap(j) && doc.word(j);
  for (let t = 0; t + 1 < doc.n; t++) {
    if (!doc.cap(t) || doc.allCaps(t) || !doc.word(t)) continue;
    const f = doc.fold(t);
    if (!COMPASS_ADJECTIVES.has(f) && !AREA_WORDS.has(f)) continue;
    const s = doc.sentenceOf[t];
    if (COMPASS_ADJECTIVES.has(f) && doc.sentenceOf[t + 1] === s) {
      const j = regionAt(t + 1);
      // "Southern Indiana University", "Western Australia Police": another name goes on.
      if (j > t + 1 && !goesOn(j, s) && !(t > 0 && goesOn(t - 1, s) && doc.sentenceOf[t - 1] === s)) out.push([t, j]);
    } else if (AREA_WORDS.has(f) && t > 0 && doc.sentenceOf[t - 1] === s && !goesOn(t + 1, s)) {
      const i = placeEndsAt(t - 1);
      if (i >= 0) out.push([i, t + 1]);
    }
  }
  return out;
}
