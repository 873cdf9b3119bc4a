/**
 * "Greater Manchester", "Greater Cairo", "the Greater Toronto Area": "Greater" before a city or region the gazetteer
 * knows names the metropolitan region around it, one place over both words (the tagger reads "Greater Manchester" as a
 * person, and "Greater" alone is no name). An "Area" or "Region" written after it belongs to the name. A longer name
 * that goes on ("Greater Manchester Police", "Greater London Authority") is a body's and is read elsewhere.
 */
import type { Doc } from '../doc/document';

/** Capitalised nouns that close a metropolitan region's name ("the Greater Toronto Area"). */
const REGION_TAILS: ReadonlySet<string> = new Set(['area', 'region']);

/**
 * Token ranges [i, j) of metropolitan regions named with "Greater", in order.
 * @param cityOrRegionEnd - the end of a city or region of the gazetteer starting at token `t`, or -1.
 */
export function greaterRegions(doc: Doc, cityOrRegionEnd: (t: number) => number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let t = 0; t + 1 < doc.n; t++) {
    if (doc.raw(t) !== 'Greater' || doc.sentenceOf[t + 1] !== doc.sentenceOf[t]) continue;
    let j = cityOrRegionEnd(t + 1);
    if (j < 0) continue;
    if (j < doc.n && doc.sentenceOf[j] === doc.sentenceOf[t] && doc.cap(j) && REGION_TAILS.has(doc.fold(j))) j++;
    // "Greater Manchester Police": a longer capitalised name goes on.
    if (j < doc.n && doc.sentenceOf[j] === doc.sentenceOf[t] && doc.cap(j) && doc.word(j)) continue;
    out.push([t, j]);
  }
  return out;
}
