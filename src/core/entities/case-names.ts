/**
 * "Roe v. Wade", "Trump v. United States", "Halvorsen v. Marston Logistics": a court case is named by its
 * parties, written either side of "v.". The tagger reads a one-word party before "v" as a team (as in "Arsenal
 * v Chelsea"), so the person who brought the case became an organisation. Here each party is typed from its
 * own words: a country or a state (or any place of more than one word) is a place, a run ending in an
 * organisation's head word or of three words and more is an organisation, and one or two words are a person.
 * Only "v." with its period counts: fixtures ("Arsenal v Chelsea", "Arsenal vs. Chelsea") are left alone.
 */
import type { Doc } from '../doc/document';
import type { EntityType } from './detect';
import { gazetteer } from '../gazetteer/load';
import { CAPITALISED_FUNCTION_WORD, ORG_HEAD } from '../lexicon/word-classes';
import type { Lookups } from './lookups';
import { isGivenName } from './tagger-bridge';

/** One party of a case name over tokens [i, j). */
export interface CaseParty {
  i: number;
  j: number;
  type: EntityType;
}

/** Words that join capitalised words inside a party's name ("Board of Education", "Johnson & Johnson"). */
const JOINERS: ReadonlySet<string> = new Set(['of', '&', "'s", '\u2019s', 'for']);

/** Longest party read, in tokens. */
const MAX_PARTY = 7;

/** The parties of every case name in the document, in order; empty when the text has no " v. ". */
export function caseNameParties(doc: Doc, lk: Lookups): CaseParty[] {
  const out: CaseParty[] = [];
  if (doc.text.indexOf(' v. ') < 0) return out;
  for (let v = 1; v + 2 < doc.n; v++) {
    if (doc.raw(v) !== 'v' || doc.raw(v + 1) !== '.' || doc.start(v + 1) !== doc.end(v)) continue;
    const s = doc.sentenceOf[v];
    if (doc.sentenceOf[v - 1] !== s || doc.sentenceOf[v + 2] !== s) continue;
    const a = leftPartyStart(doc, v);
    const b = rightPartyEnd(doc, v + 2);
    if (a === v || b === v + 2) continue;
    out.push({ i: a, j: v, type: partyType(doc, lk, a, v) }, { i: v + 2, j: b, type: partyType(doc, lk, v + 2, b) });
    v = b - 1;
  }
  return out;
}

/** A party's word: capitalised, not a capitalised function word ("In", "The"), not in capitals alone. */
function partyWord(doc: Doc, t: number): boolean {
  return doc.word(t) && doc.cap(t) && !doc.is(t, CAPITALISED_FUNCTION_WORD);
}

/** First token of the party that ends right before "v" at token `v` (`v` itself when there is none). */
function leftPartyStart(doc: Doc, v: number): number {
  const s = doc.sentenceOf[v];
  let a = v;
  while (a - 1 >= 0 && v - a < MAX_PARTY && doc.sentenceOf[a - 1] === s) {
    if (partyWord(doc, a - 1)) a--;
    else if (a < v && a - 2 >= 0 && doc.sentenceOf[a - 2] === s && JOINERS.has(doc.fold(a - 1)) && partyWord(doc, a - 2)) a -= 2;
    else break;
  }
  return a;
}

/** End (exclusive) of the party that starts at token `i` after "v." (`i` when there is none). */
function rightPartyEnd(doc: Doc, i: number): number {
  const s = doc.sentenceOf[i];
  let b = i;
  while (b < doc.n && b - i < MAX_PARTY && doc.sentenceOf[b] === s) {
    if (partyWord(doc, b)) b++;
    else if (b > i && b + 1 < doc.n && doc.sentenceOf[b + 1] === s && JOINERS.has(doc.fold(b)) && partyWord(doc, b + 1)) b += 2;
    else if (b > i && b + 2 < doc.n && doc.fold(b) === 'of' && doc.fold(b + 1) === 'the' && doc.sentenceOf[b + 2] === s && partyWord(doc, b + 2)) b += 3;
    else break;
  }
  return b;
}

/** The type of the party over tokens [i, j). */
function partyType(doc: Doc, lk: Lookups, i: number, j: number): EntityType {
  const place = lk.placeAt(i);
  if (place && place.j === j && place.targets[0].form === 'name' && (j - i >= 2 || gazetteer().place(place.targets[0].place).rank >= 2)) return 'LOC';
  if (lk.orgSpanAt(i) === j || doc.is(j - 1, ORG_HEAD)) return 'ORG';
  if (j - i === 1) return 'PER';
  if (j - i === 2 && isGivenName(doc.raw(i))) return 'PER';
  return 'ORG';
}
