/**
 * "the island of Divar", "the neighbouring village of Mece", "the port of Liverpool": a lower-case noun for
 * a kind of place, "of", then a name says the name is a place, wherever the document repeats it.
 */
import type { Doc } from '../doc/document';
import { wordClass } from '../doc/word-classes';

/** Lower-case nouns for places that take their name after "of" (not "department": "the department of Justice"). */
const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set([
  'town', 'city', 'village', 'hamlet', 'island', 'islands', 'province', 'region', 'district', 'county', 'parish',
  'municipality', 'commune', 'borough', 'suburb', 'port', 'capital', 'state', 'township', 'archipelago',
  'peninsula', 'settlement', 'oblast', 'prefecture', 'governorate', 'canton',
]);

/**
 * A place's people and parts before "of" ("residents of Clifton", "the outskirts of Kelbajar", "the streets of
 * Lagos"); these also open a sentence ("Residents of Clifton said…"), where no organisation's name starts.
 */
const PLACE_PART_NOUNS: ReadonlySet<string> = new Set(['residents', 'inhabitants', 'outskirts', 'streets', 'townspeople', 'villagers']);

/** Plural place nouns, after which "of" opens a list of names ("the villages of Lougou and Tougana"). */
const PLURAL_PLACE_KIND_NOUNS: ReadonlySet<string> = new Set([
  'towns', 'cities', 'villages', 'hamlets', 'provinces', 'regions', 'districts', 'counties', 'parishes',
  'municipalities', 'communes', 'boroughs', 'suburbs', 'ports', 'states', 'townships', 'settlements', 'oblasts',
]);

/**
 * Token ranges [i, j) of names after "<place noun> of" or in a list after "<plural place noun> of" (up to three name words, `isNameWord` deciding which
 * capitalised words may belong to a name), in document order.
 */
export function namesAfterPlaceNoun(doc: Doc, isNameWord: (t: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let w = 1; w + 1 < doc.n; w++) {
    if (doc.fold(w) !== 'of' || doc.cap(w)) continue;
    const part = PLACE_PART_NOUNS.has(doc.fold(w - 1));
    if (doc.cap(w - 1) && !(part && doc.sentences.first[doc.sentenceOf[w - 1]] === w - 1)) continue;
    const plural = PLURAL_PLACE_KIND_NOUNS.has(doc.fold(w - 1));
    if (!plural && !part && !PLACE_KIND_NOUNS.has(doc.fold(w - 1))) continue;
    const s = doc.sentenceOf[w];
    let i = w + 1;
    if (doc.sentenceOf[w - 1] !== s || doc.sentenceOf[i] !== s || !isNameWord(i) || doc.allCaps(i)) continue;
    // One name, or after a plural noun a list of names joined by commas and "and"/"or" (at most eight).
    for (let count = 0; count < 8; count++) {
      let j = i + 1;
      while (j < doc.n && j < i + 3 && doc.sentenceOf[j] === s && isNameWord(j)) j++;
      out.push([i, j]);
      w = j - 1;
      if (!plural || j + 1 >= doc.n || doc.sentenceOf[j + 1] !== s) break;
      let next = j;
      if (doc.fold(next) === ',') next++;
      if (doc.fold(next) === 'and' || doc.fold(next) === 'or') next++;
      if (next === j || next >= doc.n || doc.sentenceOf[next] !== s || !isNameWord(next) || doc.allCaps(next)) break;
      i = next;
    }
  }
  return out;
}

