/**
 * "Software maker Tessaro Systems agreed to buy … Shares of Tessaro rose": a company named once with a corporate
 * word ("Systems", "Holdings", "Inc") is named again by its first word alone. That word, where no other reading
 * holds it, is the company too. Not when the word is a place, a known organisation, or a word of a person's name
 * in the document ("Harlow Holdings" after "Ann Harlow": "Harlow said" is her).
 */
import type { Doc } from '../doc/document';

/** Last words of a company's name after which its first word names it alone. */
const CORPORATE_WORDS: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa',
  'corporation', 'incorporated', 'limited', 'systems', 'group', 'holdings', 'technologies', 'industries', 'motors',
  'airlines', 'airways', 'pharmaceuticals', 'enterprises', 'labs', 'laboratories', 'networks', 'software', 'foods',
  'brands', 'partners', 'ventures', 'solutions', 'electronics', 'semiconductor', 'robotics', 'biotech', 'therapeutics',
]);

/** The part of a mention this rule reads. */
export interface NamedSpan {
  i: number;
  j: number;
  type: 'PER' | 'LOC' | 'ORG' | 'MISC';
  nested?: boolean;
}

/**
 * Tokens (in order) where a company's first word names it again, not held by any mention.
 * @param mentions - the document's mentions.
 * @param ownReading - true when token `t` has a reading of its own (a gazetteer place, a known organisation).
 */
export function companyShortNames(doc: Doc, mentions: readonly NamedSpan[], ownReading: (t: number) => boolean): number[] {
  let shorts: Set<string> | undefined;
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.nested || m.j - m.i !== 2 || !CORPORATE_WORDS.has(doc.fold(m.j - 1))) continue;
    if (!doc.cap(m.i) || doc.allCaps(m.i) || !doc.word(m.i) || ownReading(m.i)) continue;
    (shorts ??= new Set()).add(doc.raw(m.i));
  }
  if (!shorts) return [];
  const covered = new Uint8Array(doc.n);
  for (const m of mentions) {
    covered.fill(1, m.i, m.j);
    if (m.type === 'PER') for (let t = m.i; t < m.j; t++) shorts.delete(doc.raw(t));
  }
  if (shorts.size === 0) return [];
  const out: number[] = [];
  for (let t = 0; t < doc.n; t++) {
    if (covered[t] || !shorts.has(doc.raw(t))) continue;
    // "Tessaro Systems" written again in full is read elsewhere; a capitalised word after it makes another name.
    if (t + 1 < doc.n && doc.sentenceOf[t + 1] === doc.sentenceOf[t] && doc.cap(t + 1)) continue;
    out.push(t);
  }
  return out;
}
