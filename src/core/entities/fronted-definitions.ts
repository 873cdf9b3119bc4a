/**
 * "A brassy swing band, Kestrel Lane filled the hall", "A former mill town, Dunmore lies on the river": a
 * sentence opened by "A"/"An" and a bare noun phrase (adjectives and a head noun, no preposition or clause), then
 * a comma and a name, defines the name by that noun as an appositive after it does ("Kestrel Lane, a swing
 * band"). "A spokesman for the company, Tom Hale said" is no definition: the phrase holds a preposition.
 */
import type { Doc } from '../doc/document';

/** Most words of the fronted noun phrase after "A"/"An". */
const MAX_PHRASE_WORDS = 5;
/** Most words of the name after the comma. */
const MAX_NAME_WORDS = 4;

/** A fronted definition: the name over tokens [i, j) and the token `noun` heading the phrase before it. */
export interface FrontedDefinition {
  i: number;
  j: number;
  noun: number;
}

/**
 * The fronted definitions of the document, in order.
 * @param linkWord - true for a lower-case word that ends or links a noun phrase ("in", "of", "which"): none may stand in the phrase.
 * @param nameWord - true for a capitalised word that can be part of the defined name.
 */
export function frontedDefinitions(doc: Doc, linkWord: (f: string) => boolean, nameWord: (t: number) => boolean): FrontedDefinition[] {
  const out: FrontedDefinition[] = [];
  for (let k = 0; k < doc.sentences.count; k++) {
    const a = doc.sentences.first[k];
    const b = doc.sentences.last[k];
    const opener = doc.fold(a);
    if ((opener !== 'a' && opener !== 'an') || !doc.cap(a)) continue;
    let c = a + 1;
    while (c <= b && c <= a + MAX_PHRASE_WORDS && doc.word(c) && !linkWord(doc.fold(c))) c++;
    if (c > b || c === a + 1 || doc.fold(c) !== ',') continue;
    let j = c + 1;
    while (j <= b && j <= c + MAX_NAME_WORDS && nameWord(j)) j++;
    // The name is the clause's subject: a lower-case word (its verb) follows.
    if (j === c + 1 || j > b || !doc.word(j) || doc.cap(j)) continue;
    out.push({ i: c + 1, j, noun: c - 1 });
  }
  return out;
}