/** Lower-case place nouns after a name ("the Odenwaldkreis district", "the Lombardy region"). */
const PLACE_HEAD_NOUNS: ReadonlySet<string> = new Set([
  'district', 'region', 'province', 'neighbourhood', 'neighborhood', 'département', 'county', 'valley', 'area',
  'suburb', 'municipality', 'taluk', 'oblast', 'governorate', 'village', 'island', 'peninsula', 'desert',
  'township', 'borough', 'parish', 'prefecture', 'canton', 'commune', 'mountains', 'hills', 'highlands', 'lowlands',
  // Water and land features written in lower case after their name ("the Mandrell river", "the Ostra reservoir").
  'river', 'lake', 'reservoir', 'creek', 'estuary', 'delta', 'basin', 'lagoon', 'canal', 'glacier', 'volcano',
  'plateau', 'islands', 'archipelago', 'gorge', 'rivers', 'lakes', 'valleys', 'provinces', 'regions', 'districts',
  'counties',
]);
/** {@link PLACE_HEAD_NOUNS} as a word class ({@link wordClass}). */
const PLACE_HEAD_NOUN = wordClass(PLACE_HEAD_NOUNS);
/**
 * The features of {@link PLACE_HEAD_NOUNS} whose noun is part of the place's name, as when it is written with a capital
 * ("the Mandrell river" as "the Mandrell River"); an administrative noun is not ("the Lombardy region").
 */
const FEATURE_NOUNS: ReadonlySet<string> = new Set([
  'river', 'lake', 'reservoir', 'creek', 'estuary', 'delta', 'basin', 'lagoon', 'canal', 'glacier', 'volcano',
  'plateau', 'islands', 'archipelago', 'gorge',
]);

/** True when the place noun at token `k` after a name ({@link namesBeforePlaceNoun}) belongs to the name ("the Mandrell river"). */
export function featureNounOfName(doc: Doc, k: number): boolean {
  return FEATURE_NOUNS.has(doc.fold(k));
}
/** Lower-case words after the place noun that make the phrase an office or a body ("the Manhattan district attorney"). */
const OFFICE_AFTER: ReadonlySet<string> = new Set([
  'attorney', 'council', 'councils', 'court', 'courts', 'office', 'police', 'government', 'governor', 'mayor',
  'administration', 'assembly', 'commissioner', 'prosecutor', 'judge', 'chief', 'committee', 'board', 'league',
  'team', 'club', 'party', 'authority', 'authorities', 'health', 'school', 'schools',
]);
/** Plural feature nouns after two names joined by "and" ("the Elbe and Vltava rivers"), each name a place. */
const PLURAL_FEATURE_NOUNS: ReadonlySet<string> = new Set(['rivers', 'lakes', 'islands', 'mountains', 'valleys', 'provinces', 'regions', 'districts', 'counties']);
/** Lower-case words after the place noun that make the phrase a property or a venture ("the Hendricks lake house"). */
const PROPERTY_AFTER: ReadonlySet<string> = new Set([
  'house', 'houses', 'home', 'homes', 'cottage', 'cabin', 'estate', 'project', 'projects', 'programme', 'program',
  'company', 'resort', 'hotel', 'restaurant', 'brand',
]);
/** Lower-case words that are no modifier of the name after them ("the news that Kandahar province…"). */
const LINKING_WORDS: ReadonlySet<string> = new Set(['of', 'in', 'and', 'or', 'that', 'which', 'to', 'for', 'from', 'with', 'by', 'on', 'at', 'as', 'is', 'was', 'are', 'were', 'said', 'says']);
/** Endings of peoples' adjectives ("the Kurdish city", "the Arctic island"), which describe rather than name. */
const ADJECTIVE_ENDING = /(?:ish|ese|ian|ean|ic|an)$/;

/**
 * Token ranges [i, j) of names between "the" (and at most one lower-case modifier) and a lower-case place noun
 * ("the Odenwaldkreis district", "the Bijeli Brijeg neighbourhood", "the mountainous Kelbajar district"), up to
 * three name words that are no people's adjective, in document order.
 */
