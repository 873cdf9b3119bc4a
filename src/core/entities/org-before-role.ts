/**
 * "Brantley chief executive Hannah Whit", "Kleinvor founder Joost Aalbers", "Dunmore manager Tom Reeve": an unread
 * capitalised name right before a company's or a team's office, itself before a person's name, is the body the
 * office belongs to (an organisation). Places, known bodies and other mentions are read elsewhere and keep their
 * reading; title words ("Former", "Acting"), peoples' adjectives and words the document also writes in lower case
 * are no name, and one word opening a sentence is a name only if the document capitalises it inside a sentence too.
 */
import type { Doc } from '../doc/document';
import { CAPITALISED_FUNCTION_WORDS, TITLE_HEADS, TITLE_MODIFIERS, HONORIFICS } from '../lexicon/words';

/** Offices held in a company or a team. */
const BODY_OFFICES: ReadonlySet<string> = new Set([
  'founder', 'co-founder', 'cofounder', 'ceo', 'cfo', 'coo', 'cto', 'chief', 'chairman', 'chairwoman', 'chairperson',
  'spokesman', 'spokeswoman', 'spokesperson', 'boss', 'owner', 'executive', 'president', 'manager', 'coach', 'captain',
]);

/** The part of a title parse this rule reads. */
export interface RoleSpan {
  roleI: number;
  roleJ: number;
  nameI: number;
  nameJ: number;
  descriptor?: boolean;
  orgI?: number;
  placeI?: number;
}

/** Most words of the body's name. */
const MAX_WORDS = 3;

/**
 * Token ranges [i, j) of bodies named right before an office held by a named person, in order.
 * @param covered - true for a token some mention already holds.
 * @param commonWord - true for a word the document also writes in lower case, or a people's adjective.
 */
export function orgsBeforeRoles(
  doc: Doc,
  titles: readonly RoleSpan[],
  covered: (t: number) => boolean,
  commonWord: (t: number) => boolean,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let inside: Set<string> | undefined;
  for (const t of titles) {
    if (t.descriptor || t.nameJ <= t.nameI || t.orgI !== undefined || t.placeI !== undefined || t.roleI < 1) continue;
    let office = false;
    for (let k = t.roleI; k < t.roleJ && !office; k++) office = BODY_OFFICES.has(doc.fold(k));
    if (!office) continue;
    const s = doc.sentenceOf[t.roleI];
    const j = t.roleI;
    let i = j;
    while (i - 1 >= 0 && i > j - MAX_WORDS - 1 && doc.sentenceOf[i - 1] === s && bodyWord(doc, i - 1, covered, commonWord)) i--;
    if (i === j || j - i > MAX_WORDS) continue;
    // A longer capitalised run before it: where the name starts is not known.
    if (i > 0 && doc.sentenceOf[i - 1] === s && doc.cap(i - 1) && doc.word(i - 1) && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(i - 1))) continue;
    // One word opening the sentence ("Longtime coach Tom Reeve"): a name only if the document writes it with a
    // capital inside a sentence too.
    if (j - i === 1 && doc.sentences.first[s] === i && !(inside ??= wordsCapitalisedInside(doc)).has(doc.raw(i))) continue;
    out.push([i, j]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

function bodyWord(doc: Doc, t: number, covered: (t: number) => boolean, commonWord: (t: number) => boolean): boolean {
  if (!doc.word(t) || !doc.cap(t) || covered(t) || commonWord(t)) return false;
  const f = doc.fold(t);
  return !CAPITALISED_FUNCTION_WORDS.has(f) && !TITLE_HEADS.has(f) && !TITLE_MODIFIERS.has(f) && !HONORIFICS.has(f);
}

/** The words written with a capital somewhere not opening a sentence (read once per document, when needed). */
function wordsCapitalisedInside(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < doc.n; k++) if (doc.cap(k) && doc.sentences.first[doc.sentenceOf[k]] !== k) out.add(doc.raw(k));
  return out;
}
