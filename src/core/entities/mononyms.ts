/**
 * People known by one name, introduced by a lower-case occupation of individuals: "fashion designer Halvor", "the
 * pianist Miklos", "striker Tavo". After such a word one capitalised word (and no more) is that person's name when
 * it is nothing else the document or the lookups know: no place, no organisation, no word the text also writes in
 * lower case, no date word, no abbreviation in capitals.
 */
import type { Doc } from '../doc/document';
import { wordClass } from '../doc/word-classes';
import type { Lookups } from './lookups';

/** Months and days: "artist Monday" is no name. */
const DATE_NAMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Lower-case occupations of individuals (not "broadcaster", "investor": companies are those too). */
const OCCUPATIONS: ReadonlySet<string> = new Set([
  'singer', 'rapper', 'pianist', 'guitarist', 'violinist', 'cellist', 'drummer', 'bassist', 'composer', 'actor',
  'actress', 'comedian', 'poet', 'novelist', 'painter', 'sculptor', 'artist', 'dancer', 'playwright', 'designer',
  'photographer', 'magician', 'footballer', 'striker', 'midfielder', 'goalkeeper',
]);
/** {@link OCCUPATIONS} as a word class ({@link wordClass}). */
const OCCUPATION = wordClass(OCCUPATIONS);

/**
 * The tokens of one-word names after a lower-case occupation (see the module comment), in order.
 * @param lower - the words the document writes in lower case (read only when a candidate needs it).
 */
export function mononymsAfterOccupations(doc: Doc, lk: Lookups, lower: () => ReadonlySet<string>): number[] {
  const out: number[] = [];
  for (let h = 0; h + 1 < doc.n; h++) {
    if (!doc.is(h, OCCUPATION) || doc.cap(h)) continue;
    const i = h + 1;
    if (!doc.cap(i) || !doc.word(i) || doc.allCaps(i) || doc.sentenceOf[i] !== doc.sentenceOf[h]) continue;
    // One word only: a longer name is the tagger's to read.
    if (i + 1 < doc.n && doc.sentenceOf[i + 1] === doc.sentenceOf[i] && doc.cap(i + 1) && doc.word(i + 1)) continue;
    const f = doc.fold(i);
    if (DATE_NAMES.has(f) || lower().has(f)) continue;
    if (lk.placeAt(i) || lk.knownOrgAt(i) || lk.orgSpanAt(i) !== undefined || lk.inOrg(i)) continue;
    out.push(i);
  }
  return out;
}
