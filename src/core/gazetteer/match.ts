/**
 * Token-based phrase matching against the gazetteer: phrases start and end on token boundaries (so
 * "Oman" never matches inside "woman"), keys are folded (case, accents) while offsets stay those of
 * the original tokens, and phrases never cross a sentence boundary.
 */
import type { Doc } from '../doc/document';
import { gazetteer, type GazTarget } from './load';

/** A gazetteer phrase found in the text. */
export interface PlaceMatch {
  /** First token index. */
  i: number;
  /** Token index after the last token. */
  j: number;
  start: number;
  end: number;
  /** Readings of the phrase, best first. */
  targets: readonly GazTarget[];
}

/** Longest phrase the matcher tries, in tokens. */
const MAX_PHRASE = 8;

/** True when the raw token has no lower-case letter ("US", "U.S."). */
function noLower(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c > 127 && s[k] !== s[k].toUpperCase()) return false;
  }
  return true;
}

/**
 * Finds gazetteer phrases, left to right, longest first, without overlaps.
 * @param doc - the tokenized document.
 * @returns matches in text order.
 */
export function matchPlaces(doc: Doc): PlaceMatch[] {
  const gaz = gazetteer();
  const out: PlaceMatch[] = [];
  const keys: string[] = [];
  for (let i = 0; i < doc.n; i++) {
    if (!doc.cap(i)) continue;
    const first = doc.fold(i);
    const max = Math.min(gaz.maxTokens(first), MAX_PHRASE, doc.n - i);
    if (max === 0) continue;
    const sentence = doc.sentenceOf[i];
    keys.length = 0;
    let key = first;
    keys.push(key);
    for (let k = 1; k < max; k++) {
      if (doc.sentenceOf[i + k] !== sentence) break;
      key += ' ' + doc.fold(i + k);
      keys.push(key);
    }
    for (let len = keys.length; len >= 1; len--) {
      const targets = gaz.lookup(keys[len - 1]);
      if (!targets) continue;
      const last = i + len - 1;
      if (!doc.cap(last) && doc.word(last)) continue;
      const abbreviation = targets[0].form === 'abbreviation';
      if (abbreviation) {
        let ok = true;
        for (let t = i; t <= last; t++) if (!noLower(doc.raw(t))) ok = false;
        if (!ok) continue;
      }
      out.push({ i, j: i + len, start: doc.start(i), end: doc.end(last), targets });
      i = last;
      break;
    }
  }
  return out;
}
