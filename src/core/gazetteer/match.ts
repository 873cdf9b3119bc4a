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
  /** Opened by a compass initial ("S. Korea"): the name is a place's or a people's, never a person's. */
  compass?: true;
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

/** "New Zealanders", "North Koreans": the readings of a demonym's plural (the gazetteer lists singulars). */
function pluralDemonym(gaz: ReturnType<typeof gazetteer>, key: string): readonly GazTarget[] | undefined {
  if (key.length < 6 || key.charCodeAt(key.length - 1) !== 115 || key.charCodeAt(key.length - 2) === 115) return undefined; // "...s", not "...ss"
  const targets = gaz.lookup(key.slice(0, -1));
  return targets && targets[0].form === 'demonym' ? targets.filter((t) => t.form === 'demonym') : undefined;
}

/** A word opened by an elided French or Italian article before a capital: "d'Ivoire", "l’Aquila". */
const ELIDED_CAPITAL = /^[dl]['\u2019]\p{Lu}/u;

/** The compass words an initial stands for in headline style ("S. Korea", "N. Ireland", "W. Virginia"). */
const COMPASS_INITIALS: Readonly<Record<string, readonly string[]>> = {
  'N.': ['north', 'northern'],
  'S.': ['south', 'southern'],
  'E.': ['east', 'eastern'],
  'W.': ['west', 'western'],
};

/** Kinds of places headlines write with a compass initial (not towns: "N. Adams" is a person, North Adams a town). */
const WIDE_KINDS: ReadonlySet<string> = new Set(['country', 'historical country', 'region', 'continent']);

/** The compass words of token `i` when it is such an initial ("S."), else undefined. */
function compassInitial(doc: Doc, i: number): readonly string[] | undefined {
  const a = doc.start(i);
  if (doc.end(i) - a !== 2 || doc.text.charCodeAt(a + 1) !== 46) return undefined; // two characters, the second "."
  return COMPASS_INITIALS[doc.text.slice(a, a + 2)];
}

/**
 * "S. Korea", "N. Ireland", "S. African": a compass initial and the capitalised words after it (up to two) that
 * the gazetteer knows with the compass word spelt out, as a country, region or people (not "S. Waugh", "N. Knight").
 */
function compassPlace(doc: Doc, i: number, words: readonly string[], gaz: ReturnType<typeof gazetteer>): PlaceMatch | undefined {
  const sentence = doc.sentenceOf[i];
  let rest = '';
  let best: PlaceMatch | undefined;
  for (let k = i + 1; k < doc.n && k <= i + 2 && doc.sentenceOf[k] === sentence && doc.cap(k) && doc.word(k); k++) {
    rest += ' ' + doc.fold(k);
    for (const w of words) {
      const targets = gaz.lookup(w + rest);
      if (targets && (targets[0].form === 'demonym' || (targets[0].form === 'name' && WIDE_KINDS.has(gaz.place(targets[0].place).kind)))) {
        best = { i, j: k + 1, start: doc.start(i), end: doc.end(k), targets, compass: true };
        break;
      }
    }
  }
  return best;
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
    const compass = i + 1 < doc.n ? compassInitial(doc, i) : undefined;
    if (compass) {
      const m = compassPlace(doc, i, compass, gaz);
      if (m) {
        out.push(m);
        i = m.j - 1;
        continue;
      }
    }
    const first = doc.fold(i);
    // A one-word plural ("Koreans") is tried as its singular's plural.
    const longest = gaz.maxTokens(first) || (first.length >= 6 && first.endsWith('s') && gaz.maxTokens(first.slice(0, -1)) > 0 ? 1 : 0);
    const max = Math.min(longest, MAX_PHRASE, doc.n - i);
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
    // A plural after another capitalised word names a team ("Cleveland Indians"), not a people.
    const teamBefore = i > 1 && doc.sentenceOf[i - 2] === sentence && doc.cap(i - 1) && doc.word(i - 1);
    for (let len = keys.length; len >= 1; len--) {
      const last = i + len - 1;
      // A phrase never ends in a lower-case word (checked before the lookup, which costs more).
      // …but an elided article before a capital ends one ("Côte d'Ivoire", "Valle d'Aosta").
      if (!doc.cap(last) && doc.word(last) && !ELIDED_CAPITAL.test(doc.raw(last))) continue;
      const targets = gaz.lookup(keys[len - 1]) ?? (teamBefore ? undefined : pluralDemonym(gaz, keys[len - 1]));
      if (!targets) continue;
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
