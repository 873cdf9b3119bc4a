/**
 * "40 km north of Kherson", "a suburb just west of the capital": a compass point, then "of", places what
 * follows. A person, a team or a company is never written "north of" something, so the name after such a
 * phrase is a place whatever the tagger read there.
 */
import type { Doc } from '../doc/document';

/** Compass points written in lower case before "of" ("north of", "north-west of", "northwest of"). */
const COMPASS_POINTS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west',
  'northeast', 'northwest', 'southeast', 'southwest',
  'north-east', 'north-west', 'south-east', 'south-west',
]);

/**
 * True when token `w` is a lower-case "of" right after a lower-case compass point of the same sentence
 * ("north of", "south-east of"): the name starting at `w + 1` is a place.
 */
export function compassOf(doc: Doc, w: number): boolean {
  if (w < 1 || w >= doc.n || doc.fold(w) !== 'of' || doc.cap(w)) return false;
  const p = w - 1;
  return doc.sentenceOf[p] === doc.sentenceOf[w] && !doc.cap(p) && COMPASS_POINTS.has(doc.fold(p));
}
