/**
 * "the band Gigi", "Dutch metal band Van Canto", "tyre giant Pirelli", "the miner Rio Tinto": a name right after a
 * lower-case noun for an organisation is that organisation's name, not a person's, wherever the document
 * repeats it. The noun must be one that never names a person's job ("publisher", "operator", "duo" can be
 * people), and the name must not open a clause ("the company Jane Roe founded"): it ends the sentence or
 * is followed by punctuation or by a word of {@link NAME_FOLLOWERS}.
 */
import type { Doc } from '../doc/document';

/** Lower-case nouns after which a capitalised name is an organisation's. */
const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'band', 'company', 'firm', 'group', 'newspaper', 'magazine', 'tabloid', 'broadcaster', 'airline', 'bank',
  'lender', 'retailer', 'conglomerate', 'startup', 'carmaker', 'automaker', 'insurer', 'charity', 'militia',
  'orchestra', 'choir', 'label', 'brewery', 'franchise', 'outfit', 'giant', 'miner', 'watchdog', 'regulator',
  'supermarket', 'exporter', 'utility', 'manufacturer', 'chipmaker', 'drugmaker', 'steelmaker', 'planemaker',
  'shipbuilder', 'telecom', 'telco',
]);

/** Words after a name that show it does not open a relative clause ("the band Gigi was formed in 1994"). */
const NAME_FOLLOWERS: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'in', 'of', 'from', 'with', 'for', 'on', 'at', 'which',
  'that', 'whose', 'since', 'until', 'after', 'before', 'during', 'to', 'by', "'s", '\u2019s',
]);

/**
 * "ORG" when the name over tokens [i, j) comes right after a lower-case organisation noun of the same
 * sentence and ends there (see the module comment); otherwise undefined.
 */
export function organisationNamedByNoun(doc: Doc, i: number, j: number): 'ORG' | undefined {
  if (i < 1 || doc.cap(i - 1) || doc.sentenceOf[i - 1] !== doc.sentenceOf[i] || !ORGANISATION_NOUNS.has(doc.fold(i - 1))) return undefined;
  if (j < doc.n && doc.sentenceOf[j] === doc.sentenceOf[i] && doc.word(j) && !NAME_FOLLOWERS.has(doc.fold(j))) return undefined;
  return 'ORG';
}
