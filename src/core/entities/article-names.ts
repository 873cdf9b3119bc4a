/**
 * Names opened by the Arabic article written in lower case ("al-Karim", "al-Shabaab", "Jebel al-Tawil"). A tagger
 * trained on newswire sees a lower-case word and reads nothing; the words around the name say what it is: a
 * place's noun after it ("the al-Sahel checkpoint", "al-Karim mosque"), a place's Arabic head word before it ("Jebel",
 * "Wadi"), or a group's noun before or after it ("militant group al-Fajr al-Jadid", "al-Shabaab fighters").
 * One reading in a document holds for the same name elsewhere in it ("guards at al-Karim" after "al-Karim mosque").
 */
import type { Doc } from '../doc/document';
import type { EntityType } from '../tagger/tags';
import { CAPITALISED_FUNCTION_WORD } from '../lexicon/word-classes';

/** Lower-case nouns after a name that make it a place. */
const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'mosque', 'checkpoint', 'village', 'camp', 'district', 'province', 'region', 'town', 'city', 'square', 'street',
  'neighbourhood', 'neighborhood', 'quarter', 'compound', 'crossing', 'prison', 'airport', 'airbase', 'base', 'port',
  'valley', 'desert', 'oasis', 'mountains', 'mountain', 'plain', 'plateau', 'governorate', 'suburb', 'area',
]);

/** Arabic head words of place names written before the article ("Jebel al-Tawil", "Wadi al-Hitan"). */
const PLACE_HEADS_BEFORE: ReadonlySet<string> = new Set(['jebel', 'jabal', 'wadi', 'ras', 'bab', 'deir', 'beit', 'bir', 'ain', 'tell', 'burj', 'masjid', 'kafr']);

/** Lower-case nouns before a name that make it a group or a paper ("militant group", "the newspaper"). */
const GROUP_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'group', 'groups', 'movement', 'party', 'militia', 'network', 'organisation', 'organization', 'faction', 'newspaper',
  'daily', 'weekly', 'paper', 'magazine', 'channel', 'broadcaster', 'television', 'agency', 'brigade', 'brigades', 'front',
]);

/** Lower-case nouns after a name that make it a group ("al-Shabaab fighters", "al-Qaeda's leader" is left alone). */
const GROUP_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'militants', 'fighters', 'militiamen', 'gunmen', 'insurgents', 'rebels', 'group', 'network', 'affiliate', 'affiliates',
  'members', 'cell', 'cells', 'newspaper', 'daily', 'weekly',
]);

/** True when token `t` is a word capitalised only after a lower-case article ("al-Karim"). */
export function articleWord(doc: Doc, t: number): boolean {
  if (!doc.cap(t)) return false;
  const c = doc.text.charCodeAt(doc.start(t));
  return c === 97 || c === 101; // "a…", "e…": capitalised by its article, not its first letter
}

/** A name word that may follow an article-led word inside one name ("al-Fajr al-Jadid Brigades"). */
function nameWord(doc: Doc, t: number, s: number): boolean {
  return t < doc.n && doc.sentenceOf[t] === s && doc.word(t) && doc.cap(t) && !doc.allCaps(t);
}

/**
 * Names led by a lower-case Arabic article, with the type their context gives them, as [i, j, type]; names
 * without such context are left out unless the document types the same name elsewhere.
 * @param free - true for a token no other reading holds.
 */
export function articleNames(doc: Doc, free: (t: number) => boolean): Array<[number, number, EntityType]> {
  const found: Array<[number, number, EntityType | undefined, string]> = [];
  for (let t = 0; t < doc.n; t++) {
    if (!articleWord(doc, t) || !free(t)) continue;
    const s = doc.sentenceOf[t];
    let i = t;
    let type: EntityType | undefined;
    // "Jebel al-Tawil": an Arabic place head before the article opens the place's name.
    if (i > 0 && doc.sentenceOf[i - 1] === s && doc.cap(i - 1) && PLACE_HEADS_BEFORE.has(doc.fold(i - 1)) && free(i - 1)) {
      i--;
      type = 'LOC';
    } else if (i > 0 && doc.sentenceOf[i - 1] === s && doc.cap(i - 1) && doc.word(i - 1) && !doc.is(i - 1, CAPITALISED_FUNCTION_WORD)) {
      continue; // "Bashar al-Assad": the article inside a person's name, read elsewhere
    }
    let j = t + 1;
    while (j < t + 4 && nameWord(doc, j, s) && free(j)) j++;
    const before = i > 0 && doc.sentenceOf[i - 1] === s ? doc.fold(i - 1) : '';
    const after = j < doc.n && doc.sentenceOf[j] === s && !doc.cap(j) ? doc.fold(j) : '';
    if (!type && PLACE_NOUNS_AFTER.has(after)) type = 'LOC';
    else if (!type && (GROUP_NOUNS_BEFORE.has(before) || GROUP_NOUNS_AFTER.has(after))) type = 'ORG';
    found.push([i, j, type, keyOf(doc, i, j)]);
    t = j - 1;
  }
  // One reading per document for the same name.
  const typed = new Map<string, EntityType>();
  for (const [, , type, key] of found) if (type && !typed.has(key)) typed.set(key, type);
  const out: Array<[number, number, EntityType]> = [];
  for (const [i, j, type, key] of found) {
    const ty = type ?? typed.get(key);
    if (ty) out.push([i, j, ty]);
  }
  return out;
}

function keyOf(doc: Doc, i: number, j: number): string {
  let k = doc.fold(i);
  for (let t = i + 1; t < j; t++) k += ' ' + doc.fold(t);
  return k;
}
