/**
 * "the Tarvani, a nomadic people of the plateau", "Orvesh, a Turkic language", "the Kelu, a small hill tribe": a
 * definition whose noun is a people, a tribe, a minority or a language says the name is neither a person, a place
 * nor an organisation (MISC, as peoples and languages are).
 */
import type { Doc } from '../doc/document';

/** Nouns that, heading a definition, make the name a people's or a language's. */
const PEOPLE_DEFINITION_NOUNS: ReadonlySet<string> = new Set(['people', 'peoples', 'tribe', 'tribes', 'minority', 'ethnicity', 'language', 'dialect']);

/**
 * True when token `k`, the last word of a definition's noun phrase, names a people or a language ("a nomadic
 * people", "an ethnic group", "a Turkic language"); not a possessive ("the people's choice").
 */
export function peopleDefinitionNoun(doc: Doc, k: number): boolean {
  const f = doc.fold(k);
  if (f === 'group') return k > 0 && doc.fold(k - 1) === 'ethnic';
  if (!PEOPLE_DEFINITION_NOUNS.has(f)) return false;
  const next = k + 1 < doc.n ? doc.fold(k + 1) : '';
  return next !== "'s" && next !== '\u2019s' && next !== "'";
}
