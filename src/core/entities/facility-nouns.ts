/**
 * Facilities written with a lower-case noun after their name ("taken to Royal Gwent hospital", "flights
 * from Stansted airport", "at Ibrox stadium"). A tagger trained on newswire often reads the name alone as a
 * person; the noun after it says it is a building or an institution.
 */
import type { Doc } from '../doc/document';
import type { EntityType } from '../tagger/tags';

/** Lower-case nouns after which a name is an institution (the CoNLL reading: organisation). */
const INSTITUTION_NOUNS: ReadonlySet<string> = new Set(['hospital', 'hospitals', 'clinic', 'infirmary', 'school', 'academy', 'college', 'university']);

/** Lower-case nouns after which a name is a place: a building, a site, a line. */
const SITE_NOUNS: ReadonlySet<string> = new Set(['airport', 'station', 'stadium', 'prison', 'jail', 'racecourse', 'docks', 'barracks', 'camp', 'estate', 'motorway']);

/**
 * The type a name ending before token `j` takes when a lower-case facility noun follows it in the same
 * sentence ("Royal Gwent hospital" → ORG, "Stansted airport" → LOC), or undefined.
 */
export function facilityTypeAfter(doc: Doc, j: number): EntityType | undefined {
  if (j <= 0 || j >= doc.n || doc.cap(j) || doc.sentenceOf[j] !== doc.sentenceOf[j - 1]) return undefined;
  const f = doc.fold(j);
  if (INSTITUTION_NOUNS.has(f)) return 'ORG';
  if (SITE_NOUNS.has(f)) return 'LOC';
  return undefined;
}
