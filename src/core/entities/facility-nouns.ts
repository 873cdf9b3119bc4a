/**
 * Facilities written with a lower-case noun after their name ("taken to Royal Gwent hospital", "flights
 * from Stansted airport", "at Ibrox stadium"), and the press named the same way ("told Folha de S.Paulo newspaper"). A tagger trained on newswire often reads the name alone as a
 * person; the noun after it says it is a building or an institution.
 */
import type { Doc } from '../doc/document';
import type { EntityType } from '../tagger/tags';

/** Lower-case nouns after which a name is an institution (the CoNLL reading: organisation). */
const INSTITUTION_NOUNS: ReadonlySet<string> = new Set([
  'hospital', 'hospitals', 'clinic', 'infirmary', 'school', 'academy', 'college', 'university',
  // "told Folha de S.Paulo newspaper": a newspaper, a magazine, a broadcaster.
  'newspaper', 'daily', 'tabloid', 'magazine', 'broadcaster', 'weekly',
]);

/** Words that follow "daily" or "weekly" naming a paper ("the daily said", "told X daily that …"). */
const AFTER_PAPER: ReadonlySet<string> = new Set(['that', 'on', 'in', 'it', 'said', 'reported', 'quoted', 'published', 'and', 'about', 'he', 'she', 'they', 'the']);

/** Lower-case nouns after which a name is a place: a building, a site, a line. */
const SITE_NOUNS: ReadonlySet<string> = new Set(['airport', 'station', 'stadium', 'prison', 'jail', 'racecourse', 'docks', 'barracks', 'camp', 'estate', 'motorway']);

/**
 * The type a name ending before token `j` takes when a lower-case facility noun follows it in the same
 * sentence ("Royal Gwent hospital" → ORG, "Stansted airport" → LOC), or undefined.
 */
export function facilityTypeAfter(doc: Doc, j: number): EntityType | undefined {
  if (j <= 0 || j >= doc.n || doc.cap(j) || doc.sentenceOf[j] !== doc.sentenceOf[j - 1]) return undefined;
  const f = doc.fold(j);
  // "Corriere della Sera daily," but not "Anna Berg daily walks to work" (an adverb before a verb).
  if ((f === 'daily' || f === 'weekly') && j + 1 < doc.n && doc.sentenceOf[j + 1] === doc.sentenceOf[j] && doc.word(j + 1) && !doc.cap(j + 1) && !AFTER_PAPER.has(doc.fold(j + 1))) return undefined;
  if (INSTITUTION_NOUNS.has(f)) return 'ORG';
  if (SITE_NOUNS.has(f)) return 'LOC';
  return undefined;
}
