/**
 * "a fire in neighbouring Chatelmont", "he lives in rural Kessington", "fighting spread to Dessam province": after a
 * place preposition, an unread capitalised name that a lower-case place adjective introduces, or that a lower-case
 * place noun follows, is a place.
 */
import type { Doc } from '../doc/document';
import { CAPITALISED_FUNCTION_WORDS, LOCATIVE_WORDS, TITLE_HEADS } from '../lexicon/words';

/** Lower-case adjectives that describe where a place lies ("neighbouring", "rural", "northern"). */
const PLACE_ADJECTIVES: ReadonlySet<string> = new Set([
  'neighbouring', 'neighboring', 'nearby', 'rural', 'coastal', 'downtown', 'suburban', 'northern', 'southern', 'eastern',
  'western', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'central', 'remote', 'landlocked', 'war-torn', 'flood-hit', 'quake-hit',
]);

/** Lower-case nouns of administrative places written after their name ("Dessam province", "Korvak county"). */
const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'province', 'county', 'district', 'region', 'state', 'prefecture', 'governorate', 'oblast', 'municipality', 'village',
  'town', 'city', 'township', 'parish', 'canton', 'department',
]);

/** Most words of the name. */
const MAX_WORDS = 3;

/**
 * Token ranges [i, j) of unread names after a place preposition that a place adjective introduces or a place noun
 * follows, in order.
 * @param covered - true for a token some mention holds (the caller leaves out the readings it lets this rule replace).
 */
export function describedPlaces(doc: Doc, covered: (t: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let p = 0; p + 1 < doc.n; p++) {
    // Cheap test first: a capitalised word, or a lower-case word, right after a lower-case word.
    if (doc.cap(p) || !doc.word(p + 1) || !LOCATIVE_WORDS.has(doc.fold(p))) continue;
    const s = doc.sentenceOf[p];
    let i = p + 1;
    const described = i < doc.n && doc.sentenceOf[i] === s && !doc.cap(i) && PLACE_ADJECTIVES.has(doc.fold(i));
    if (described) i++;
    if (i >= doc.n || doc.sentenceOf[i] !== s || !nameWord(doc, i, covered)) continue;
    let j = i + 1;
    while (j < doc.n && j < i + MAX_WORDS && doc.sentenceOf[j] === s && nameWord(doc, j, covered)) j++;
    if (j < doc.n && doc.sentenceOf[j] === s && doc.cap(j) && doc.word(j)) continue; // a longer name
    if (j < doc.n && /^['\u2019]s?$/.test(doc.fold(j))) continue; // a possessive: the name of its owner
    const nounAfter = j < doc.n && doc.sentenceOf[j] === s && !doc.cap(j) && PLACE_NOUNS_AFTER.has(doc.fold(j));
    if (!described && !nounAfter) continue;
    out.push([i, j]);
    p = j - 1;
  }
  return out;
}

function nameWord(doc: Doc, t: number, covered: (t: number) => boolean): boolean {
  if (!doc.word(t) || !doc.cap(t) || doc.allCaps(t) || covered(t)) return false;
  const f = doc.fold(t);
  return !CAPITALISED_FUNCTION_WORDS.has(f) && !TITLE_HEADS.has(f);
}
