/**
 * Numbered roads: "Interstate 95", "Highway 301", "State Route 267", "U.S. Route 66", "I-95". A road word
 * followed by its number names a place (a road, as the corpora type it), which no tagger feature sees.
 */
import type { Doc } from '../doc/document';
import { wordClass } from '../doc/word-classes';

/** Capitalised words that, before a number, name a road. */
const ROAD_WORDS: ReadonlySet<string> = new Set(['interstate', 'interstates', 'highway', 'route', 'motorway', 'freeway', 'expressway', 'turnpike']);
/** {@link ROAD_WORDS} as a word class ({@link wordClass}). */
const ROAD_WORD = wordClass(ROAD_WORDS);
/** Capitalised words that belong to a numbered road's name before its road word ("State Route 267", "U.S. Highway 1"). */
const ROAD_QUALIFIERS: ReadonlySet<string> = new Set(['state', 'u.s.', 'us', 'county', 'national', 'provincial', 'federal', 'trans-canada']);

/** True when token `t` is a road number: one to four digits, then at most one letter ("95", "301", "9W"). */
function roadNumber(doc: Doc, t: number): boolean {
  if (t >= doc.n) return false;
  const s = doc.raw(t);
  if (s.length === 0 || s.length > 5) return false;
  let k = 0;
  while (k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  if (k === 0 || k > 4) return false;
  return k === s.length || (k === s.length - 1 && /[A-Za-z]/.test(s[k]));
}

/** True when token `t` is written "I-95" (an Interstate by its short form: "I", a hyphen, one to three digits). */
function interstateShortForm(doc: Doc, t: number): boolean {
  // Read from the text in place: no string per capitalised token.
  const a = doc.start(t);
  const b = doc.end(t);
  const text = doc.text;
  if (b - a < 3 || b - a > 5 || text.charCodeAt(a) !== 73 || text.charCodeAt(a + 1) !== 45) return false;
  for (let k = a + 2; k < b; k++) if (text.charCodeAt(k) < 48 || text.charCodeAt(k) > 57) return false;
  return true;
}

/** Token ranges [i, j) of the numbered roads the document names, in order. */
export function numberedRoads(doc: Doc): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let t = 0; t < doc.n; t++) {
    if (!doc.cap(t)) continue;
    if (interstateShortForm(doc, t)) {
      out.push([t, t + 1]);
      continue;
    }
    if (!doc.is(t, ROAD_WORD) || !roadNumber(doc, t + 1) || doc.sentenceOf[t + 1] !== doc.sentenceOf[t] || doc.end(t) === doc.start(t + 1)) continue;
    // "Highway 61 Revisited": a capitalised word after the number makes a title of it, not a road.
    if (t + 2 < doc.n && doc.sentenceOf[t + 2] === doc.sentenceOf[t] && doc.cap(t + 2) && doc.word(t + 2)) continue;
    let i = t;
    if (i > 0 && doc.cap(i - 1) && doc.sentenceOf[i - 1] === doc.sentenceOf[t] && ROAD_QUALIFIERS.has(doc.fold(i - 1))) i--;
    out.push([i, t + 2]);
    t++;
  }
  return out;
}
