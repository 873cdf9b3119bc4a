/**
 * "the Marrow Tarn Reservoir … anglers say Marrow Tarn": a place's name written once with its head word ("Field",
 * "Reservoir", "Airport") and later without it is the same place, not a person, when the short form has two words or
 * more and none is a known given or family name. A one-word short form stays the person the tagger read ("Halvorsen
 * Tower … Halvorsen said", "Kennedy Airport … Kennedy said"): news names people again by one word.
 */
import type { Doc } from '../doc/document';
import { FACILITY_HEADS } from '../lexicon/words';

/** Head words of places' names beyond the facility heads: an oil or gas field, a rock formation, a basin. */
const MORE_PLACE_HEADS: ReadonlySet<string> = new Set(['field', 'fields', 'formation', 'basin']);

/** True when token `t` is a capitalised head word of a place's name ("Field", "Reservoir", "Airport"). */
export function placeHeadAt(doc: Doc, t: number): boolean {
  if (!doc.cap(t) || !doc.word(t)) return false;
  const f = doc.fold(t);
  return FACILITY_HEADS.has(f) || MORE_PLACE_HEADS.has(f);
}