export function namesBeforePlaceNoun(doc: Doc, isNameWord: (t: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 2; k < doc.n; k++) {
    if (doc.cap(k) || !doc.is(k, PLACE_HEAD_NOUN)) continue;
    const s = doc.sentenceOf[k];
    let i = k;
    while (i - 1 >= 0 && i > k - 3 && doc.sentenceOf[i - 1] === s && isNameWord(i - 1)) i--;
    if (i === k || i === 0 || doc.sentenceOf[i - 1] !== s) continue;
    // "the Elbe and Vltava rivers": two names before a plural feature noun, "the" before the first.
    if (PLURAL_FEATURE_NOUNS.has(doc.fold(k)) && doc.fold(i - 1) === 'and' && i >= 3) {
      let a = i - 1;
      while (a - 1 >= 0 && a > i - 4 && doc.sentenceOf[a - 1] === s && isNameWord(a - 1)) a--;
      if (a < i - 1 && a >= 1 && doc.fold(a - 1) === 'the' && !ADJECTIVE_ENDING.test(doc.fold(a)) && !ADJECTIVE_ENDING.test(doc.fold(i))) {
        out.push([a, i - 1], [i, k]);
      }
      continue;
    }
    // "the Odenwaldkreis district", or with one lower-case modifier between ("the mountainous Kelbajar district").
    const opened = doc.fold(i - 1) === 'the' || (i >= 2 && doc.fold(i - 2) === 'the' && doc.sentenceOf[i - 2] === s && doc.word(i - 1) && !doc.cap(i - 1) && !LINKING_WORDS.has(doc.fold(i - 1)));
    if (!opened) continue;
    if (k + 1 < doc.n && doc.sentenceOf[k + 1] === s && !doc.cap(k + 1) && (OFFICE_AFTER.has(doc.fold(k + 1)) || PROPERTY_AFTER.has(doc.fold(k + 1)))) continue;
    if (ADJECTIVE_ENDING.test(doc.fold(i)) || doc.allCaps(i)) continue;
    out.push([i, k]);
  }
  return out;
}

/** Lower-case place nouns that take a name right after them ("the river Tamar", "nature park Velika Bara"). */
const APPOSED_PLACE_NOUNS: ReadonlySet<string> = new Set([
  'river', 'lake', 'village', 'town', 'city', 'island', 'park', 'mountain', 'volcano', 'glacier', 'reservoir',
  'canal', 'creek', 'stream', 'hamlet', 'suburb', 'municipality', 'commune', 'oasis', 'wetland', 'wetlands',
]);
/** Words after a name that show it does not open a relative clause ("the village Orlov is …"). */
const PLACE_NAME_FOLLOWERS: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'had', 'in', 'of', 'from', 'with', 'near', 'on', 'at', 'which', 'that', 'where', 'and', 'or',
  'to', 'by', 'for', 'flows', 'lies', 'runs', "'s", '\u2019s',
]);

/**
 * Token ranges [i, j) of names right after a lower-case place noun ("the river Tamar", "nature park Velika Bara"),
 * up to three name words, when the name ends the sentence or is followed by punctuation or a word of
 * {@link PLACE_NAME_FOLLOWERS} ("the village Tom Ellis founded" opens a clause).
 */
export function namesAfterApposedPlaceNoun(doc: Doc, isNameWord: (t: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let w = 0; w + 1 < doc.n; w++) {
    if (doc.cap(w) || !doc.word(w) || !doc.cap(w + 1) || !APPOSED_PLACE_NOUNS.has(doc.fold(w))) continue;
    const s = doc.sentenceOf[w];
    const i = w + 1;
    if (doc.sentenceOf[i] !== s || !isNameWord(i) || doc.allCaps(i)) continue;
    let j = i + 1;
    while (j < doc.n && j < i + 3 && doc.sentenceOf[j] === s && isNameWord(j)) j++;
    if (j < doc.n && doc.sentenceOf[j] === s && doc.word(j) && !PLACE_NAME_FOLLOWERS.has(doc.fold(j))) continue;
    out.push([i, j]);
    w = j - 1;
  }
  return out;
}
