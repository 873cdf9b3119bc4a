/**
 * Names of states that no longer exist and of war fronts, which English writes with a head word rather
 * than as a bare name: "the Habsburg Empire", "the Abbasid Caliphate", "the Grand Duchy of Baden", "the
 * Duchy of Parma", "the Eastern Front". They are places (as the corpora and atlases treat them), not
 * organisations, though the head word is capitalised like an institution's.
 */
import type { Doc } from '../doc/document';
import { CAPITALISED_FUNCTION_WORDS, TITLE_HEADS, ORG_HEADS } from '../lexicon/words';

/** Head words after the state's name ("Mughal Empire", "Golden Horde Khanate"). */
const STATE_HEADS: ReadonlySet<string> = new Set(['empire', 'caliphate', 'sultanate', 'khanate', 'shogunate']);
/** Head words before "of" and the state's name ("Duchy of Parma", "Empire of Japan"). */
const STATE_OF_HEADS: ReadonlySet<string> = new Set(['duchy', 'empire', 'caliphate', 'khanate', 'electorate', 'margraviate', 'archduchy', 'voivodeship']);
/** Any of the head words, as written in the text (a cheap test before reading the tokens). */
const HEAD_IN_TEXT = /Empire|Caliphate|Sultanate|Khanate|Shogunate|Duchy|Electorate|Margraviate|Voivodeship|Front|EMPIRE|DUCHY|FRONT/;
/** Compass adjectives before "Front" ("the Eastern Front"). */
const FRONT_SIDES: ReadonlySet<string> = new Set(['western', 'eastern', 'northern', 'southern']);

/** A capitalised word of sentence `s` that may be part of a state's name (no function word, title or institution word). */
function nameWord(doc: Doc, k: number, s: number): boolean {
  if (k < 0 || k >= doc.n || doc.sentenceOf[k] !== s || !doc.cap(k) || !doc.word(k)) return false;
  const f = doc.fold(k);
  return !CAPITALISED_FUNCTION_WORDS.has(f) && !TITLE_HEADS.has(f) && !ORG_HEADS.has(f) && !STATE_HEADS.has(f);
}

/** True when a capitalised word of the same sentence follows token `j - 1` ("Empire State Building"). */
function nameGoesOn(doc: Doc, j: number, s: number): boolean {
  return j < doc.n && doc.sentenceOf[j] === s && doc.cap(j) && doc.word(j);
}

/** Token ranges [i, j) of the document's historical states and war fronts, in order. */
export function historicalStates(doc: Doc): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!HEAD_IN_TEXT.test(doc.text)) return out; // one native scan instead of a pass over the tokens
  for (let h = 1; h < doc.n; h++) {
    if (!doc.cap(h) || doc.allCaps(h) || !doc.word(h)) continue;
    const f = doc.fold(h);
    if (f !== 'front' && !STATE_OF_HEADS.has(f) && !STATE_HEADS.has(f)) continue;
    const s = doc.sentenceOf[h];
    // "the Eastern Front"
    if (f === 'front' && FRONT_SIDES.has(doc.fold(h - 1)) && doc.cap(h - 1) && doc.sentenceOf[h - 1] === s && !nameGoesOn(doc, h + 1, s) && !nameWord(doc, h - 2, s)) {
      out.push([h - 1, h + 1]);
      continue;
    }
    // "the Grand Duchy of Baden", "the Empire of Japan"
    if (STATE_OF_HEADS.has(f) && h + 2 < doc.n && doc.fold(h + 1) === 'of' && nameWord(doc, h + 2, s)) {
      let i = h;
      if (doc.fold(h - 1) === 'grand' && doc.cap(h - 1) && doc.sentenceOf[h - 1] === s) i = h - 1;
      if (nameWord(doc, i - 1, s)) continue; // "Holy Roman Empire of …" reads from its own name
      let j = h + 3;
      while (j < h + 5 && nameWord(doc, j, s)) j++;
      if (nameGoesOn(doc, j, s)) continue;
      out.push([i, j]);
      h = j - 1;
      continue;
    }
    // "the Habsburg Empire", "the Abbasid Caliphate", "the Holy Roman Empire"
    if (STATE_HEADS.has(f) && nameWord(doc, h - 1, s) && !nameGoesOn(doc, h + 1, s)) {
      let i = h - 1;
      while (i > h - 3 && nameWord(doc, i - 1, s)) i--;
      // A sentence's first word is a name only when it is no function word ("Ottoman Empire troops…").
      out.push([i, h + 1]);
    }
  }
  return out;
}
